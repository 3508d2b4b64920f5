package bpdiff.command;

import bpdiff.gradient.GradientSource;
import bpdiff.gradient.TrainingSource;

/**
 * What a caller watches a computation with: a server stops one that ran past its time limit. {@link #check()} is
 * called between two steps, never inside an engine call, so every native resource is closed as usual when it
 * throws.
 */
@FunctionalInterface
public interface Watch {

    /** Watches nothing: the command line lets a computation run to its end. */
    Watch NONE = () -> { };

    /**
     * Throws when the computation must stop.
     *
     * @throws RuntimeException the caller's reason, e.g. a time limit
     */
    void check();

    /**
     * A source that calls {@link #check()} before each evaluation and step, and otherwise is {@code source}
     * (its own step too, e.g. DJL's float32 arithmetic).
     *
     * @param source a gradient source
     * @return the watched source
     */
    default GradientSource watch(GradientSource source) {
        return new WatchedSource(source, this);
    }

    /**
     * A training that calls {@link #check()} before each step, and otherwise is {@code source}.
     *
     * @param source a training
     * @return the watched training
     */
    default TrainingSource watch(TrainingSource source) {
        return new WatchedTraining(source, this);
    }
}
