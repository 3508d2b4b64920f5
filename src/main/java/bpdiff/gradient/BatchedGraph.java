package bpdiff.gradient;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;

/**
 * The network's forward pass and loss as DJL operations on {@code C} configurations at once, shared by
 * {@link DjlAutograd} ({@code C = 1}) and {@link BatchedAutograd}.
 *
 * <p>The parameters are one {@code [C, P]} tensor, a row per configuration. Layer {@code l}'s weights are
 * gathered from it with one {@code take} of the flat positions \( c P + p \) into {@code [C, n_l, n_{l-1}]},
 * so a parameter named by several connections is one element and autograd sums its uses. Activations are
 * {@code [C, neurons, samples]}:
 * \( in_l = W_l \, out_{l-1} + b_l \), a batched matrix product ({@code bmm}) in every layer, with \( out_0 = x^T \)
 * repeated per row. Every operation therefore has the same per-row shape whatever {@code C} is, and the engine
 * computes a row of a batch with the same kernels, to the same bits, as a batch of one (a long sum over many
 * samples may be ordered differently for {@code C = 1}, moving the last bit).
 * The loss is one value per configuration, {@code [C]}; rows never mix, so the gradient of their sum is,
 * row by row, each configuration's own gradient.
 *
 * <p>Constants (\( x^T \), \( y^T \), 1, ½, …) are built once in the working precision, so no operation
 * creates a scalar tensor per step and no float64 constant promotes a float32 result. An operation whose
 * first operand is such a constant ({@code 1 / d}) puts its result in the constants' manager: callers run
 * every step in an {@link ai.djl.ndarray.NDScope}, which closes whatever the step created.
 */
final class BatchedGraph {

    /** The axes of a row's outputs and samples, over which a loss sums or averages. */
    private static final int[] PER_ROW = {1, 2};

    private final NetworkSpec spec;
    /** \( x^T \) once per configuration: {@code [C, inputs, samples]}. */
    private final NDArray inputs;
    /** \( y^T \): {@code [1, outputs, samples]}, broadcast over the configurations. */
    private final NDArray targets;
    /** \( 1 - y^T \), for the binary cross-entropy. */
    private final NDArray oneMinusTargets;
    /** {@code weightIndex[l-1]}: {@code [C, n_l, n_{l-1}]} flat positions in the {@code [C, P]} parameters. */
    private final NDArray[] weightIndex;
    /** {@code biasIndex[l-1]}: {@code [C, n_l, 1]} flat positions, or {@code null} for a layer without biases. */
    private final NDArray[] biasIndex;
    private final NDArray one;
    private final NDArray half;
    private final NDArray sampleCount;
    /** outputs × samples, the count of a mean over a row. */
    private final NDArray elementCount;
    private final NDArray logFloor;
    /** PyTorch's {@code EPSILON} of the {@code bce} backward, {@code 1e-12f} in the working precision. */
    private final NDArray bceEpsilon;
    /** Ones of the loss's shape {@code [C]}: the head gradient of {@code backward}. */
    private final NDArray lossHead;
    /** The engine's operations the activation is built from. */
    private final bpdiff.network.Activation.Operations<NDArray> operations;

