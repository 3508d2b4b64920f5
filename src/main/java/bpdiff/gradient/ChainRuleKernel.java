package bpdiff.gradient;

import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Sample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The general chain rule, written once: the forward pass and the back-propagation recurrence of any network, in
 * plain double arithmetic, into arrays made once. {@link ChainRule}, the fast {@link HandStepper},
 * {@link FiniteDifferences} and the homework's formulas ({@link PublishedHomework2}, for the forward pass) all run
 * this code, so their numbers agree by construction.
 *
 * <p>Forward, for every sample, layer {@code l = 1..L} and neuron {@code j}: \( in_j = \sum_i w_{ji}\, out_i + b_j \)
 * (summed from 0.0 in the order of \( i \), the bias last), \( out_j = act_l(in_j) \) with the layer's own activation,
 * with {@code out} of layer 0 the inputs. Backward, from \( \partial L / \partial out \) of the output layer ({@link LossFunction#gradientInto}), for
 * every sample and layer from the top:
 *
 * <ul>
 *   <li>\( \delta_j = \partial L / \partial in_j = \partial L / \partial out_j \cdot act'(in_j) \);
 *   <li>\( \partial L / \partial w_{ji} \mathrel{+}= \delta_j \, out_i \), \( \partial L / \partial b_j \mathrel{+}=
 *       \delta_j \) (a shared parameter adds up its uses);
 *   <li>\( \partial L / \partial out_i = \sum_j \delta_j \, w_{ji} \) one layer down (summed from 0.0 in the order
 *       of \( j \)).
 * </ul>
 *
 * <p>Every \( in, out, \delta, \partial L / \partial out \) of the last pass stays readable ({@link #forwardValues},
 * {@link #neuronGradients}): the trace that localises a wrong derivation. Parameter names are resolved to vector
 * positions once, here. Not thread-safe: one kernel per thread.
 */
public final class ChainRuleKernel {

    private final NetworkSpec spec;
    /** {@code activations[l-1]}: the activation of layer {@code l}. */
    private final Activation[] activations;
    private final LossFunction loss;
    private final int layers;
    private final int[] sizes;
    /** {@code weightIndex[l-1][j * n_{l-1} + i]}: the vector position of the weight from i to j. */
    private final int[][] weightIndex;
    /** {@code biasIndex[l-1][j]}, or a {@code null} row for a layer without biases. */
    private final int[][] biasIndex;
    private final double[][] inputs;
    private final double[][] targets;
    /** {@code in[s][l-1][j]}, {@code out[s][l-1][j]}: the forward values of every sample. */
    private final double[][][] in;
    private final double[][][] out;
    /** {@code outputs[s]} is {@code out[s][L-1]}: the network's outputs, shaped for {@link LossFunction}. */
    private final double[][] outputs;
    /** \( \partial L / \partial in \) and \( \partial L / \partial out \) of every neuron and sample. */
    private final double[][][] dIn;
    private final double[][][] dOut;
    /** \( \partial L / \partial o \) of every sample, shaped for {@link LossFunction#gradientInto}. */
    private final double[][] dLossDOutput;

    /**
     * Resolves the spec's parameter names and makes the arrays.
     *
     * @param spec the network
     */
    public ChainRuleKernel(NetworkSpec spec) {
        this.spec = spec;
        activations = spec.activations().toArray(new Activation[0]);
        loss = spec.loss();
        layers = spec.layerCount();
        sizes = spec.layerSizes().clone();
        weightIndex = new int[layers][];
        biasIndex = new int[layers][];
        for (int l = 1; l <= layers; l++) {
            weightIndex[l - 1] = new int[sizes[l] * sizes[l - 1]];
            String[] biasRow = spec.biases()[l - 1];
            biasIndex[l - 1] = biasRow == null ? null : new int[sizes[l]];
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < sizes[l - 1]; i++) {
                    weightIndex[l - 1][j * sizes[l - 1] + i] = spec.parameterIndex(spec.weights()[l - 1][j][i]);
                }
                if (biasRow != null) {
                    biasIndex[l - 1][j] = spec.parameterIndex(biasRow[j]);
                }
            }
        }
        List<Sample> samples = spec.samples();
        int count = samples.size();
        inputs = new double[count][];
        targets = new double[count][];
        in = new double[count][layers][];
        out = new double[count][layers][];
        dIn = new double[count][layers][];
        dOut = new double[count][layers][];
        outputs = new double[count][];
        dLossDOutput = new double[count][];
        for (int s = 0; s < count; s++) {
            inputs[s] = samples.get(s).x();
            targets[s] = samples.get(s).y();
            for (int l = 1; l <= layers; l++) {
                in[s][l - 1] = new double[sizes[l]];
                out[s][l - 1] = new double[sizes[l]];
                dIn[s][l - 1] = new double[sizes[l]];
                dOut[s][l - 1] = new double[sizes[l]];
            }
            outputs[s] = out[s][layers - 1];
            dLossDOutput[s] = dOut[s][layers - 1];
        }
    }

    /** @return the network */
    public NetworkSpec spec() {
        return spec;
    }

    /**
     * The vector position of a connection's weight.
     *
     * @param layer {@code 1..L}
     * @param j the neuron in {@code layer}
     * @param i the neuron in {@code layer - 1}
     * @return the position in the weight vector
     */
    public int weightIndex(int layer, int j, int i) {
        return weightIndex[layer - 1][j * sizes[layer - 1] + i];
    }

    /**
     * The vector position of a neuron's bias.
     *
     * @param layer {@code 1..L}
     * @param j the neuron
     * @return the position in the weight vector, or −1 if the neuron has no bias
     */
    public int biasIndex(int layer, int j) {
        return biasIndex[layer - 1] == null ? -1 : biasIndex[layer - 1][j];
    }

    /** @return {@code x[n][i]} of every sample (the kernel's own; do not change) */
    public double[][] inputs() {
        return inputs;
    }

    /** @return {@code y[n][k]} of every sample (the kernel's own; do not change) */
    public double[][] targets() {
        return targets;
    }

    /**
     * Runs the forward pass of every sample: \( in_j = \sum_i w_{ji}\, out_i + b_j \), \( out_j = act(in_j) \).
     *
     * @param weights the parameter values, in vector order
     */
    public void forward(double[] weights) {
        for (int s = 0; s < inputs.length; s++) {
            double[] below = inputs[s];
            for (int l = 1; l <= layers; l++) {
                int[] wIndex = weightIndex[l - 1];
                int[] bIndex = biasIndex[l - 1];
                double[] inL = in[s][l - 1];
                double[] outL = out[s][l - 1];
                Activation activation = activations[l - 1];
                int columns = sizes[l - 1];
                for (int j = 0; j < sizes[l]; j++) {
                    int row = j * columns;
                    double sum = 0;
                    for (int i = 0; i < columns; i++) {
                        sum += weights[wIndex[row + i]] * below[i];
                    }
                    if (bIndex != null) {
                        sum += weights[bIndex[j]];
                    }
                    inL[j] = sum;
                    outL[j] = activation.apply(sum);
                }
                below = outL;
            }
        }
    }

    /** @return the loss \( L \) of the last {@link #forward} */
    public double loss() {
        return loss.value(outputs, targets);
    }

    /** @return {@code o[n][k]} of the last {@link #forward} (the kernel's own; overwritten by the next) */
    public double[][] outputs() {
        return outputs;
    }

    /**
     * Back-propagates every sample of the last {@link #forward} and adds its share to {@code gradient}.
     *
     * @param weights the weights of the last forward pass
     * @param gradient receives \( \partial L / \partial w \) added to what it holds (start it at zeros)
     */
    public void backward(double[] weights, double[] gradient) {
        loss.gradientInto(outputs, targets, dLossDOutput);
        for (int s = 0; s < inputs.length; s++) {
            for (int l = layers; l >= 1; l--) {
                int[] wIndex = weightIndex[l - 1];
                int[] bIndex = biasIndex[l - 1];
                double[] inL = in[s][l - 1];
                double[] outL = out[s][l - 1];
                double[] dOutL = dOut[s][l - 1];
                double[] delta = dIn[s][l - 1];
                double[] below = l == 1 ? inputs[s] : out[s][l - 2];
                double[] dOutBelow = l == 1 ? null : dOut[s][l - 2];
                if (dOutBelow != null) {
                    Arrays.fill(dOutBelow, 0.0);
                }
                Activation activation = activations[l - 1];
                int columns = sizes[l - 1];
                for (int j = 0; j < sizes[l]; j++) {
                    delta[j] = dOutL[j] * activation.derivative(inL[j], outL[j]);
                    int row = j * columns;
                    for (int i = 0; i < columns; i++) {
                        int w = wIndex[row + i];
                        gradient[w] += delta[j] * below[i];
                        if (dOutBelow != null) {
                            dOutBelow[i] += delta[j] * weights[w];
                        }
                    }
                    if (bIndex != null) {
                        gradient[bIndex[j]] += delta[j];
                    }
                }
            }
        }
    }

    /**
     * {@code in} and {@code out} of every neuron in the last {@link #forward}, copied.
     *
     * @return one entry per sample
     */
    public List<NeuronValues> forwardValues() {
        return copies(in, out);
    }

    /**
     * \( \partial L / \partial in \) and \( \partial L / \partial out \) of every neuron in the last
     * {@link #backward}, copied.
     *
     * @return one entry per sample
     */
    public List<NeuronValues> neuronGradients() {
        return copies(dIn, dOut);
    }

    /**
     * The {@code in} of one neuron in the last {@link #forward}, without copying.
     *
     * @param sample from 0
     * @param layer {@code 1..L}
     * @param j the neuron
     * @return \( in_j \)
     */
    public double in(int sample, int layer, int j) {
        return in[sample][layer - 1][j];
    }

    /**
     * The {@code out} of one neuron in the last {@link #forward}, without copying.
     *
     * @param sample from 0
     * @param layer {@code 1..L}
     * @param j the neuron
     * @return \( out_j \)
     */
    public double out(int sample, int layer, int j) {
        return out[sample][layer - 1][j];
    }

    private static List<NeuronValues> copies(double[][][] a, double[][][] b) {
        List<NeuronValues> all = new ArrayList<>(a.length);
        for (int s = 0; s < a.length; s++) {
            all.add(new NeuronValues(deepCopy(a[s]), deepCopy(b[s])));
        }
        return all;
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            copy[r] = rows[r].clone();
        }
        return copy;
    }
}
