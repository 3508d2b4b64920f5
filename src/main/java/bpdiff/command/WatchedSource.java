package bpdiff.command;

import bpdiff.gradient.Evaluation;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.Step;

/** A gradient source whose every evaluation and step is preceded by its {@link Watch}'s check. */
final class WatchedSource implements GradientSource {

    private final GradientSource source;
    private final Watch watch;

    /**
     * Watches a source.
     *
     * @param source the source
     * @param watch what to check before each evaluation and step
     */
    WatchedSource(GradientSource source, Watch watch) {
        this.source = source;
        this.watch = watch;
    }

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public Evaluation evaluate(double[] weights) {
        watch.check();
        return source.evaluate(weights);
    }

    /** Keeps the source's own step (e.g. DJL's float32 arithmetic). */
    @Override
    public Step step(double[] weights, double learningRate, boolean[] trainable) {
        watch.check();
        return source.step(weights, learningRate, trainable);
    }
}
