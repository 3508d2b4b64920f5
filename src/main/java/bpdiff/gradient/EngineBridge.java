package bpdiff.gradient;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;

/**
 * bpdiff's one bridge to DJL's PyTorch engine: every autograd in bpdiff (compare's network graph,
 * {@link BatchedGraph} through {@link AutogradPass}, and check's replay of a recorded program,
 * {@code program.tape.TapeAutograd}) starts, records, differentiates and reads back through these calls.
 *
 * <ul>
 *   <li>a manager on the started engine ({@link #manager()}, the engine from {@link PyTorchEngine#get()});
 *   <li>arrays in and out in the working precision ({@link #array}, {@link #readBack}, {@link #readBackFlat});
 *   <li>a thread's recording and the backward pass ({@link #recording()}, {@link #backward});
 *   <li>a probe: a zero leaf added to a value, whose gradient is \( \partial L / \partial v \) ({@link #probe});
 *   <li>the operations whose PyTorch meaning DJL's engine-neutral API does not give, or gives at a cost: {@link #bmm},
 *       {@link #leakyRelu} with a double slope, {@link #sigmoid}, {@link #relu}, and {@link #reciprocal} with
 *       PyTorch's derivative.
 * </ul>
 */
public final class EngineBridge {

    private EngineBridge() {}

    /**
     * A base manager on the CPU of the engine, started offline once per process.
     *
     * @return the manager; its owner closes it
     * @throws EngineUnavailableException if the engine cannot start
     */
    public static NDManager manager() {
        return PyTorchEngine.get().newBaseManager(Device.cpu());
    }

    /**
     * The engine's version.
     *
     * @return e.g. {@code 2.7.1}
     * @throws EngineUnavailableException if the engine cannot start
     */
    public static String version() {
        return PyTorchEngine.get().getVersion();
    }

    /**
     * A probe: zeros of a value's shape, a leaf that requires a gradient. Added to the value, it changes no number,
     * and its gradient after {@link #backward} is \( \partial L / \partial v \).
     *
     * @param owner the probe's manager
     * @param precision the working precision
     * @param shape the value's shape
     * @return the probe
     */
    public static NDArray probe(NDManager owner, Precision precision, Shape shape) {
        NDArray zeros = owner.zeros(shape, precision.dataType());
        zeros.setRequiresGradient(true);
        return zeros;
    }

    /** torch.sigmoid, the engine's own kernel and derivative. */
    public static NDArray sigmoid(NDArray x) {
        return ai.djl.nn.Activation.sigmoid(x);
    }

    /** torch.relu, the engine's own kernel; its derivative at 0 is 0. */
    public static NDArray relu(NDArray x) {
        return ai.djl.nn.Activation.relu(x);
    }

    /**
     * torch.reciprocal, which DJL lacks: the value \( y = 1/x \) of the detached input, plus
     * \( (x - \bar x) \cdot (-y^2) \), zero in value, whose derivative is PyTorch's \( -g \cdot y \cdot y \) to the
     * last bit.
     *
     * @param x an array
     * @return \( 1/x \), in {@code x}'s manager
     */
    public static NDArray reciprocal(NDArray x) {
        NDArray constant = x.stopGradient();
        NDArray y = constant.onesLike().div(constant);
        NDArray slope = y.mul(y).neg();
        return y.add(x.sub(constant).mul(slope));
    }

    /**
     * \( A B \) for every row of a batch, {@code torch.bmm}. {@code NDArray.batchMatMul} asks the engine for
     * both shapes first, only to refuse scalars; the graph never has any.
     *
     * @param a {@code [C, n, m]}
     * @param b {@code [C, m, k]}
     * @return {@code [C, n, k]}, in {@code a}'s manager
     */
    static NDArray bmm(NDArray a, NDArray b) {
        return JniUtils.bmm((PtNDArray) a, (PtNDArray) b);
    }

