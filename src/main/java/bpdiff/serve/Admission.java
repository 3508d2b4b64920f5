package bpdiff.serve;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code workers} computations at once, at most {@code queue} more waiting, in the order they came;
 * a request beyond that, or one that waited longer than the time limit, is answered 503 with
 * {@code Retry-After}. Each computation holds native memory and a core, so the number at once is what bounds
 * the server's memory and keeps its answers timely.
 */
public final class Admission {

    /** When to try again after finding the queue full: most computations take milliseconds. */
    static final int RETRY_WHEN_FULL_SECONDS = 2;

    private final int workers;
    private final int queue;
    private final Duration longestWait;
    private final Semaphore running;
    /** Running and waiting. */
    private final AtomicInteger inside = new AtomicInteger();

    /**
     * Creates the admission.
     *
     * @param workers computations at once, at least 1
     * @param queue requests that may wait, at least 0
     * @param longestWait how long one may wait
     */
    public Admission(int workers, int queue, Duration longestWait) {
        this.workers = workers;
        this.queue = queue;
        this.longestWait = longestWait;
        this.running = new Semaphore(workers, true);
    }

    /**
     * Waits for a worker.
     *
     * @return the permit, to close when the computation is done
     * @throws RequestException 503 if the queue is full or the wait too long
     */
    public Permit enter() {
        return enter(1);
    }

    /**
     * Waits until no other computation runs, and keeps every worker: for a computation that ran out of memory beside
     * others, run again alone, so that one that only failed because another filled the heap gets its answer.
     *
     * @return the permit, to close when the computation is done
     * @throws RequestException 503 if the queue is full or the wait too long
     */
    public Permit enterAlone() {
        return enter(workers);
    }

    private Permit enter(int permits) {
        if (inside.incrementAndGet() > workers + queue) {
            inside.decrementAndGet();
            throw new RequestException(ErrorAnswer.busy("no worker is free (--workers " + workers
                    + ") and no place to wait is left (--queue " + queue + ")", RETRY_WHEN_FULL_SECONDS));
        }
        boolean admitted = false;
        try {
            admitted = running.tryAcquire(permits, longestWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!admitted) {
            inside.decrementAndGet();
            throw new RequestException(ErrorAnswer.busy("no worker became free (--workers " + workers
                    + ") within the time limit", (int) Math.max(1, longestWait.toSeconds())));
        }
        return () -> {
            running.release(permits);
            inside.decrementAndGet();
        };
    }

    /** @return how many computations are running now */
    int running() {
        return workers - running.availablePermits();
    }

    /** A worker held by one computation. */
    @FunctionalInterface
    public interface Permit extends AutoCloseable {

        /** Gives the worker back. */
        @Override
        void close();
    }
}