    /**
     * Builds the constants of a network for {@code configurations} rows.
     *
     * @param spec the network
     * @param precision the working precision
     * @param manager owns the constants; they live until it closes
     * @param configurations {@code C}, the number of parameter rows
     */
    BatchedGraph(NetworkSpec spec, Precision precision, NDManager manager, int configurations) {
        this.spec = spec;
        ChainRuleKernel layout = new ChainRuleKernel(spec);
        int samples = layout.inputs().length;
        Constants constants = new Constants(manager, precision);
        inputs = constants.transposed(layout.inputs(), configurations);
        targets = constants.transposed(layout.targets(), 1);
        one = constants.scalar(1.0);
        try (NDArray negated = targets.neg()) {
            oneMinusTargets = negated.add(one);
        }
        half = constants.scalar(0.5);
        sampleCount = constants.scalar(samples);
        elementCount = constants.scalar((double) samples * layout.targets()[0].length);
        logFloor = constants.scalar(-100.0);
        bceEpsilon = constants.scalar(LossFunction.BCE_EPSILON);
        lossHead = manager.ones(new Shape(configurations), precision.dataType());
        operations = new EngineOperations(one);
        int layers = spec.layerCount();
        int[] sizes = spec.layerSizes();
        long parameters = spec.parameterCount();
        weightIndex = new NDArray[layers];
        biasIndex = new NDArray[layers];
        for (int l = 1; l <= layers; l++) {
            int rows = sizes[l];
            int columns = sizes[l - 1];
            long[] w = new long[configurations * rows * columns];
            long[] b = layout.biasIndex(l, 0) >= 0 ? new long[configurations * rows] : null;
            for (int c = 0; c < configurations; c++) {
                for (int j = 0; j < rows; j++) {
                    for (int i = 0; i < columns; i++) {
                        w[(c * rows + j) * columns + i] = c * parameters + layout.weightIndex(l, j, i);
                    }
                    if (b != null) {
                        b[c * rows + j] = c * parameters + layout.biasIndex(l, j);
                    }
                }
            }
            weightIndex[l - 1] = manager.create(w, new Shape(configurations, rows, columns));
            if (b != null) {
                biasIndex[l - 1] = manager.create(b, new Shape(configurations, rows, 1));
            }
        }
    }

    /**
     * Back-propagates the loss of every configuration at once: their sum's gradient, which row by row is each
     * configuration's own. Must run inside a {@link EngineBridge#recording()}.
     *
     * @param loss {@link #loss}'s result, {@code [C]}
     */
    void backward(NDArray loss) {
        EngineBridge.backward(loss, lossHead);
    }

    /** @return \( x^T \) for every configuration, {@code [C, inputs, samples]}: the {@code out} of layer 0 */
    NDArray inputs() {
        return inputs;
    }

    /**
     * One layer's neuron inputs: \( in_l = W_l \, out_{l-1} + b_l \).
     *
     * @param step the manager of the step's gathered weights
     * @param parameters {@code [C, P]}, or {@code [P]} when {@code C = 1} ({@code take} reads it flat)
     * @param layer {@code 1..L}
     * @param below \( out_{l-1} \), {@code [C, n_{l-1}, samples]} (or {@link #inputs()})
     * @return {@code [C, n_l, samples]}
     */
    NDArray neuronInputs(NDManager step, NDArray parameters, int layer, NDArray below) {
        NDArray bias = biasIndex[layer - 1];
        return neuronInputs(parameters.take(step, weightIndex[layer - 1]), bias == null ? null
                : parameters.take(step, bias), below);
    }

    /**
     * One layer's neuron inputs from its weight matrix and bias column as they are: \( in_l = W_l \, out_{l-1} + b_l \).
     *
     * @param weights \( W_l \), {@code [C, n_l, n_{l-1}]}
     * @param bias \( b_l \), {@code [C, n_l, 1]}, or {@code null} for a layer without biases
     * @param below \( out_{l-1} \), {@code [C, n_{l-1}, samples]} (or {@link #inputs()})
     * @return {@code [C, n_l, samples]}
     */
    NDArray neuronInputs(NDArray weights, NDArray bias, NDArray below) {
        // bmm itself, not matMul: torch.matmul would add expand and reshape nodes around it in the graph
        NDArray in = EngineBridge.bmm(weights, below);
        return bias == null ? in : in.add(bias);
    }

    /**
     * A layer's activation, as {@link bpdiff.network.Activation#apply(Object, bpdiff.network.Activation.Operations)}
     * writes it: the homework's sigmoid \( 1 / (1 + e^{-z}) \) op by op, the engine's own {@code torch.sigmoid},
     * {@code torch.relu}, {@code torch.tanh} or {@code leaky_relu}, or for the identity {@code in} itself.
     *
     * @param layer {@code 1..L}
     * @param in the neurons' inputs
     * @return the neurons' outputs
     */
    NDArray activate(int layer, NDArray in) {
        return spec.activation(layer).apply(in, operations);
    }

