package bpdiff.serve;

import bpdiff.gradient.GradientSource;
import java.time.Duration;

/**
 * The time one computation may take. Every gradient source of the computation is {@link #watch watched}:
 * before each evaluation or step the clock is read, and past the deadline a {@link TimeLimitException}
 * ends the computation. A step already running finishes first, so nothing is cut off inside the engine.
 */
public final class Deadline {

    private final Duration limit;
    private final long endNanos;

    private Deadline(Duration limit) {
        this.limit = limit;
        this.endNanos = System.nanoTime() + limit.toNanos();
    }

    /**
     * Starts the clock.
     *
     * @param limit how long from now
     * @return the deadline
     */
    public static Deadline in(Duration limit) {
        return new Deadline(limit);
    }

    /**
     * Fails once the time is up.
     *
     * @throws TimeLimitException past the deadline
     */
    public void check() {
        if (System.nanoTime() - endNanos > 0) {
            throw new TimeLimitException(limit);
        }
    }

    /**
     * A source that checks this deadline before each evaluation and step, and otherwise is {@code source}.
     *
     * @param source the hand side or finite differences
     * @return the watched source
     */
    public GradientSource watch(GradientSource source) {
        return new WatchedSource(source, this, false);
    }

    /**
     * An autograd source that checks this deadline and takes turns with the autograd of other requests
     * ({@link WatchedSource} says why).
     *
     * @param autograd a source that opens a gradient collector
     * @return the watched source
     */
    public GradientSource watchAutograd(GradientSource autograd) {
        return new WatchedSource(autograd, this, true);
    }
}
