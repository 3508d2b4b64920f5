package bpdiff.bench;

import bpdiff.gradient.BatchedConfigurations;
import bpdiff.gradient.BatchedHand;
import bpdiff.gradient.BatchedTraining;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link BatchedHand}: a hand derivation training {@link #CONFIGURATIONS} step sizes of the lecture network
 * for {@link #EPOCHS} epochs, steps of different configurations interleaved. The score is per
 * configuration-step (JMH divides by \( C \times \) epochs); the allocation is the result, one loss per
 * configuration-step.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HandBatchedBenchmark {

    /** {@code C}. */
    public static final int CONFIGURATIONS = 64;
    /** Epochs per {@code train}. */
    public static final int EPOCHS = 100;

    /** The derivation, as for {@code --manual}. */
    @Param({"corrected", "general"})
    public String derivation;

    private BatchedHand hand;
    private BatchedConfigurations sweep;

    /** Builds the sweep: step sizes spread over [0.1, 10]. */
    @Setup
    public void setUp() {
        NetworkSpec spec = Networks.lecture();
        hand = new BatchedHand(derivation, spec);
        double[] rates = new double[CONFIGURATIONS];
        for (int c = 0; c < CONFIGURATIONS; c++) {
            rates[c] = 0.1 * Math.pow(100, c / (CONFIGURATIONS - 1.0));
        }
        sweep = BatchedConfigurations.ofLearningRates(spec, rates);
    }

    /**
     * {@link #EPOCHS} epochs of every configuration.
     *
     * @return the result, so that nothing is optimised away
     */
    @Benchmark
    @OperationsPerInvocation(CONFIGURATIONS * EPOCHS)
    public BatchedTraining train() {
        return hand.train(sweep, EPOCHS);
    }
}