    /**
     * PyTorch's leaky rectifier, {@code torch.nn.functional.leaky_relu(x, negativeSlope)}, with the slope handed over as
     * the double it is (the engine rounds it to {@code float} for a float32 array, as PyTorch does).
     *
     * @param x an array
     * @param negativeSlope the slope below 0
     * @return \( x \) where \( x &gt; 0 \), else \( x \cdot slope \), in {@code x}'s manager
     */
    public static NDArray leakyRelu(NDArray x, double negativeSlope) {
        return JniUtils.leakyRelu((PtNDArray) x, negativeSlope);
    }

    /**
     * Back-propagates from {@code target} with a given head gradient, {@code target.backward(head)}.
     * {@code GradientCollector.backward} makes the head itself, with four native calls for its shape, type,
     * device and values; a step that reuses one tensor of ones skips them. Must run inside a {@link #recording()},
     * which switches gradient recording on.
     *
     * @param target the loss
     * @param head \( \partial \,\mathrm{out} / \partial\, target \): ones of {@code target}'s shape and type
     */
    public static void backward(NDArray target, NDArray head) {
        JniUtils.backward((PtNDArray) target, (PtNDArray) head, false, false);
    }

    /**
     * Back-propagates from {@code target} with a head gradient of ones made for it.
     *
     * @param owner the head's manager
     * @param target the loss
     */
    public static void backward(NDManager owner, NDArray target) {
        backward(target, owner.ones(target.getShape(), target.getDataType()));
    }

    /**
     * Switches the recording of operations for autograd on for this thread until closed, as DJL's
     * {@code GradientCollector} does, but without its process-wide "only one collector at a time" flag: PyTorch's
     * grad mode is per thread, so two threads may each record and back-propagate their own graphs at once (how
     * {@code bpdiff run} trains independent experiments on both cores, and {@code bpdiff serve} answers concurrent
     * requests).
     *
     * <p>Closing switches recording off, whatever it was before: DJL switches it off when its engine starts, but
     * only on that thread, and PyTorch starts every other thread with it on, which would record the weight update
     * into the next epoch's graph.
     *
     * @return the switch
     */
    public static Recording recording() {
        JniUtils.setGradMode(true);
        return new Recording();
    }

    /** A thread's autograd recording, on until closed ({@link #recording()}). */
    public static final class Recording implements AutoCloseable {

        private Recording() {}

        @Override
        public void close() {
            JniUtils.setGradMode(false);
        }
    }

    /**
     * Builds an array in the working precision: float64 from the {@code double}s themselves, float32 from
     * each value rounded once to {@code float}.
     *
     * @param owner the array's manager
     * @param precision the working precision
     * @param values the elements, row-major
     * @param shape the shape
     * @return the array
     */
    public static NDArray array(NDManager owner, Precision precision, double[] values, Shape shape) {
        if (precision == Precision.FLOAT64) {
            return owner.create(values, shape);
        }
        float[] single = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            single[i] = (float) values[i];
        }
        return owner.create(single, shape);
    }

    /**
     * Copies an array out of the engine in one read, widening float32 to double.
     *
     * @param flat the array, in the working precision
     * @param precision the working precision
     * @return its elements, row-major
     */
    public static double[] readBack(NDArray flat, Precision precision) {
        ByteBuffer bytes = flat.toByteBuffer();
        if (precision == Precision.FLOAT64) {
            DoubleBuffer doubles = bytes.asDoubleBuffer();
            double[] values = new double[doubles.remaining()];
            doubles.get(values);
            return values;
        }
        FloatBuffer floats = bytes.asFloatBuffer();
        double[] values = new double[floats.remaining()];
        for (int i = 0; i < values.length; i++) {
            values[i] = floats.get(i);
        }
        return values;
    }

    /**
     * Copies several arrays out of the engine in one read: each is flattened, and they are concatenated in order.
     *
     * @param parts the arrays, each in the working precision (as every leaf and probe is made)
     * @param precision the working precision
     * @return their elements, one after the other, each row-major
     */
    public static double[] readBackFlat(NDList parts, Precision precision) {
        NDList flat = new NDList(parts.size());
        for (NDArray part : parts) {
            flat.add(part.flatten());
        }
        return readBack(NDArrays.concat(flat), precision);
    }
}
