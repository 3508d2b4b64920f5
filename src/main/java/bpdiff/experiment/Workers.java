package bpdiff.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs independent pieces of work on every core: the batched trainings of different networks, the comparisons, the
 * plots. Each piece writes its own result; nothing depends on the order they finish in, so the output is the same
 * bytes as one by one.
 */
public final class Workers {

    private Workers() {}

    /** @return the threads worth starting: one per core */
    static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs {@code work} on every item, on up to one thread per core, and waits for all of them.
     *
     * @param items the pieces of work
     * @param work what to do with each; it must not depend on the others
     * @param <T> the items
     * @throws RuntimeException the first failure of a piece, as it was thrown (an {@link Error} likewise)
     */
    public static <T> void each(List<T> items, Consumer<T> work) {
        int threads = Math.min(threads(), items.size());
        if (threads <= 1) {
            items.forEach(work);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bpdiff-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> work.accept(item)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the work", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
