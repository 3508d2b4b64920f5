package bpdiff.gradient;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import bpdiff.network.NetworkSpec;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass of autograd over {@code R} parameter rows at once: forward, loss and {@code backward} of
 * {@link BatchedGraph}, and everything a comparison reads (the loss, \( \partial L / \partial w \), every neuron's
 * {@code in} and {@code out} and, with {@code neuronGradients}, their gradients) read back in one call. Shared by
 * {@link DjlAutograd} (one row, the caller's weights) and {@link BatchedAutograd} (every epoch of many trainings at
 * once), so both compute the same operations.
 *
 * <p>With {@code neuronGradients} on, a zero "probe" leaf is added to every layer's {@code in} and {@code out}; its
 * gradient is \( \partial L / \partial in \) (or {@code out}), which localises where a hand derivation parts from
 * autograd. Adding zero changes no value.
 */
final class AutogradPass {

    private final Precision precision;
    private final boolean neuronGradients;
    private final int layers;
    private final int[] sizes;
    private final int samples;
    private final int parameters;

    /**
     * Prepares the pass of a network.
     *
     * @param spec the network
     * @param precision the working precision
     * @param neuronGradients whether to compute every neuron's gradients too
     */
    AutogradPass(NetworkSpec spec, Precision precision, boolean neuronGradients) {
        this.precision = precision;
        this.neuronGradients = neuronGradients;
        this.layers = spec.layerCount();
        this.sizes = spec.layerSizes().clone();
        this.samples = spec.samples().size();
        this.parameters = spec.parameterCount();
    }

    /**
     * Evaluates every row. Run it inside an {@link ai.djl.ndarray.NDScope}, which frees what the pass creates.
     *
     * @param step the manager of the pass's own arrays
     * @param graph the graph, built for {@code rows} rows
     * @param leaf the parameters, {@code [rows, P]} (or {@code [P]} for one row), a fresh leaf requiring gradient
     * @param rows {@code R}
     * @return one evaluation per row
     */
    List<Evaluation> evaluate(NDManager step, BatchedGraph graph, NDArray leaf, int rows) {
        NDList neurons = new NDList(4 * layers);
        NDArray[] probes = new NDArray[neuronGradients ? 2 * layers : 0];
        NDArray loss;
        try (EngineBridge.Recording recording = EngineBridge.recording()) {
            NDArray below = graph.inputs();
            for (int l = 1; l <= layers; l++) {
                NDArray in = graph.neuronInputs(step, leaf, l, below);
                if (neuronGradients) {
                    probes[2 * l - 2] = EngineBridge.probe(step, precision, new Shape(rows, sizes[l], samples));
                    in = in.add(probes[2 * l - 2]);
                }
                NDArray out = graph.activate(l, in);
                if (neuronGradients) {
                    probes[2 * l - 1] = EngineBridge.probe(step, precision, new Shape(rows, sizes[l], samples));
                    out = out.add(probes[2 * l - 1]);
                }
                neurons.add(in);
                neurons.add(out);
                below = out;
            }
            loss = graph.loss(below);
            graph.backward(loss);
        }
        for (NDArray probe : probes) {
            neurons.add(probe.getGradient());
        }
        // loss [R], gradient [R P], then per row every neuron value [R, Σ, samples]: one flat array, one read
        return unpack(EngineBridge.readBackFlat(
                new NDList(loss, leaf.getGradient(), NDArrays.concat(neurons, 1)), precision), rows);
    }

    /** Turns the one flat read-back into an evaluation per row. */
    private List<Evaluation> unpack(double[] flat, int rows) {
        DoubleBuffer packed = DoubleBuffer.wrap(flat);
        double[] losses = take(packed, rows);
        double[][] gradients = new double[rows][];
        for (int r = 0; r < rows; r++) {
            gradients[r] = take(packed, parameters);
        }
        List<Evaluation> evaluations = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            double[][][] in = new double[layers][][];
            double[][][] out = new double[layers][][];
            for (int l = 0; l < layers; l++) {
                in[l] = take(packed, sizes[l + 1], samples);
                out[l] = take(packed, sizes[l + 1], samples);
            }
            List<NeuronValues> neuronGradient = List.of();
            if (neuronGradients) {
                double[][][] dIn = new double[layers][][];
                double[][][] dOut = new double[layers][][];
                for (int l = 0; l < layers; l++) {
                    dIn[l] = take(packed, sizes[l + 1], samples);
                    dOut[l] = take(packed, sizes[l + 1], samples);
                }
                neuronGradient = perSample(dIn, dOut);
            }
            evaluations.add(new Evaluation(losses[r], gradients[r], perSample(in, out), neuronGradient));
        }
        return evaluations;
    }

    /** Regroups {@code [layer][neuron][sample]} into one {@link NeuronValues} per sample. */
    private List<NeuronValues> perSample(double[][][] in, double[][][] out) {
        List<NeuronValues> all = new ArrayList<>(samples);
        for (int s = 0; s < samples; s++) {
            double[][] sampleIn = new double[in.length][];
            double[][] sampleOut = new double[in.length][];
            for (int l = 0; l < in.length; l++) {
                sampleIn[l] = new double[in[l].length];
                sampleOut[l] = new double[in[l].length];
                for (int j = 0; j < in[l].length; j++) {
                    sampleIn[l][j] = in[l][j][s];
                    sampleOut[l][j] = out[l][j][s];
                }
            }
            all.add(new NeuronValues(sampleIn, sampleOut));
        }
        return all;
    }

    /** The next {@code count} values of the read-back. */
    private static double[] take(DoubleBuffer packed, int count) {
        double[] part = new double[count];
        packed.get(part);
        return part;
    }

    /** The next {@code rows × columns} values of the read-back, row by row. */
    private static double[][] take(DoubleBuffer packed, int rows, int columns) {
        double[][] part = new double[rows][];
        for (int r = 0; r < rows; r++) {
            part[r] = take(packed, columns);
        }
        return part;
    }
}
