package bpdiff.bench;

import bpdiff.gradient.DjlAutograd;
import bpdiff.gradient.Precision;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * One {@link DjlAutograd#step} on the lecture network: the weights go to the engine, forward, loss and
 * {@code backward} run there, and loss, gradient and neuron values come back in one read; the update is taken
 * in the working precision. With {@code neuronGradients=false} this is the pure training step; with
 * {@code true} the zero probes for \( \partial L / \partial in \) and \( \partial L / \partial out \) are added.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DjlStepBenchmark {

    /** {@code dtype/neuronGradients}. */
    @Param({"float32/false", "float64/false", "float64/true"})
    public String variant;

    private DjlAutograd autograd;
    private double[] weights;
    private boolean[] trainable;
    private double learningRate;

    /** Starts the engine and prepares the network. */
    @Setup
    public void setUp() {
        String[] parts = variant.split("/");
        NetworkSpec spec = Networks.lecture();
        autograd = new DjlAutograd(spec, Precision.parse(parts[0], "bench"), Boolean.parseBoolean(parts[1]));
        weights = spec.initialWeights();
        trainable = spec.trainable();
        learningRate = spec.learningRate();
    }

    /** Releases the engine's memory. */
    @TearDown
    public void tearDown() {
        autograd.close();
    }

    /**
     * One epoch.
     *
     * @return the updated weights
     */
    @Benchmark
    public double[] step() {
        weights = autograd.step(weights, learningRate, trainable).updated();
        return weights;
    }
}
