package bpdiff.gradient;

import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Sample;
import java.util.ArrayList;
import java.util.List;

/**
 * The forward pass in plain double arithmetic, shared by the hand-written sources and finite differences.
 *
 * <p>For every layer {@code l = 1..L} and neuron {@code j}:
 * \( in_j = \sum_i w_{ji}\, out_i + b_j \), \( out_j = act(in_j) \), with {@code out} of layer 0 the
 * inputs. Parameter names are resolved to vector positions once, here.
 */
public final class ForwardPass {

    private final NetworkSpec spec;
    /** {@code weightIndex[l-1][j][i]}: the vector position of the weight from i to j. */
    private final int[][][] weightIndex;
    /** {@code biasIndex[l-1][j]}: the vector position of the bias of j, or −1. */
    private final int[][] biasIndex;
    private final double[][] inputs;
    private final double[][] targets;

    /**
     * Resolves the spec's parameter names.
     *
     * @param spec the network
     */
    public ForwardPass(NetworkSpec spec) {
        this.spec = spec;
        int layers = spec.layerCount();
        int[] sizes = spec.layerSizes();
        weightIndex = new int[layers][][];
        biasIndex = new int[layers][];
        for (int l = 1; l <= layers; l++) {
            weightIndex[l - 1] = new int[sizes[l]][sizes[l - 1]];
            biasIndex[l - 1] = new int[sizes[l]];
            String[] biasRow = spec.biases()[l - 1];
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < sizes[l - 1]; i++) {
                    weightIndex[l - 1][j][i] = spec.parameterIndex(spec.weights()[l - 1][j][i]);
                }
                biasIndex[l - 1][j] = biasRow == null ? -1 : spec.parameterIndex(biasRow[j]);
            }
        }
        List<Sample> samples = spec.samples();
        inputs = new double[samples.size()][];
        targets = new double[samples.size()][];
        for (int s = 0; s < samples.size(); s++) {
            inputs[s] = samples.get(s).x();
            targets[s] = samples.get(s).y();
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
        return weightIndex[layer - 1][j][i];
    }

    /**
     * The vector position of a neuron's bias.
     *
     * @param layer {@code 1..L}
     * @param j the neuron
     * @return the position in the weight vector, or −1 if the neuron has no bias
     */
    public int biasIndex(int layer, int j) {
        return biasIndex[layer - 1][j];
    }

    /** @return {@code x[n][i]} of every sample */
    public double[][] inputs() {
        return inputs;
    }

    /** @return {@code y[n][k]} of every sample */
    public double[][] targets() {
        return targets;
    }

    /**
     * Runs the forward pass of every sample.
     *
     * @param weights the parameter values
     * @return the {@code in} and {@code out} of every neuron, one entry per sample
     */
    public List<NeuronValues> run(double[] weights) {
        List<NeuronValues> all = new ArrayList<>(inputs.length);
        for (double[] x : inputs) {
            all.add(run(weights, x));
        }
        return all;
    }

    /**
     * Runs the forward pass of one sample.
     *
     * @param weights the parameter values
     * @param x the inputs
     * @return the {@code in} and {@code out} of every neuron
     */
    public NeuronValues run(double[] weights, double[] x) {
        Activation act = spec.activation();
        int layers = spec.layerCount();
        int[] sizes = spec.layerSizes();
        double[][] in = new double[layers][];
        double[][] out = new double[layers][];
        double[] previous = x;
        for (int l = 1; l <= layers; l++) {
            in[l - 1] = new double[sizes[l]];
            out[l - 1] = new double[sizes[l]];
            for (int j = 0; j < sizes[l]; j++) {
                int b = biasIndex[l - 1][j];
                double sum = 0;
                for (int i = 0; i < sizes[l - 1]; i++) {
                    sum += weights[weightIndex[l - 1][j][i]] * previous[i];
                }
                if (b >= 0) {
                    sum += weights[b];
                }
                in[l - 1][j] = sum;
                out[l - 1][j] = act.apply(sum);
            }
            previous = out[l - 1];
        }
        return new NeuronValues(in, out);
    }

    /**
     * The network's outputs of every sample.
     *
     * @param forward the result of {@link #run(double[])}
     * @return {@code o[n][k]}
     */
    public double[][] outputs(List<NeuronValues> forward) {
        double[][] o = new double[forward.size()][];
        for (int s = 0; s < o.length; s++) {
            double[][] out = forward.get(s).out();
            o[s] = out[out.length - 1];
        }
        return o;
    }

    /**
     * The loss at some weights.
     *
     * @param weights the parameter values
     * @return \( L \)
     */
    public double loss(double[] weights) {
        return spec.loss().value(outputs(run(weights)), targets);
    }
}