    /**
     * The loss of every configuration, equal in value and in gradient to PyTorch's own loss modules (see
     * {@link bpdiff.network.LossFunction}), with sums and means over the outputs and samples of each row (axes 1
     * and 2).
     *
     * <ul>
     *   <li>The squared errors are {@code MSELoss}'s numbers: its backward kernel computes
     *       \( \tfrac{2}{n}(o - y) \), and autograd through \( d \cdot d \), the sum and the division by \( n \)
     *       computes \( \tfrac1n d + \tfrac1n d \), the same double (doubling is exact).
     *   <li>{@code softmax-ce} is aten's {@code cross_entropy} with probability targets, op for op:
     *       \( -\sum(\mathrm{log\_softmax}(o) \cdot y) / N \); PyTorch has no kernel of its own for it, so its
     *       gradient is autograd through these same operations.
     *   <li>{@code bce} is {@link #binaryCrossEntropy}: PyTorch's kernel has a backward of its own with a clamp
     *       that is not the derivative of its forward, and DJL has no such operation.
     * </ul>
     *
     * <p>A mean over both axes is their sum divided by the count, which is how PyTorch computes
     * {@code mean} on the CPU (and DJL's {@code mean} takes one axis only).
     *
     * @param o the outputs, {@code [C, outputs, samples]}
     * @return {@code [C]}
     */
    NDArray loss(NDArray o) {
        NDArray y = targets;
        return switch (spec.loss()) {
            case HALF_SSE -> squaredError(o, y).sum(PER_ROW).mul(half);
            case MSE_MEAN -> squaredError(o, y).sum(PER_ROW).div(elementCount);
            case MSE_SUM -> squaredError(o, y).sum(PER_ROW);
            case MSE_PER_OUTPUT -> squaredError(o, y).mean(new int[] {2}).sum(new int[] {1});
            // DJL's L2Loss, (y - o)² · ½ then the mean; (o − y)² is the same number
            case DJL_L2 -> squaredError(o, y).mul(half).sum(PER_ROW).div(elementCount);
            case SOFTMAX_CE -> o.logSoftmax(1).mul(y).sum(PER_ROW).neg().div(sampleCount);
            case BCE -> binaryCrossEntropy(o);
        };
    }

    /**
     * {@code torch.nn.BCELoss()} in value and in gradient, built from a value and a gradient.
     *
     * <p>PyTorch's {@code binary_cross_entropy} forward kernel computes
     * \( -\tfrac1n \sum [y \max(\log o, -100) + (1-y) \max(\log(1-o), -100)] \), but its backward kernel is not
     * the derivative of that: it returns \( g = (o - y) / \max((1-o)\,o, \varepsilon) / n \) with
     * \( \varepsilon \) = {@code 1e-12f}. Differentiating the forward op by op (as this graph did) gives
     * \( -y/o + (1-y)/(1-o) \) instead, which parts from PyTorch wherever a clamp is active: at
     * \( o = \sigma(-30) \approx 9.4 \cdot 10^{-14} \), \( y = 1 \) it gives \( \partial L/\partial w = -1 \) where
     * PyTorch gives −0.0936, and at \( o = 1 \) exactly it gives \( \infty \cdot 0 = \) NaN where PyTorch gives 0.
     *
     * <p>DJL has no binary cross-entropy operation on probabilities, so the graph is built so that its backward
     * is PyTorch's: with \( \bar o \) = {@code o.stopGradient()} (the same numbers, no gradient),
     * \[ L = \mathrm{value}(\bar o) + \sum (g(\bar o) \cdot o - \bar{g \cdot o}) \]
     * The second term is exactly 0 in value (the same finite product minus itself), and its gradient with respect
     * to \( o \) is exactly \( g \): the head gradient 1 through the sum, times \( g \). The value uses
     * \( \log(1 - o) \) where PyTorch 2.x uses {@code log1p(-o)} (DJL has no {@code log1p}); the two differ by
     * at most about \( 10^{-16} \) absolute.
     */
    private NDArray binaryCrossEntropy(NDArray o) {
        NDArray held = o.stopGradient();
        NDArray oneMinusO = held.neg().add(one);
        NDArray logO = held.log().maximum(logFloor);
        NDArray logOneMinusO = oneMinusO.log().maximum(logFloor);
        NDArray value = logO.mul(targets).add(logOneMinusO.mul(oneMinusTargets)).sum(PER_ROW).div(elementCount).neg();
        // binary_cross_entropy_backward: grad * (input - target) / max((1 - input) * input, EPSILON), then / numel
        NDArray gradient = held.sub(targets).div(oneMinusO.mul(held).maximum(bceEpsilon)).div(elementCount);
        NDArray carrier = gradient.mul(o);
        return value.add(carrier.sub(carrier.stopGradient()).sum(PER_ROW));
    }

