package crosscheck.team;

import crosscheck.model.ClaimChange;
import crosscheck.store.ClaimStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Live changes to claims for the readers connected to this server, whichever server made them: one thread polls
 * the database's change log every {@link #POLL_MILLIS} ms and hands each new change to the subscribers of its
 * article. Polling the shared log (rather than notifying in-process) is what lets several servers on one PostgreSQL
 * database serve one team. A change committed late with a lower sequence number than one already seen is still
 * delivered if it is within {@link #LOOKBACK} numbers. Thread-safe.
 */
public final class ChangeFeed implements AutoCloseable {
    static final long POLL_MILLIS = 200;
    static final int LOOKBACK = 64;
    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    /** Receives the changes of one article; closing it ends the subscription. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final ClaimStore store;
    private final Map<String, List<Consumer<ClaimChange>>> subscribers = new ConcurrentHashMap<>();
    private final List<Runnable> heartbeats = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller;
    /** Sequence numbers delivered within the lookback window, oldest first. */
    private final ArrayDeque<Long> recent = new ArrayDeque<>();
    private final Set<Long> recentSet = new HashSet<>();
    private long highest;

    public ChangeFeed(ClaimStore store) {
        this.store = store;
        this.highest = store.lastChangeSeq();
        // what is already in the log when we start is history, not news
        for (ClaimChange old : store.changesAfter(Math.max(0, highest - LOOKBACK), BATCH)) {
            recent.addLast(old.seq());
            recentSet.add(old.seq());
        }
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "crosscheck-change-feed");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollSafely, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    public Subscription subscribe(String articleId, Consumer<ClaimChange> listener) {
        subscribers.computeIfAbsent(articleId, key -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> subscribers.computeIfPresent(articleId, (key, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Receives every change to any article (before the article's own subscribers). */
    public Subscription subscribeAll(Consumer<ClaimChange> listener) {
        everything.add(listener);
        return () -> everything.remove(listener);
    }

    private final List<Consumer<ClaimChange>> everything = new CopyOnWriteArrayList<>();

    /** Runs {@code beat} every few seconds on the feed's thread (SSE comments that find closed connections). */
    public Subscription everyFewSeconds(Runnable beat) {
        heartbeats.add(beat);
        return () -> heartbeats.remove(beat);
    }

    private long lastBeat = System.nanoTime();

    private void pollSafely() {
        try {
            poll();
            if (System.nanoTime() - lastBeat > TimeUnit.SECONDS.toNanos(15)) {
                lastBeat = System.nanoTime();
                heartbeats.forEach(Runnable::run);
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot read the change log; trying again shortly", e);
        }
    }

    /** Reads new changes and delivers them; called by the feed's thread (and by tests). */
    synchronized void poll() {
        List<ClaimChange> changes = store.changesAfter(Math.max(0, highest - LOOKBACK), BATCH);
        for (ClaimChange change : changes) {
            if (!recentSet.add(change.seq())) {
                continue;
            }
            recent.addLast(change.seq());
            highest = Math.max(highest, change.seq());
            deliver(change);
        }
        while (!recent.isEmpty() && recent.peekFirst() <= highest - LOOKBACK) {
            recentSet.remove(recent.removeFirst());
        }
    }

    private void deliver(ClaimChange change) {
        everything.forEach(listener -> listener.accept(change));
        for (Consumer<ClaimChange> listener : subscribers.getOrDefault(change.articleId(), List.of())) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.debug("a live reader went away", e);
            }
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
