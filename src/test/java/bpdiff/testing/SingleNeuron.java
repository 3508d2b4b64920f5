package bpdiff.testing;

import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Parameter;
import bpdiff.network.Sample;
import java.util.List;

/** The smallest network: one input x = 1, one output neuron out = act(w1), one sample; step 1, one epoch. */
public final class SingleNeuron {

    private SingleNeuron() {}

    /**
     * The network.
     *
     * @param activation the output's activation
     * @param loss the loss
     * @param w1 the weight, which is also \( in_{o1} \)
     * @param y the target
     * @return the spec
     */
    public static NetworkSpec of(Activation activation, LossFunction loss, double w1, double y) {
        return new NetworkSpec("single", new int[] {1, 1}, new String[][][] {{{"w1"}}}, null,
                List.of(new Parameter("w1", w1, false)), activation, loss, 1.0, 1,
                List.of(new Sample(new double[] {1.0}, new double[] {y})));
    }
}
