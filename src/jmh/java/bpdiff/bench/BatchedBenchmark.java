package bpdiff.bench;

import bpdiff.gradient.BatchedAutograd;
import bpdiff.gradient.BatchedConfigurations;
import bpdiff.gradient.BatchedTraining;
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
 * {@link BatchedAutograd} training {@code C} configurations of the lecture network for {@link #EPOCHS} epochs
 * in one computation, weights kept on the engine and read back once. The score is per configuration-step:
 * the time of one {@code train} divided by \( C \times \) {@link #EPOCHS}.
 *
 * <p>{@code configurations=1000} is a step-size sweep (rates spread over [0.01, 10]), the batched PyTorch
 * counterpart's shape; {@code configurations=1} is a plain DJL training loop, the on-engine counterpart of
 * the homework's loop.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BatchedBenchmark {

    /** Epochs per {@code train}. */
    public static final int EPOCHS = 50;

    /** The working precision. */
    @Param({"float32", "float64"})
    public String dtype;

    /** {@code C}. */
    @Param({"1", "1000"})
    public int configurations;

    private BatchedAutograd batched;
    private BatchedConfigurations sweep;

    /** Starts the engine and builds the sweep. */
    @Setup
    public void setUp() {
        NetworkSpec spec = Networks.lecture();
        batched = new BatchedAutograd(spec, Precision.parse(dtype, "bench"));
        double[] rates = new double[configurations];
        for (int c = 0; c < configurations; c++) {
            rates[c] = configurations == 1 ? spec.learningRate() : 0.01 * Math.pow(1000, c / (configurations - 1.0));
        }
        sweep = BatchedConfigurations.ofLearningRates(spec, rates);
    }

    /** Releases the engine's memory. */
    @TearDown
    public void tearDown() {
        batched.close();
    }

    /**
     * {@link #EPOCHS} epochs of every configuration; the report divides the time by
     * {@link #perConfigurationStep}.
     *
     * @return the result, so that nothing is optimised away
     */
    @Benchmark
    public BatchedTraining train() {
        return batched.train(sweep, EPOCHS);
    }

    /**
     * How many configuration-steps one {@code train} is, for turning its time into a per-step cost.
     *
     * @param configurations {@code C}
     * @return \( C \times \) {@link #EPOCHS}
     */
    public static long perConfigurationStep(int configurations) {
        return (long) configurations * EPOCHS;
    }
}
