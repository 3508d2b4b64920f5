package bpdiff.serve;

import bpdiff.command.Watch;
import bpdiff.program.ProgramLimits;
import java.time.Duration;

/**
 * The time one computation may take. The computation {@link Watch watches} it: before each step of every gradient
 * source, and before each epoch of a program is differentiated, the clock is read, and past the deadline a
 * {@link TimeLimitException} ends the computation. A step already running finishes first, so nothing is cut off
 * inside the engine. A program's run in the interpreter is bounded by the interpreter's own clock
 * ({@link #programLimits()}).
 */
public final class Deadline implements Watch {

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
     */
    public static Deadline in(Duration limit) {
        return new Deadline(limit);
    }

    /**
     * Fails once the time is up.
     *
     * @throws TimeLimitException past the deadline
     */
    @Override
    public void check() {
        if (System.nanoTime() - endNanos > 0) {
            throw new TimeLimitException(limit);
        }
    }

    /**
     * The interpreter's limits for a program of this request: those of {@code bpdiff check}, with a wall time no
     * longer than the server's time limit, so that an endless loop ends with the interpreter's own message.
     */
    public ProgramLimits programLimits() {
        ProgramLimits limits = ProgramLimits.DEFAULT;
        return limits.withSeconds(Math.min(limits.seconds(), limit.toMillis() / 1000.0));
    }
}
