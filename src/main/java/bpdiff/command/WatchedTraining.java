package bpdiff.command;

import bpdiff.gradient.Step;
import bpdiff.gradient.TrainingSource;

/** A training whose every step is preceded by its {@link Watch}'s check. */
class WatchedTraining implements TrainingSource {

    private final TrainingSource source;
    /** Checked before each step. */
    final Watch watch;

    /**
     * Watches a training.
     *
     * @param source the training
     * @param watch what to check before each step
     */
    WatchedTraining(TrainingSource source, Watch watch) {
        this.source = source;
        this.watch = watch;
    }

    @Override
    public String name() {
        return source.name();
    }

    /** Keeps the source's own step (e.g. DJL's float32 arithmetic). */
    @Override
    public Step step(double[] weights, double learningRate, boolean[] trainable) {
        watch.check();
        return source.step(weights, learningRate, trainable);
    }
}
