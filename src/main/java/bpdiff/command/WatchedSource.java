package bpdiff.command;

import bpdiff.gradient.Evaluation;
import bpdiff.gradient.GradientSource;

/** A gradient source whose every evaluation and step is preceded by its {@link Watch}'s check. */
final class WatchedSource extends WatchedTraining implements GradientSource {

    private final GradientSource source;

    /**
     * Watches a source.
     *
     * @param watch what to check before each evaluation and step
     */
    WatchedSource(GradientSource source, Watch watch) {
        super(source, watch);
        this.source = source;
    }

    @Override
    public Evaluation evaluate(double[] weights) {
        watch.check();
        return source.evaluate(weights);
    }
}
