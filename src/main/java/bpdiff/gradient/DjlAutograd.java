package bpdiff.gradient;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import bpdiff.network.NetworkSpec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * DJL autograd on the PyTorch engine: the homework-3 side, in float32 or float64.
 *
 * <p>All parameters live in one leaf {@code params} of {@code P} elements; the forward pass and the loss are
 * {@link BatchedGraph}'s with one configuration, so {@link BatchedAutograd} computes the same operations, to
 * the same bits, for many configurations. Each layer's weight matrix is gathered from the leaf with
 * {@code take}, so a parameter named by several connections is one leaf element and autograd sums its uses:
 * \( in_l = W_l \, out_{l-1} + b_l \), activations {@code [1, neurons, samples]}.
 *
 * <p>The DJL traps are handled on purpose:
 *
 * <ul>
 *   <li>every step builds a fresh leaf from the caller's weights, so gradients cannot accumulate across
 *       {@code backward} calls (djl#2024);
 *   <li>nothing is updated while the {@link GradientCollector} is open; the step
 *       \( w \leftarrow w - \eta \, \partial L / \partial w \) is taken in Java after the read-back, in
 *       the working precision ({@code float} arithmetic for float32, as PyTorch's float32 kernels round);
 *   <li>every step runs in its own {@link NDScope} and sub-manager, so native memory stays flat;
 *   <li>float64 arrays are built from {@code double}s, float32 arrays from {@code float}s;
 *   <li>all results are concatenated and read back in one call.
 * </ul>
 *
 * <p>For speed a step makes as few native calls as it can: the leaf wraps a direct buffer that is refilled
 * each step (no copy), constants such as 1 and ½ are tensors made once, and nothing but the one packed
 * result is read back.
 *
 * <p>With {@code neuronGradients} on, a zero "probe" leaf is added to every layer's {@code in} and
 * {@code out}; its gradient is \( \partial L / \partial in \) (or {@code out}), which localises where a
 * hand derivation parts from autograd.
 */
public final class DjlAutograd implements GradientSource, AutoCloseable {

    private final NetworkSpec spec;
    private final Precision precision;
    private final boolean neuronGradients;
    private final Engine engine;
    private final NDManager manager;
    private final BatchedGraph graph;
    private final int samples;
    private final int parameters;
    /** {@code [P]}: {@code take} reads it as the one row of {@code [1, P]}. */
    private final Shape parameterShape;
    /** {@code [1, n_l, samples]} per layer: the shape of a probe. */
    private final Shape[] neuronShape;
    /** The caller's weights in the working precision; the leaf wraps it without a copy. */
    private final ByteBuffer weightBuffer;

    /**
     * Prepares the network on the engine.
     *
     * @param spec the network
     * @param precision float32 or float64
     * @param neuronGradients whether to also compute \( \partial L / \partial in \) and
     *     \( \partial L / \partial out \) of every neuron
     * @throws EngineUnavailableException if the engine cannot start
     */
    public DjlAutograd(NetworkSpec spec, Precision precision, boolean neuronGradients) {
        this.spec = spec;
        this.precision = precision;
        this.neuronGradients = neuronGradients;
        this.engine = PyTorchEngine.get();
        this.manager = engine.newBaseManager(Device.cpu());
        this.graph = new BatchedGraph(spec, precision, manager, 1);
        samples = spec.samples().size();
        parameters = spec.parameterCount();
        parameterShape = new Shape(parameters);
        int[] sizes = spec.layerSizes();
        neuronShape = new Shape[spec.layerCount()];
        for (int l = 1; l <= neuronShape.length; l++) {
            neuronShape[l - 1] = new Shape(1, sizes[l], samples);
        }
        weightBuffer = ByteBuffer.allocateDirect(parameters * precision.dataType().getNumOfBytes())
                .order(ByteOrder.nativeOrder());
    }

    /**
     * Prepares the network with neuron gradients on.
     *
     * @param spec the network
     * @param precision float32 or float64
     */
    public DjlAutograd(NetworkSpec spec, Precision precision) {
        this(spec, precision, true);
    }

    @Override
    public String name() {
        return "autograd";
    }

    /** @return the precision the engine computes in */
    public Precision precision() {
        return precision;
    }

    /** @return the engine's version, e.g. {@code 2.7.1} */
    public String engineVersion() {
        return engine.getVersion();
    }

    @Override
    public Evaluation evaluate(double[] weights) {
        return run(weights, 0, null).evaluation();
    }

    @Override
    public Step step(double[] weights, double learningRate, boolean[] trainable) {
        return run(weights, learningRate, trainable);
    }

    @SuppressWarnings("try") // the scope and the collector act by being open, not by being called
    private Step run(double[] weights, double learningRate, boolean[] trainable) {
        int layers = spec.layerCount();
        try (NDScope scope = new NDScope();
                NDManager step = manager.newSubManager()) {
            NDArray params = leaf(step, weights);
            NDList neurons = new NDList(4 * layers);
            NDArray[] probes = new NDArray[neuronGradients ? 2 * layers : 0];
            NDArray loss;
            try (GradientCollector collector = engine.newGradientCollector()) {
                NDArray below = graph.inputs();
                for (int l = 1; l <= layers; l++) {
                    NDArray in = graph.neuronInputs(step, params, l, below);
                    if (neuronGradients) {
                        probes[2 * l - 2] = probe(step, neuronShape[l - 1]);
                        in = in.add(probes[2 * l - 2]);
                    }
                    NDArray out = graph.activate(in);
                    if (neuronGradients) {
                        probes[2 * l - 1] = probe(step, neuronShape[l - 1]);
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
            // loss [1], gradient [P], neurons [1, n_l, samples] each: one flat array, one read
            NDArray packed = NDArrays.concat(
                    new NDList(loss, params.getGradient(), NDArrays.concat(neurons, 1).flatten()));
            return unpack(BatchedEngine.readBack(packed, precision), weights, learningRate, trainable);
        }
    }

    /** Turns the one flat read-back into an evaluation and, if stepping, the updated weights. */
    private Step unpack(double[] flat, double[] weights, double learningRate, boolean[] trainable) {
        DoubleBuffer packed = DoubleBuffer.wrap(flat);
        double loss = packed.get();
        double[] gradient = take(packed, parameters);
        int layers = spec.layerCount();
        int[] sizes = spec.layerSizes();
        double[][][] inValues = new double[layers][][];
        double[][][] outValues = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            inValues[l] = take(packed, sizes[l + 1], samples);
            outValues[l] = take(packed, sizes[l + 1], samples);
        }
        List<NeuronValues> forward = perSample(inValues, outValues);
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
        double[] updated = trainable == null ? null : update(weights, gradient, learningRate, trainable);
        return new Step(new Evaluation(loss, gradient, forward, neuronGradient), updated);
    }

    /**
     * The step \( w - \eta \, g \) of the trainable parameters, rounded as the engine rounds it.
     *
     * <p>In float32 the weight, \( \eta \) and the gradient are floats and so are the product and the
     * difference, exactly what PyTorch computes for {@code w.data - lr * w.grad.data} on float32 tensors (Java
     * never fuses the two into one rounding). Frozen parameters keep their value, in float32 as the float the
     * engine holds.
     */
    private double[] update(double[] weights, double[] gradient, double learningRate, boolean[] trainable) {
        double[] updated = new double[parameters];
        for (int p = 0; p < parameters; p++) {
            if (!trainable[p]) {
                // the engine holds the frozen value in its own precision, and so does the result
                updated[p] = precision == Precision.FLOAT64 ? weights[p] : (float) weights[p];
            } else if (precision == Precision.FLOAT64) {
                updated[p] = weights[p] - learningRate * gradient[p];
            } else {
                float stepTaken = (float) learningRate * (float) gradient[p];
                updated[p] = (float) weights[p] - stepTaken;
            }
        }
        return updated;
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

    /** The fresh leaf {@code [P]} of this step, wrapping {@link #weightBuffer}. */
    private NDArray leaf(NDManager step, double[] weights) {
        weightBuffer.clear();
        if (precision == Precision.FLOAT64) {
            weightBuffer.asDoubleBuffer().put(weights);
        } else {
            FloatBuffer single = weightBuffer.asFloatBuffer();
            for (double w : weights) {
                single.put((float) w);
            }
        }
        NDArray leaf = step.create(weightBuffer, parameterShape, precision.dataType());
        leaf.setRequiresGradient(true);
        return leaf;
    }

    private NDArray probe(NDManager step, Shape shape) {
        NDArray zeros = step.zeros(shape, precision.dataType());
        zeros.setRequiresGradient(true);
        return zeros;
    }

    /**
     * The native arrays this source holds between steps; the long-run test checks that it does not grow.
     *
     * @return the number of live arrays in this source's manager and its sub-managers
     */
    int liveArrays() {
        return manager.getManagedArrays().size();
    }

    @Override
    public void close() {
        manager.close();
    }
}
