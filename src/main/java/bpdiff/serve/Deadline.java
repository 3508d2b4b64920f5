package bpdiff.serve;

import bpdiff.gradient.Evaluation;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.Step;
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
     * @param source the source to watch
     * @return the watched source (its own {@code step}, e.g. float32 arithmetic for DJL, is kept)
     */
    public GradientSource watch(GradientSource source) {
        return new GradientSource() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public Evaluation evaluate(double[] weights) {
                check();
                return source.evaluate(weights);
            }

            @Override
            public Step step(double[] weights, double learningRate, boolean[] trainable) {
                check();
                return source.step(weights, learningRate, trainable);
            }
        };
    }
}
