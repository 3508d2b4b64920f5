package bpdiff.bench;

import bpdiff.gradient.GradientSource;
import bpdiff.gradient.HandDerivation;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same step through {@link GradientSource#step}, which builds an {@link bpdiff.gradient.Evaluation} with
 * every neuron's values: the comparison path, and the baseline {@link HandStepBenchmark} improves on.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HandSourceBenchmark {

    /** The derivation, as for {@code --manual}. */
    @Param({"corrected", "general"})
    public String derivation;

    private GradientSource source;
    private double[] weights;
    private boolean[] trainable;
    private double learningRate;

    /** Builds the source and the lecture's starting weights. */
    @Setup
    public void setUp() {
        NetworkSpec spec = Networks.lecture();
        source = HandDerivation.parse(derivation, "bench").source(spec);
        weights = spec.initialWeights();
        trainable = spec.trainable();
        learningRate = spec.learningRate();
    }

    /**
     * One epoch.
     *
     * @return the updated weights
     */
    @Benchmark
    public double[] step() {
        weights = source.step(weights, learningRate, trainable).updated();
        return weights;
    }
}
