package crosscheck.store;

import crosscheck.model.ClaimChange;
import crosscheck.model.ClaimState;
import crosscheck.model.ClaimStatus;
import crosscheck.model.InputRejected;
import crosscheck.model.LibraryEntry;
import crosscheck.model.Member;
import crosscheck.model.Role;
import crosscheck.model.ShareLink;
import crosscheck.model.StaleWrite;
import crosscheck.model.TextQuote;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the team and claim stores must do, on the real databases: {@link SqliteWorkflowStoreTest} and
 * {@link PostgresWorkflowStoreIT}.
 */
abstract class WorkflowStoreContract {
    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final String ARTICLE = "0123456789abcdef";
    static final TextQuote ANCHOR = new TextQuote("\"We pay,\" Blinken said", "Aid\n\n", " of the", 5, 27);

    abstract Database newDatabase();

    abstract Database reopenDatabase();

    private Database withArticle() {
        Database database = newDatabase();
        new JdbcArticleStore(database).saveIfAbsent(ArticleStoreContract.article(ARTICLE, "Aid", T0));
        return database;
    }

    private static ClaimStore.ClaimWrite status(ClaimStatus status, String actor) {
        return new ClaimStore.ClaimWrite(status, null, null, actor, T0, ANCHOR);
    }

    @Test
    void aWriteNamingAnOldVersionFailsAndCarriesTheNewerState() {
        ClaimStore claims = new JdbcClaimStore(withArticle());
        ClaimState first = claims.write(ARTICLE, "c1", 0, status(ClaimStatus.FALSE, "ana"));
        assertEquals(1, first.version());
        assertEquals(ClaimStatus.FALSE, first.status());
        StaleWrite stale = assertThrows(StaleWrite.class, () -> claims.write(ARTICLE, "c1", 0,
                status(ClaimStatus.VERIFIED, "ben")));
        assertEquals(ClaimStatus.FALSE, stale.current().status());
        assertEquals("ana", stale.current().updatedBy());
        ClaimState second = claims.write(ARTICLE, "c1", 1, new ClaimStore.ClaimWrite(null, "ben", "Checked the **bill**.",
                "ben", T0.plusSeconds(5), ANCHOR));
        assertEquals(2, second.version());
        assertEquals(ClaimStatus.FALSE, second.status(), "a write that names no status keeps it");
        assertEquals("ben", second.assignee());
        assertEquals("Checked the **bill**.", second.notes().get(0).text());
        assertEquals(List.of("status", "assignee", "note"), second.history().stream().map(ClaimChange::kind).toList());
        assertEquals(ANCHOR, second.anchor(), "the anchor is kept from the first write");
    }

