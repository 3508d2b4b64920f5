package bpdiff.gradient;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import ai.djl.training.loss.L2Loss;
import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * DJL autograd on the PyTorch engine: the homework-3 side, in float32 or float64.
 *
 * <p>All parameters live in one leaf vector {@code params}; each layer's weight matrix is gathered from
 * it with {@code take}, so a parameter named by several connections is one leaf and autograd sums its
 * uses. Activations are kept as {@code [neurons, samples]}: \( in_l = W_l \, out_{l-1} + b_l \).
 *
 * <p>The DJL traps are handled on purpose:
 *
 * <ul>
 *   <li>every step builds a fresh leaf from the caller's weights, so gradients cannot accumulate across
 *       {@code backward} calls (djl#2024);
 *   <li>the weights are updated only after the {@link GradientCollector} has closed;
 *   <li>every step runs in its own {@link NDScope} and sub-manager, so native memory stays flat;
 *   <li>float64 arrays are built from {@code double[]}, float32 arrays from {@code float[]};
 *   <li>all results are concatenated and read back in one call.
 * </ul>
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
    /** {@code x} transposed: {@code [inputs, samples]}. */
    private final NDArray inputs;
    /** {@code y} transposed: {@code [outputs, samples]}. */
    private final NDArray targets;
    private final NDArray[] weightIndex;
    private final NDArray[] biasIndex;
    private final int samples;

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
        ForwardPass layout = new ForwardPass(spec);
        samples = spec.samples().size();
        inputs = constant(transpose(layout.inputs()));
        targets = constant(transpose(layout.targets()));
        int layers = spec.layerCount();
        int[] sizes = spec.layerSizes();
        weightIndex = new NDArray[layers];
        biasIndex = new NDArray[layers];
        for (int l = 1; l <= layers; l++) {
            long[] w = new long[sizes[l] * sizes[l - 1]];
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < sizes[l - 1]; i++) {
                    w[j * sizes[l - 1] + i] = layout.weightIndex(l, j, i);
                }
            }
            weightIndex[l - 1] = manager.create(w, new Shape(sizes[l], sizes[l - 1]));
            if (layout.biasIndex(l, 0) >= 0) {
                long[] b = new long[sizes[l]];
                for (int j = 0; j < sizes[l]; j++) {
                    b[j] = layout.biasIndex(l, j);
                }
                biasIndex[l - 1] = manager.create(b, new Shape(sizes[l], 1));
            }
        }
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

    private Step run(double[] weights, double learningRate, boolean[] trainable) {
        int parameters = weights.length;
        int layers = spec.layerCount();
        try (NDScope scope = new NDScope();
                NDManager step = manager.newSubManager()) {
            NDArray params = create(step, weights, new Shape(parameters));
            params.setRequiresGradient(true);
            NDArray[] probeIn = new NDArray[layers];
            NDArray[] probeOut = new NDArray[layers];
            NDArray[] in = new NDArray[layers];
            NDArray[] out = new NDArray[layers];
            NDArray loss;
            try (GradientCollector collector = engine.newGradientCollector()) {
                NDArray below = inputs;
                for (int l = 1; l <= layers; l++) {
                    NDArray w = params.take(step, weightIndex[l - 1]);
                    NDArray z = w.matMul(below);
                    if (biasIndex[l - 1] != null) {
                        z = z.add(params.take(step, biasIndex[l - 1]));
                    }
                    if (neuronGradients) {
                        probeIn[l - 1] = probe(step, z.getShape());
                        z = z.add(probeIn[l - 1]);
                    }
                    NDArray a = activate(z);
                    if (neuronGradients) {
                        probeOut[l - 1] = probe(step, a.getShape());
                        a = a.add(probeOut[l - 1]);
                    }
                    in[l - 1] = z;
                    out[l - 1] = a;
                    below = a;
                }
                loss = loss(below);
                collector.backward(loss);
            }
            // The collector is closed: updating now is not recorded and cannot disturb the graph.
            NDArray gradient = params.getGradient();
            NDList results = new NDList(loss.reshape(1), gradient);
            if (trainable != null) {
                NDArray stepTaken = gradient.mul(scalar(learningRate));
                if (!allTrue(trainable)) {
                    stepTaken = stepTaken.mul(create(step, mask(trainable), new Shape(parameters)));
                }
                results.add(params.sub(stepTaken));
            }
            for (int l = 0; l < layers; l++) {
                results.add(in[l].flatten());
                results.add(out[l].flatten());
            }
            if (neuronGradients) {
                for (int l = 0; l < layers; l++) {
                    results.add(probeIn[l].getGradient().flatten());
                    results.add(probeOut[l].getGradient().flatten());
                }
            }
            return unpack(readBack(NDArrays.concat(results)), parameters, trainable != null);
        }
    }

    /** Turns the one flat read-back into an evaluation and the updated weights. */
    private Step unpack(double[] flat, int parameters, boolean stepped) {
        int[] pos = {0};
        double loss = flat[pos[0]++];
        double[] gradient = take(flat, pos, parameters);
        double[] updated = stepped ? take(flat, pos, parameters) : null;
        int layers = spec.layerCount();
        int[] sizes = spec.layerSizes();
        double[][][] inValues = new double[layers][][];
        double[][][] outValues = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            inValues[l] = take(flat, pos, sizes[l + 1], samples);
            outValues[l] = take(flat, pos, sizes[l + 1], samples);
        }
        List<NeuronValues> forward = perSample(inValues, outValues);
        List<NeuronValues> neuronGradient = List.of();
        if (neuronGradients) {
            double[][][] dIn = new double[layers][][];
            double[][][] dOut = new double[layers][][];
            for (int l = 0; l < layers; l++) {
                dIn[l] = take(flat, pos, sizes[l + 1], samples);
                dOut[l] = take(flat, pos, sizes[l + 1], samples);
            }
            neuronGradient = perSample(dIn, dOut);
        }
        return new Step(new Evaluation(loss, gradient, forward, neuronGradient), updated);
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

    private static double[] take(double[] flat, int[] pos, int count) {
        double[] part = new double[count];
        System.arraycopy(flat, pos[0], part, 0, count);
        pos[0] += count;
        return part;
    }

    private static double[][] take(double[] flat, int[] pos, int rows, int columns) {
        double[][] part = new double[rows][];
        for (int r = 0; r < rows; r++) {
            part[r] = take(flat, pos, columns);
        }
        return part;
    }

    /**
     * The activation as DJL ops: the hand-written sigmoid \( 1 / (1 + e^{-z}) \) op by op as the homework
     * writes it, the engine's built-in {@code torch.sigmoid}, or {@code torch.relu}.
     */
    private NDArray activate(NDArray z) {
        return switch (spec.activation()) {
            case SIGMOID -> {
                NDArray denominator = z.neg().exp().add(1);
                yield denominator.onesLike().div(denominator);
            }
            case BUILTIN_SIGMOID -> Activation.sigmoid(z);
            case RELU -> Activation.relu(z);
        };
    }

    /**
     * The loss as DJL ops, to PyTorch's definitions (see {@link bpdiff.network.LossFunction});
     * {@code djl-l2} is DJL's own {@link L2Loss}.
     *
     * @param o the outputs, {@code [outputs, samples]}
     */
    private NDArray loss(NDArray o) {
        NDArray y = targets;
        return switch (spec.loss()) {
            case HALF_SSE -> o.sub(y).square().sum().mul(scalar(0.5));
            case MSE_MEAN -> o.sub(y).square().mean();
            case MSE_SUM -> o.sub(y).square().sum();
            case MSE_PER_OUTPUT -> o.sub(y).square().mean(new int[] {1}).sum();
            case DJL_L2 -> new L2Loss().evaluate(new NDList(y), new NDList(o));
            case SOFTMAX_CE -> o.logSoftmax(0).mul(y).sum().neg().div(samples);
            case BCE -> {
                NDArray logO = o.log().maximum(-100);
                NDArray logOneMinusO = o.neg().add(1).log().maximum(-100);
                NDArray oneMinusY = y.neg().add(1);
                yield logO.mul(y).add(logOneMinusO.mul(oneMinusY)).mean().neg();
            }
        };
    }

    /**
     * A Java number of the working precision: a 0-d float64 scalar would promote a 0-d float32 result
     * (the loss) to float64, which PyTorch does not do for the homework's Python float.
     */
    private Number scalar(double value) {
        return precision == Precision.FLOAT64 ? (Number) value : (Number) (float) value;
    }

    private NDArray probe(NDManager step, Shape shape) {
        NDArray zeros = step.zeros(shape, precision.dataType());
        zeros.setRequiresGradient(true);
        return zeros;
    }

    private NDArray constant(double[][] rows) {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        double[] flat = new double[rows.length * columns];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * columns, columns);
        }
        return create(manager, flat, new Shape(rows.length, columns));
    }

    /** Builds an array in the working precision: from {@code double[]} for float64, {@code float[]} for float32. */
    private NDArray create(NDManager owner, double[] values, Shape shape) {
        if (precision == Precision.FLOAT64) {
            return owner.create(values, shape);
        }
        float[] single = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            single[i] = (float) values[i];
        }
        return owner.create(single, shape);
    }

    private double[] readBack(NDArray flat) {
        if (precision == Precision.FLOAT64) {
            return flat.toDoubleArray();
        }
        float[] single = flat.toFloatArray();
        double[] values = new double[single.length];
        for (int i = 0; i < single.length; i++) {
            values[i] = single[i];
        }
        return values;
    }

    private static double[][] transpose(double[][] rows) {
        double[][] t = new double[rows[0].length][rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                t[c][r] = rows[r][c];
            }
        }
        return t;
    }

    private static double[] mask(boolean[] trainable) {
        double[] mask = new double[trainable.length];
        for (int p = 0; p < mask.length; p++) {
            mask[p] = trainable[p] ? 1 : 0;
        }
        return mask;
    }

    private static boolean allTrue(boolean[] flags) {
        for (boolean f : flags) {
            if (!f) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        manager.close();
    }
}
