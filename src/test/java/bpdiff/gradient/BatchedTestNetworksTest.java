package bpdiff.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkLoader;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import bpdiff.network.Parameter;
import bpdiff.network.Sample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The networks the batched and stepper tests run on, chosen so that every code path is taken: each
 * activation and each loss on the lecture network, shared frozen biases (the worked example in
 * {@code examples/networks/shared-bias.json}), and a deeper network with several (and with many) samples,
 * biases, a shared weight and a frozen one.
 */
class BatchedTestNetworksTest {

    /** @return the networks, each with a short label */
    static List<NetworkSpec> networks() {
        List<NetworkSpec> all = new ArrayList<>();
        for (Activation activation : Activation.values()) {
            for (LossFunction loss : LossFunction.values()) {
                all.add(Networks.lecture().withActivation(activation).withLoss(loss).withLearningRate(0.5));
            }
        }
        all.add(NetworkLoader.load(Path.of("examples/networks/shared-bias.json")));
        all.add(deep(Activation.SIGMOID, LossFunction.MSE_MEAN));
        all.add(deep(Activation.RELU, LossFunction.SOFTMAX_CE));
        all.add(wide(LossFunction.MSE_MEAN));
        all.add(wide(LossFunction.BCE));
        return all;
    }

    /**
     * A 2-3-2 network with biases, three samples, {@code a1} shared by two connections and {@code a6} frozen.
     */
    static NetworkSpec deep(Activation activation, LossFunction loss) {
        String[][][] weights = {
            {{"a1", "a2"}, {"a3", "a1"}, {"a4", "a5"}},
            {{"a6", "a7", "a8"}, {"a9", "a10", "a11"}}
        };
        String[][] biases = {{"b1", "b2", "b3"}, {"b4", "b5"}};
        String[] names = {"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "b1", "b2", "b3", "b4", "b5"};
        List<Parameter> parameters = new ArrayList<>();
        for (int p = 0; p < names.length; p++) {
            parameters.add(new Parameter(names[p], 0.37 * Math.sin(p + 1.0), names[p].equals("a6")));
        }
        List<Sample> samples = List.of(
                new Sample(new double[] {0.5, 0.3}, new double[] {0.2, 0.8}),
                new Sample(new double[] {-0.1, 0.9}, new double[] {0.6, 0.4}),
                new Sample(new double[] {1.2, -0.4}, new double[] {0.9, 0.1}));
        return new NetworkSpec("deep-" + activation.id() + "-" + loss.id(), new int[] {2, 3, 2}, weights, biases,
                parameters, activation, loss, 0.3, 1, samples);
    }

    /** {@link #deep} with 67 samples: sums and means over many elements per configuration. */
    static NetworkSpec wide(LossFunction loss) {
        NetworkSpec deep = deep(Activation.BUILTIN_SIGMOID, loss);
        List<Sample> samples = new ArrayList<>();
        for (int n = 0; n < 67; n++) {
            samples.add(new Sample(new double[] {Math.sin(n), Math.cos(3.0 * n)},
                    new double[] {0.5 + 0.4 * Math.sin(7.0 * n), 0.5 - 0.4 * Math.cos(n)}));
        }
        return new NetworkSpec("wide-" + loss.id(), deep.layerSizes(), deep.weights(), deep.biases(),
                deep.parameters(), deep.activations(), loss, 0.7, 1, samples);
    }

    @Test
    void coverEveryActivationAndLossAndTheSpecialWirings() {
        assertEquals(Activation.values().length * LossFunction.values().length + 5, networks().size());
    }
}
