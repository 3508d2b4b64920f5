package bpdiff.bench;

import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.HandStepper;
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
 * One training step of a hand derivation on the lecture network through {@link HandStepper}: forward, loss,
 * backward and \( w \leftarrow w - \eta \, \partial L / \partial w \) in place, allocating nothing
 * (run with {@code -prof gc}: {@code gc.alloc.rate.norm} should be 0 B/op).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HandStepBenchmark {

    /** The derivation, as for {@code --manual}. */
    @Param({"buggy", "corrected", "general"})
    public String derivation;

    private HandStepper stepper;
    private double[] weights;
    private double learningRate;

    /** Builds the stepper and the lecture's starting weights. */
    @Setup
    public void setUp() {
        NetworkSpec spec = Networks.lecture();
        stepper = HandDerivation.parse(derivation, "bench").stepper(spec);
        weights = spec.initialWeights();
        learningRate = spec.learningRate();
    }

    /**
     * One epoch.
     *
     * @return the loss, so that nothing is optimised away
     */
    @Benchmark
    public double step() {
        return stepper.step(weights, learningRate);
    }
}