    /**
     * \( (o - y)^2 \) as \( d \cdot d \): the same numbers as {@code square()} (PyTorch squares by one
     * multiplication, and its derivative \( 2 d \, g \) rounds like \( d g + d g \)), but autograd's
     * {@code MulBackward} is two multiplications where {@code PowBackward} turns the exponent into a tensor,
     * raises \( d \) to the power 1 and multiplies twice: a third of the whole backward pass of the lecture
     * network went there.
     */
    private static NDArray squaredError(NDArray o, NDArray y) {
        NDArray difference = o.sub(y);
        return difference.mul(difference);
    }

    /** The DJL operations of an activation; a constant operand keeps its result in the step's scope (see above). */
    private record EngineOperations(NDArray one) implements bpdiff.network.Activation.Operations<NDArray> {

        @Override
        public NDArray negate(NDArray x) {
            return x.neg();
        }

        @Override
        public NDArray exp(NDArray x) {
            return x.exp();
        }

        @Override
        public NDArray add(NDArray a, NDArray b) {
            return a.add(b);
        }

        @Override
        public NDArray divide(NDArray a, NDArray b) {
            return a.div(b);
        }

        @Override
        public NDArray builtinSigmoid(NDArray x) {
            return EngineBridge.sigmoid(x);
        }

        @Override
        public NDArray relu(NDArray x) {
            return EngineBridge.relu(x);
        }

        @Override
        public NDArray tanh(NDArray x) {
            return x.tanh();
        }

        /**
         * {@code torch.nn.functional.leaky_relu} with the slope as a double: DJL's {@code Activation.leakyRelu} takes
         * a {@code float}, and 0.01f widened is not float64's 0.01. Its backward is PyTorch's
         * {@code leaky_relu_backward}, the slope at 0 as below it (a {@code maximum} of \( z \) and \( 0.01 z \)
         * would split the gradient between its two equal arguments there).
         */
        @Override
        public NDArray leakyRelu(NDArray x, double negativeSlope) {
            return EngineBridge.leakyRelu(x, negativeSlope);
        }
    }

    /** Creates the constant arrays in the working precision. */
    private record Constants(NDManager manager, Precision precision) {

        /** A 0-d array. */
        NDArray scalar(double value) {
            return precision == Precision.FLOAT64
                    ? manager.create(value)
                    : manager.create((float) value);
        }

        /**
         * {@code rows} transposed and repeated: {@code [copies, columns, rows]}; float32 from {@code float}s.
         * Repeating \( x^T \) per configuration makes every layer a batched product of the same shape, so a row
         * of a batch is computed by the same kernel, to the same bits, as a batch of one.
         */
        NDArray transposed(double[][] rows, int copies) {
            int columns = rows[0].length;
            int size = rows.length * columns;
            double[] flat = new double[copies * size];
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < columns; c++) {
                    flat[c * rows.length + r] = rows[r][c];
                }
            }
            for (int copy = 1; copy < copies; copy++) {
                System.arraycopy(flat, 0, flat, copy * size, size);
            }
            return EngineBridge.array(manager, precision, flat, new Shape(copies, columns, rows.length));
        }
    }
}
