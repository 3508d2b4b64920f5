package bpdiff.gradient;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import bpdiff.network.NetworkSpec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

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
 *   <li>nothing is updated while operations are recorded for autograd; the step
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
 * <p>The pass itself, with the probes that give every neuron's gradient when {@code neuronGradients} is on, is
 * {@link AutogradPass}'s, shared with {@link BatchedAutograd}. One thread at a time.
 */
public final class DjlAutograd implements GradientSource, AutoCloseable {

    private final Precision precision;
    private final NDManager manager;
    private final BatchedGraph graph;
    private final AutogradPass pass;
    private final int parameters;
    /** {@code [P]}: {@code take} reads it as the one row of {@code [1, P]}. */
    private final Shape parameterShape;
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
        this.precision = precision;
        this.manager = EngineBridge.manager();
        this.graph = new BatchedGraph(spec, precision, manager, 1);
        this.pass = new AutogradPass(spec, precision, neuronGradients);
        parameters = spec.parameterCount();
        parameterShape = new Shape(parameters);
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
        return EngineBridge.version();
    }

    @Override
    @SuppressWarnings("try") // the scope acts by being open, not by being called
    public Evaluation evaluate(double[] weights) {
        try (NDScope scope = new NDScope();
                NDManager step = manager.newSubManager()) {
            return pass.evaluate(step, graph, leaf(step, weights), 1).get(0);
        }
    }

    @Override
    public Step step(double[] weights, double learningRate, boolean[] trainable) {
        Evaluation evaluation = evaluate(weights);
        return new Step(evaluation, update(weights, evaluation.gradient(), learningRate, trainable));
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
