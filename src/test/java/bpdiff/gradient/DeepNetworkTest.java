package bpdiff.gradient;

import static bpdiff.gradient.DjlAutogradTest.assertAllClose;

import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Parameter;
import bpdiff.network.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Beyond the lecture: a 2-3-3-2 network with shared and separate biases and three samples, for every
 * activation and loss. Central finite differences are the truth for the hand chain rule and for autograd.
 */
class DeepNetworkTest {

    /**
     * Every pair but BCE after an activation that is not a sigmoid: BCE needs outputs in [0, 1], and this network's
     * ReLU, leaky-ReLU and linear outputs exceed 1, its tanh outputs are not all above 0.
     */
    static Stream<Arguments> variants() {
        return Stream.of(Activation.values()).flatMap(a -> Stream.of(LossFunction.values())
                .filter(l -> a.isSigmoid() || l != LossFunction.BCE).map(l -> Arguments.of(a, l)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void chainRuleAndAutogradAgreeWithFiniteDifferences(Activation activation, LossFunction loss) {
        NetworkSpec spec = network(activation, loss);
        double[] weights = spec.initialWeights();
        double[] numeric = new FiniteDifferences(spec).evaluate(weights).gradient();
        double[] hand = new ChainRule(spec).evaluate(weights).gradient();
        assertAllClose(numeric, hand, 1e-8, activation + " " + loss + " chain rule vs finite differences");
        try (DjlAutograd autograd = new DjlAutograd(spec, Precision.FLOAT64)) {
            assertAllClose(numeric, autograd.evaluate(weights).gradient(), 1e-8,
                    activation + " " + loss + " autograd vs finite differences");
        }
    }

    /** Weights drawn once from a seeded generator, away from ReLU's kink for these inputs. */
    private static NetworkSpec network(Activation activation, LossFunction loss) {
        int[] sizes = {2, 3, 3, 2};
        SplittableRandom random = new SplittableRandom(11);
        List<Parameter> parameters = new ArrayList<>();
        String[][][] weights = new String[3][][];
        for (int l = 1; l < sizes.length; l++) {
            weights[l - 1] = new String[sizes[l]][sizes[l - 1]];
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < sizes[l - 1]; i++) {
                    String name = "w" + l + "_" + j + i;
                    weights[l - 1][j][i] = name;
                    parameters.add(new Parameter(name, 0.2 + 0.6 * random.nextDouble(), false));
                }
            }
        }
        String[][] biases = {{"b1", "b1", "b1"}, null, {"c1", "c2"}};
        parameters.add(new Parameter("b1", 0.1, false));
        parameters.add(new Parameter("c1", -0.2, false));
        parameters.add(new Parameter("c2", 0.05, true));
        List<Sample> samples = List.of(
                new Sample(new double[] {0.5, 0.3}, new double[] {0.23, 0.7}),
                new Sample(new double[] {0.1, 0.9}, new double[] {0.6, 0.1}),
                new Sample(new double[] {0.8, 0.2}, new double[] {0.4, 0.5}));
        return new NetworkSpec("deep", sizes, weights, biases, parameters, activation, loss, 0.5, 1, samples);
    }
}
