package bpdiff.experiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.diff.Comparison;
import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Mode;
import bpdiff.gradient.ChainRule;
import bpdiff.gradient.DjlAutograd;
import bpdiff.gradient.FiniteDifferences;
import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every variant the experiments use has hand-written derivatives that agree with autograd and with finite
 * differences (the referee) within the dtype's tolerance: each activation with each loss, in both dtypes,
 * for 20 epochs, but {@code bce} not after tanh, leaky ReLU or the identity (their outputs leave [0, 1] on the
 * lecture network at once, where the loss has no value; {@code LossDomainCheck} refuses them): 2 × (6 × 7 − 3) = 78
 * variants.
 */
class ThreeWayAgreementTest {

    static Stream<Arguments> variants() {
        return Stream.of(Precision.values()).flatMap(dtype -> Stream.of(Activation.values())
                .flatMap(activation -> Stream.of(LossFunction.values())
                        .filter(loss -> activation.isSigmoid() || activation == Activation.RELU
                                || loss != LossFunction.BCE)
                        .map(loss -> Arguments.of(activation, loss, dtype))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("variants")
    void handAutogradAndFiniteDifferencesAgree(Activation activation, LossFunction loss, Precision dtype) {
        NetworkSpec spec = Networks.lecture().withActivation(activation).withLoss(loss).withEpochs(20);
        try (DjlAutograd autograd = new DjlAutograd(spec, dtype)) {
            ComparisonResult result = new Comparison(spec, new ChainRule(spec), autograd, new FiniteDifferences(spec), dtype,
                    Mode.INDEPENDENT).run();
            assertTrue(result.agrees(), activation + " " + loss + " " + dtype + ": " + result.summary());
            assertTrue(result.tally().refereeAlwaysAgreed(), "finite differences side with both where they referee");
        }
    }

    /**
     * ReLU outputs under {@code bce}: hand and autograd agree at every epoch, but finite differences cannot referee a
     * single parameter at a single one, so the three-way finding does not hold (no agreement claimed of a referee that
     * never spoke).
     */
    @Test
    void aRefereeThatNeverRefereedAgreesWithNothing() {
        NetworkSpec spec = Networks.lecture().withActivation(Activation.RELU).withLoss(LossFunction.BCE).withEpochs(20);
        try (DjlAutograd autograd = new DjlAutograd(spec, Precision.FLOAT64)) {
            ComparisonResult result = new Comparison(spec, new ChainRule(spec), autograd, new FiniteDifferences(spec),
                    Precision.FLOAT64, Mode.INDEPENDENT).run();
            assertTrue(result.agrees(), result.summary().toString());
            assertTrue(result.tally().refereeNeverReliable());
            assertFalse(ThreeWay.of("relu bce", result).holds());
        }
    }

    @Test
    void everyAgreementFindingOfTheRunHolds() {
        for (ExperimentResult result : Runs.all().results()) {
            for (Finding finding : result.findings()) {
                if (finding.id().startsWith("three-way")) {
                    assertTrue(finding.holds(), result.id() + "/" + finding.id() + " " + finding.measured());
                }
            }
        }
    }
}