    @Test
    void fiftyConcurrentWritersOnOneClaimFromTwoServersLoseNothing() throws Exception {
        Database database = withArticle();
        List<ClaimStore> servers = List.of(new JdbcClaimStore(database), new JdbcClaimStore(reopenDatabase()));
        int writers = 50;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        Set<String> applied = ConcurrentHashMap.newKeySet();
        AtomicInteger stale = new AtomicInteger();
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                ClaimStore store = servers.get(i % 2);
                String note = "finding of writer " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    int seen = store.claimStates(ARTICLE).getOrDefault("c1", ClaimState.untouched("c1")).version();
                    try {
                        store.write(ARTICLE, "c1", seen, new ClaimStore.ClaimWrite(ClaimStatus.IN_PROGRESS, null, note,
                                "writer", Instant.now(), ANCHOR));
                        applied.add(note);
                    } catch (StaleWrite e) {
                        stale.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        ClaimState end = servers.get(0).claimStates(ARTICLE).get("c1");
        assertEquals(writers, applied.size() + stale.get(), "every write was applied or refused as stale");
        assertTrue(applied.size() >= 1);
        assertEquals(applied.size(), end.version(), "one version per applied write");
        assertEquals(applied, Set.copyOf(end.notes().stream().map(note -> note.text()).toList()),
                "every applied write's note is stored, and no refused one");
    }

    @Test
    void theLibraryCountsStatusesFiltersAndFindsNotes() {
        Database database = withArticle();
        JdbcArticleStore articles = new JdbcArticleStore(database);
        articles.saveIfAbsent(ArticleStoreContract.article("fedcba9876543210", "Budget", T0.plusSeconds(60)));
        ClaimStore claims = new JdbcClaimStore(database);
        claims.write(ARTICLE, "c1", 0, new ClaimStore.ClaimWrite(ClaimStatus.FALSE, null,
                "The committee's ledger contradicts this", "ana", T0, ANCHOR));

        List<LibraryEntry> all = articles.library(null, null, 10);
        assertEquals(List.of("Budget", "Aid"), all.stream().map(entry -> entry.article().title()).toList());
        assertEquals(1, all.get(1).counts().get(ClaimStatus.FALSE));
        assertEquals(0, all.get(1).counts().get(ClaimStatus.UNCHECKED));
        assertEquals(1, all.get(0).counts().get(ClaimStatus.UNCHECKED));

        assertEquals(List.of("Aid"), titles(articles.library(null, ClaimStatus.FALSE, 10)));
        assertEquals(List.of("Aid"), titles(articles.library("ledgers", null, 10)), "notes are searched, with stemming");
        assertEquals(List.of("Budget"), titles(articles.library("budget", null, 10)), "titles are searched");
        assertEquals(2, articles.library("Blinken pay", null, 10).size(), "text is searched; all words must occur");
        assertEquals(List.of(), articles.library("\"ledger\" OR NEAR(x*", ClaimStatus.VERIFIED, 10),
                "query syntax typed by a person is read as words");
        assertEquals(List.of(), articles.library("zeppelin", null, 10));
    }

    private static List<String> titles(List<LibraryEntry> entries) {
        return entries.stream().map(entry -> entry.article().title()).toList();
    }

    @Test
    void theChangeLogListsEveryChangeInOrder() {
        ClaimStore claims = new JdbcClaimStore(withArticle());
        long before = claims.lastChangeSeq();
        claims.write(ARTICLE, "c1", 0, status(ClaimStatus.IN_PROGRESS, "ana"));
        claims.write(ARTICLE, "c1", 1, status(ClaimStatus.VERIFIED, "ben"));
        List<ClaimChange> changes = claims.changesAfter(before, 10);
        assertEquals(List.of("in_progress", "verified"), changes.stream().map(ClaimChange::to).toList());
        assertEquals(List.of(1, 2), changes.stream().map(ClaimChange::version).toList());
        assertTrue(changes.get(0).seq() < changes.get(1).seq());
        assertEquals(changes.get(1).seq(), claims.lastChangeSeq());
    }

    @Test
    void peopleSessionsInvitesAndShareLinks() {
        Database database = withArticle();
        TeamStore team = new JdbcTeamStore(database);
        assertFalse(team.hasMembers());
        assertTrue(team.addFirstMember(new Member("Ana", Role.ADMIN, T0), "hash-a"));
        assertFalse(team.addFirstMember(new Member("Eve", Role.ADMIN, T0), "hash-e"), "only one first admin");
        assertThrows(InputRejected.class, () -> team.addMember(new Member("Ana", Role.VIEWER, T0), "x"));

        team.addSession("s1", "Ana", "csrf-1", T0, T0.plusSeconds(60));
        assertEquals("csrf-1", team.findSession("s1", T0.plusSeconds(59)).orElseThrow().csrf());
        assertTrue(team.findSession("s1", T0.plusSeconds(60)).isEmpty(), "sessions expire");
        team.deleteSession("s1");
        assertTrue(team.findSession("s1", T0).isEmpty());

        team.addInvite("i1", Role.EDITOR, "Ana", T0, T0.plusSeconds(3600));
        assertEquals(Role.EDITOR, team.acceptInvite("i1", T0.plusSeconds(1), "Ben", "hash-b").orElseThrow().role());
        assertTrue(team.acceptInvite("i1", T0.plusSeconds(2), "Cy", "hash-c").isEmpty(), "an invite works once");
        team.addInvite("i2", Role.VIEWER, "Ana", T0, T0.plusSeconds(3600));
        assertThrows(InputRejected.class, () -> team.acceptInvite("i2", T0, "Ben", "hash"), "names are unique");
        assertTrue(team.findInvite("i2", T0).isPresent(), "a failed acceptance leaves the invite unused");
        assertEquals(List.of("Ana", "Ben"), team.members().stream().map(Member::name).toList());

        team.addShare(new ShareLink("sh1", ARTICLE, "Ana", T0, T0.plusSeconds(3600), false), "token-hash");
        assertEquals(ARTICLE, team.findShareByToken("token-hash").orElseThrow().articleId());
        assertTrue(team.revokeShare("sh1"));
        assertTrue(team.findShareByToken("token-hash").orElseThrow().revoked());
        assertFalse(team.findShareByToken("token-hash").orElseThrow().isUsableAt(T0));
        assertFalse(team.revokeShare("nope"));
    }
}
