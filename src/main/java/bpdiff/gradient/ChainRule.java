package bpdiff.gradient;

import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The general hand-written chain rule: layer-wise deltas in plain double arithmetic, for any network.
 *
 * <p>From the loss back to the inputs, for every sample:
 *
 * <ul>
 *   <li>output layer: \( \partial L / \partial out_k \) from the loss (e.g. \( o_k - y_k \) for ½Σ);
 *   <li>every layer: \( \delta_j = \partial L / \partial in_j = \partial L / \partial out_j \cdot
 *       act'(in_j) \);
 *   <li>weights: \( \partial L / \partial w_{ji} \mathrel{+}= \delta_j \, out_i \), biases:
 *       \( \partial L / \partial b_j \mathrel{+}= \delta_j \) (shared parameters add up);
 *   <li>layer below: \( \partial L / \partial out_i = \sum_j \delta_j \, w_{ji} \).
 * </ul>
 */
public final class ChainRule implements GradientSource {

    private final ForwardPass forwardPass;

    /**
     * Prepares the chain rule for a network.
     *
     * @param spec the network
     */
    public ChainRule(NetworkSpec spec) {
        this.forwardPass = new ForwardPass(spec);
    }

    @Override
    public String name() {
        return "general";
    }

    @Override
    public Evaluation evaluate(double[] weights) {
        NetworkSpec spec = forwardPass.spec();
        List<NeuronValues> forward = forwardPass.run(weights);
        double[][] outputs = forwardPass.outputs(forward);
        double[][] targets = forwardPass.targets();
        double loss = spec.loss().value(outputs, targets);
        double[][] dLossDOutput = spec.loss().gradient(outputs, targets);

        double[] gradient = new double[weights.length];
        List<NeuronValues> neuronGradients = new ArrayList<>(forward.size());
        for (int s = 0; s < forward.size(); s++) {
            neuronGradients.add(backward(weights, forwardPass.inputs()[s], forward.get(s), dLossDOutput[s], gradient));
        }
        return new Evaluation(loss, gradient, forward, neuronGradients);
    }

    /**
     * Back-propagates one sample and adds its share to {@code gradient}.
     *
     * @return \( \partial L / \partial in \) and \( \partial L / \partial out \) of every neuron
     */
    private NeuronValues backward(
            double[] weights, double[] x, NeuronValues forward, double[] dLossDOutput, double[] gradient) {
        Activation act = forwardPass.spec().activation();
        int layers = forwardPass.spec().layerCount();
        int[] sizes = forwardPass.spec().layerSizes();
        double[][] dIn = new double[layers][];
        double[][] dOut = new double[layers][];
        dOut[layers - 1] = dLossDOutput.clone();
        for (int l = layers; l >= 1; l--) {
            double[] in = forward.in()[l - 1];
            double[] out = forward.out()[l - 1];
            double[] below = l == 1 ? x : forward.out()[l - 2];
            double[] delta = new double[sizes[l]];
            double[] dOutBelow = new double[sizes[l - 1]];
            for (int j = 0; j < sizes[l]; j++) {
                delta[j] = dOut[l - 1][j] * act.derivative(in[j], out[j]);
                for (int i = 0; i < sizes[l - 1]; i++) {
                    int w = forwardPass.weightIndex(l, j, i);
                    gradient[w] += delta[j] * below[i];
                    dOutBelow[i] += delta[j] * weights[w];
                }
                int b = forwardPass.biasIndex(l, j);
                if (b >= 0) {
                    gradient[b] += delta[j];
                }
            }
            dIn[l - 1] = delta;
            if (l > 1) {
                dOut[l - 2] = dOutBelow;
            }
        }
        return new NeuronValues(dIn, dOut);
    }
}
