package bpdiff.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Training many configurations as one batched computation gives, row by row, what {@link DjlAutograd} gives
 * for each configuration alone: every epoch's loss and the final weights.
 */
class BatchedAutogradTest {

    /**
     * float64: the bar, bit for bit or within 1e-15. Every product is a {@code bmm} of the same shape in
     * both, so they are bit for bit; only a sum over many samples may be ordered otherwise for a batch of one.
     */
    private static final double FLOAT64 = 1e-15;
    /** float32: the same operations in the same precision; only long sums may move the last bit. */
    private static final double FLOAT32 = 1e-6;
    private static final int EPOCHS = 25;

    static Stream<Arguments> cases() {
        return Stream.of(Precision.FLOAT64, Precision.FLOAT32).flatMap(precision -> BatchedTestNetworksTest.networks()
                .stream().map(spec -> Arguments.of(precision, spec.name() + " " + spec.activationNames() + " "
                        + spec.loss().id(), spec)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void batchedRowsAreTheOneByOneRuns(Precision precision, String label, NetworkSpec spec) {
        double[] rates = {spec.learningRate(), 0.05, 1.0, 3.0};
        BatchedConfigurations sweep = BatchedConfigurations.ofLearningRates(spec, rates);
        BatchedConfigurations seeds = BatchedConfigurations.ofSeeds(spec, 1L, 2L, 3L);
        double tolerance = precision == Precision.FLOAT64 ? FLOAT64 : FLOAT32;
        try (BatchedAutograd batched = new BatchedAutograd(spec, precision);
                DjlAutograd single = new DjlAutograd(spec, precision, false)) {
            for (BatchedConfigurations configurations : new BatchedConfigurations[] {sweep, seeds}) {
                BatchedTraining together = batched.train(configurations, EPOCHS);
                assertEquals(configurations.size(), together.configurations());
                for (int c = 0; c < configurations.size(); c++) {
                    assertSameRun(single, spec, configurations, c, together, tolerance, label + " row " + c);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("precisions")
    void lectureSweepIsBitForBit(Precision precision) {
        NetworkSpec spec = Networks.lecture();
        BatchedConfigurations sweep = BatchedConfigurations.ofLearningRates(spec, 0.01, 0.1, 0.5, 1, 2, 5, 10, 50);
        try (BatchedAutograd batched = new BatchedAutograd(spec, precision);
                DjlAutograd single = new DjlAutograd(spec, precision, false)) {
            BatchedTraining together = batched.train(sweep, 100);
            for (int c = 0; c < sweep.size(); c++) {
                double[] weights = spec.initialWeights();
                for (int epoch = 0; epoch < 100; epoch++) {
                    Step step = single.step(weights, sweep.learningRates()[c], spec.trainable());
                    assertEquals(step.evaluation().loss(), together.losses()[c][epoch], 0.0,
                            precision + " row " + c + " epoch " + (epoch + 1));
                    weights = step.updated();
                }
                assertArrayEquals(weights, together.weights()[c], 0.0, precision + " row " + c + " final weights");
            }
        }
    }

    static Stream<Precision> precisions() {
        return Stream.of(Precision.values());
    }

    @Test
    void zeroEpochsReturnTheStartingWeights() {
        NetworkSpec spec = Networks.lecture();
        try (BatchedAutograd batched = new BatchedAutograd(spec, Precision.FLOAT64)) {
            BatchedTraining training = batched.train(BatchedConfigurations.ofLearningRates(spec, 1.0, 2.0), 0);
            assertEquals(0, training.losses()[1].length);
            assertTrue(java.util.Arrays.equals(spec.initialWeights(), training.weights()[1]));
        }
    }

    private static void assertSameRun(DjlAutograd single, NetworkSpec spec, BatchedConfigurations configurations,
            int c, BatchedTraining together, double tolerance, String where) {
        double[] weights = configurations.initialWeights()[c].clone();
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Step step = single.step(weights, configurations.learningRates()[c], spec.trainable());
            DjlAutogradTest.assertClose(step.evaluation().loss(), together.losses()[c][epoch], tolerance,
                    where + " epoch " + (epoch + 1) + " loss");
            weights = step.updated();
        }
        DjlAutogradTest.assertAllClose(weights, together.weights()[c], tolerance, where + " final weights");
    }
}
