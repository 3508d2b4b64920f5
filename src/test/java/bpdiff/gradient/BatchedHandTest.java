package bpdiff.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand derivations' batched training gives, row by row and bit for bit, what the gradient source gives
 * for each configuration alone.
 */
class BatchedHandTest {

    private static final int EPOCHS = 40;

    static Stream<Arguments> cases() {
        Stream<Arguments> homework = Stream.of("buggy", "corrected").map(id -> Arguments.of(id, Networks.lecture()));
        Stream<Arguments> general = BatchedTestNetworksTest.networks().stream().map(spec -> Arguments.of("general", spec));
        return Stream.concat(homework, general);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void batchedRowsAreTheOneByOneRunsBitForBit(String derivation, NetworkSpec spec) {
        BatchedConfigurations sweep = BatchedConfigurations.ofLearningRates(spec, 0.1, spec.learningRate(), 2.0);
        BatchedConfigurations seeds = BatchedConfigurations.ofSeeds(spec, 7L, 8L);
        for (BatchedConfigurations configurations : new BatchedConfigurations[] {sweep, seeds}) {
            BatchedTraining together = new BatchedHand(derivation, spec).train(configurations, EPOCHS);
            GradientSource source = HandDerivations.create(derivation, spec);
            for (int c = 0; c < configurations.size(); c++) {
                double[] weights = configurations.initialWeights()[c];
                for (int epoch = 0; epoch < EPOCHS; epoch++) {
                    Step step = source.step(weights, configurations.learningRates()[c], spec.trainable());
                    assertEquals(step.evaluation().loss(), together.losses()[c][epoch], 0.0,
                            derivation + " row " + c + " epoch " + (epoch + 1));
                    weights = step.updated();
                }
                assertArrayEquals(weights, together.weights()[c], 0.0, derivation + " row " + c + " final weights");
            }
        }
    }
}
