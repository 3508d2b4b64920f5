package bpdiff.gradient;

import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import java.util.Arrays;

/**
 * {@link ChainRule} as an allocation-free {@link HandStepper}: the same layer-wise deltas, for any network,
 * in scratch arrays made once.
 *
 * <p>Forward, for every sample: \( in_j = \sum_i w_{ji}\, out_i + b_j \), \( out_j = act(in_j) \).
 * Backward, from \( \partial L / \partial out \) of the output layer (see {@link bpdiff.network.LossFunction#gradientInto}):
 * \( \delta_j = \partial L / \partial out_j \cdot act'(in_j) \),
 * \( \partial L / \partial w_{ji} \mathrel{+}= \delta_j \, out_i \),
 * \( \partial L / \partial b_j \mathrel{+}= \delta_j \),
 * \( \partial L / \partial out_i = \sum_j \delta_j \, w_{ji} \). Then
 * \( w \leftarrow w - \eta \, \partial L / \partial w \) for every trainable parameter. The operations and
 * their order are {@link ForwardPass}'s and {@link ChainRule}'s, so the numbers agree bit for bit.
 */
final class HandStepperChainRule implements HandStepper {

    private final Activation activation;
    private final LossFunction loss;
    private final int layers;
    private final int[] sizes;
    /** {@code weightIndex[l-1][j * n_{l-1} + i]}: the vector position of the weight from i to j. */
    private final int[][] weightIndex;
    /** {@code biasIndex[l-1][j]}, or a {@code null} row for a layer without biases. */
    private final int[][] biasIndex;
    private final double[][] inputs;
    private final double[][] targets;
    private final boolean[] trainable;

    /** {@code in[s][l-1][j]} and {@code out[s][l-1][j]} of every sample. */
    private final double[][][] in;
    private final double[][][] out;
    /** {@code outputs[s]} is {@code out[s][L-1]}: the network's outputs, shaped for {@link LossFunction}. */
    private final double[][] outputs;
    private final double[][] dLossDOutput;
    /** \( \partial L / \partial out \) of one sample, per layer below the output layer. */
    private final double[][] dOut;
    private final double[] gradient;

    /**
     * Prepares the scratch of a network.
     *
     * @param spec the network
     */
    HandStepperChainRule(NetworkSpec spec) {
        ForwardPass layout = new ForwardPass(spec);
        activation = spec.activation();
        loss = spec.loss();
        layers = spec.layerCount();
        sizes = spec.layerSizes().clone();
        weightIndex = new int[layers][];
        biasIndex = new int[layers][];
        for (int l = 1; l <= layers; l++) {
            weightIndex[l - 1] = new int[sizes[l] * sizes[l - 1]];
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < sizes[l - 1]; i++) {
                    weightIndex[l - 1][j * sizes[l - 1] + i] = layout.weightIndex(l, j, i);
                }
            }
            if (layout.biasIndex(l, 0) >= 0) {
                biasIndex[l - 1] = new int[sizes[l]];
                for (int j = 0; j < sizes[l]; j++) {
                    biasIndex[l - 1][j] = layout.biasIndex(l, j);
                }
            }
        }
        inputs = layout.inputs();
        targets = layout.targets();
        trainable = spec.trainable();
        int samples = inputs.length;
        in = new double[samples][layers][];
        out = new double[samples][layers][];
        outputs = new double[samples][];
        for (int s = 0; s < samples; s++) {
            for (int l = 1; l <= layers; l++) {
                in[s][l - 1] = new double[sizes[l]];
                out[s][l - 1] = new double[sizes[l]];
            }
            outputs[s] = out[s][layers - 1];
        }
        dLossDOutput = new double[samples][sizes[layers]];
        dOut = new double[layers - 1][];
        for (int l = 1; l < layers; l++) {
            dOut[l - 1] = new double[sizes[l]];
        }
        gradient = new double[spec.parameterCount()];
    }

    @Override
    public String name() {
        return "general";
    }

    @Override
    public double step(double[] weights, double learningRate) {
        for (int s = 0; s < inputs.length; s++) {
            forward(weights, s);
        }
        loss.gradientInto(outputs, targets, dLossDOutput);
        double value = loss.value(outputs, targets);
        Arrays.fill(gradient, 0.0);
        for (int s = 0; s < inputs.length; s++) {
            backward(weights, s);
        }
        for (int p = 0; p < weights.length; p++) {
            if (trainable[p]) {
                weights[p] = weights[p] - learningRate * gradient[p];
            }
        }
        return value;
    }

    @Override
    public double[] gradient() {
        return gradient;
    }

    /**
     * \( in_j = \sum_i w_{ji}\, out_i + b_j \), \( out_j = act(in_j) \), layer by layer.
     *
     * <p>{@link ForwardPass} starts each sum at 0.0; starting at the first product instead can only turn a −0
     * input into +0, which no activation tells apart (\( e^{-0} = e^{+0} \), and ReLU maps both to 0), so no
     * output bit changes and one dependent addition per layer is saved.
     */
    private void forward(double[] weights, int s) {
        double[] previous = inputs[s];
        for (int l = 1; l <= layers; l++) {
            int[] wIndex = weightIndex[l - 1];
            int[] bIndex = biasIndex[l - 1];
            double[] inL = in[s][l - 1];
            double[] outL = out[s][l - 1];
            int columns = sizes[l - 1];
            for (int j = 0; j < sizes[l]; j++) {
                int row = j * columns;
                double sum = weights[wIndex[row]] * previous[0];
                for (int i = 1; i < columns; i++) {
                    sum += weights[wIndex[row + i]] * previous[i];
                }
                if (bIndex != null) {
                    sum += weights[bIndex[j]];
                }
                inL[j] = sum;
                outL[j] = activation.apply(sum);
            }
            previous = outL;
        }
    }

    /**
     * Back-propagates sample {@code s} and adds its share to {@link #gradient}.
     *
     * <p>\( \partial L / \partial out \) one layer down starts at its first term rather than at 0.0, which
     * can only change the sign of a zero; a zero of either sign adds nothing to the gradient, which starts at
     * +0.0, so no output bit changes.
     */
    private void backward(double[] weights, int s) {
        double[] dOutL = dLossDOutput[s];
        for (int l = layers; l >= 1; l--) {
            int[] wIndex = weightIndex[l - 1];
            int[] bIndex = biasIndex[l - 1];
            double[] inL = in[s][l - 1];
            double[] outL = out[s][l - 1];
            double[] below = l == 1 ? inputs[s] : out[s][l - 2];
            double[] dOutBelow = l == 1 ? null : dOut[l - 2];
            int columns = sizes[l - 1];
            for (int j = 0; j < sizes[l]; j++) {
                double delta = dOutL[j] * activation.derivative(inL[j], outL[j]);
                int row = j * columns;
                for (int i = 0; i < columns; i++) {
                    int w = wIndex[row + i];
                    gradient[w] += delta * below[i];
                    if (dOutBelow != null) {
                        dOutBelow[i] = j == 0 ? delta * weights[w] : dOutBelow[i] + delta * weights[w];
                    }
                }
                if (bIndex != null) {
                    gradient[bIndex[j]] += delta;
                }
            }
            dOutL = dOutBelow;
        }
    }
}
