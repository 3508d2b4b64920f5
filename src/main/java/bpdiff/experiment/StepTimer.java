package bpdiff.experiment;

import bpdiff.gradient.GradientSource;
import bpdiff.network.NetworkSpec;

/**
 * Measures the wall-clock time of one training step of a gradient source.
 *
 * <p>The source first trains {@code warmUp} steps (so the JIT and the engine's allocator settle), then
 * {@code steps} more are timed with {@link System#nanoTime()}: time per step
 * \( = (t_{end} - t_{start}) / steps \). The numbers vary from run to run and machine to machine; they go
 * to {@code results.json} under {@code "timings"} only.
 */
final class StepTimer {

    private StepTimer() {}

    /**
     * Times a source's training steps.
     *
     * @param spec the network (its step and initial weights)
     * @param warmUp untimed steps first
     * @param steps timed steps
     * @return microseconds per step
     */
    static double microsecondsPerStep(GradientSource source, NetworkSpec spec, int warmUp, int steps) {
        double[] weights = spec.initialWeights();
        boolean[] trainable = spec.trainable();
        for (int i = 0; i < warmUp; i++) {
            weights = source.step(weights, spec.learningRate(), trainable).updated();
        }
        weights = spec.initialWeights();
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            weights = source.step(weights, spec.learningRate(), trainable).updated();
        }
        long elapsed = System.nanoTime() - start;
        return elapsed / 1000.0 / steps;
    }
}
