package bpdiff.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import bpdiff.gradient.Evaluation;
import bpdiff.gradient.NeuronValues;
import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import bpdiff.network.Parameter;
import bpdiff.network.Sample;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a hand derivation first parts from autograd: neuron gradients written out by hand for the lecture network
 * (layer 1 = h1, h2; layer 2 = o1, o2), each array {@code [layer][neuron]}.
 */
class LocalisationTest {

    private static final NetworkSpec LECTURE = Networks.lecture();

    /** One sample whose dL/din and dL/dout are all 0.1, except the given changes. */
    private static Evaluation gradients(double[][] in, double[][] out) {
        return new Evaluation(0, new double[8], List.of(), List.of(new NeuronValues(in, out)));
    }

    private static double[][] filled() {
        return new double[][] {{0.1, 0.1}, {0.1, 0.1}};
    }

    @Test
    void nothingDiffersNothingIsNamed() {
        assertNull(Localisation.locate(LECTURE, 1, gradients(filled(), filled()), gradients(filled(), filled()),
                Tolerance.FLOAT64));
    }

    @Test
    void withoutNeuronGradientsNothingCanBeSaid() {
        Evaluation none = new Evaluation(0, new double[8], List.of(), List.of());
        assertNull(Localisation.locate(LECTURE, 1, none, gradients(filled(), filled()), Tolerance.FLOAT64));
        assertNull(Localisation.locate(LECTURE, 1, gradients(filled(), filled()), none, Tolerance.FLOAT64));
    }

    @Test
    void theOutputLayerIsLookedAtFirstAndOutBeforeIn() {
        double[][] outs = filled();
        outs[0][0] = 0.5; // dL/dout_h1 differs (hidden)
        outs[1][1] = 0.7; // dL/dout_o2 differs (output): found first
        double[][] ins = filled();
        ins[1][0] = 0.9; // dL/din_o1 differs, but out comes before in
        Localisation where = Localisation.locate(LECTURE, 3, gradients(ins, outs), gradients(filled(), filled()),
                Tolerance.FLOAT64);
        assertEquals(new Localisation(3, "out_o2", "output layer", 0.7, 0.1), where);
    }

    @Test
    void anInputGradientIsNamedWhenTheOutputsAgree() {
        double[][] ins = filled();
        ins[1][1] = 0.3;
        assertEquals(new Localisation(1, "in_o2", "output layer", 0.3, 0.1), Localisation.locate(LECTURE, 1,
                gradients(ins, filled()), gradients(filled(), filled()), Tolerance.FLOAT64));
        double[][] hidden = filled();
        hidden[0][1] = 0.2;
        assertEquals(new Localisation(2, "in_h2", "hidden layer", 0.1, 0.2), Localisation.locate(LECTURE, 2,
                gradients(filled(), filled()), gradients(hidden, filled()), Tolerance.FLOAT64));
    }

    @Test
    void withSeveralHiddenLayersTheLayerIsNumbered() {
        NetworkSpec deep = new NetworkSpec("deep", new int[] {1, 1, 1, 1}, new String[][][] {{{"a"}}, {{"b"}}, {{"c"}}},
                null, List.of(new Parameter("a", 1, false), new Parameter("b", 1, false), new Parameter("c", 1, false)),
                Activation.SIGMOID, LossFunction.HALF_SSE, 1, 1, List.of(new Sample(new double[] {1}, new double[] {0})));
        double[][] same = {{0.1}, {0.1}, {0.1}};
        double[][] firstHidden = {{0.4}, {0.1}, {0.1}};
        Evaluation hand = new Evaluation(0, new double[3], List.of(), List.of(new NeuronValues(same, firstHidden)));
        Evaluation autograd = new Evaluation(0, new double[3], List.of(), List.of(new NeuronValues(same, same)));
        assertEquals(new Localisation(1, "out_h1_1", "hidden layer 1", 0.4, 0.1),
                Localisation.locate(deep, 1, hand, autograd, Tolerance.FLOAT64));
    }

    @Test
    void everySampleIsLookedAt() {
        double[][] outs = filled();
        outs[1][0] = -1;
        Evaluation hand = new Evaluation(0, new double[8], List.of(),
                List.of(new NeuronValues(filled(), filled()), new NeuronValues(filled(), outs)));
        Evaluation autograd = new Evaluation(0, new double[8], List.of(),
                List.of(new NeuronValues(filled(), filled()), new NeuronValues(filled(), filled())));
        assertEquals("out_o1", Localisation.locate(LECTURE, 1, hand, autograd, Tolerance.FLOAT64).quantity());
    }
}
