package crosscheck.nlp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Loading a model on a daemon thread of its own while the caller loads others, and waiting for it. */
public final class Background {
    private Background() {
    }

    /** Starts {@code loader} on a daemon thread named {@code name}; the future completes with its result or failure. */
    public static <T> CompletableFuture<T> load(String name, Supplier<T> loader) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(loader.get());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    /** Waits for {@code future}; a loader's exception or error is thrown as it was, not wrapped. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
