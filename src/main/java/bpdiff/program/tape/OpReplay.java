package bpdiff.program.tape;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import bpdiff.gradient.EngineBridge;
import bpdiff.gradient.Precision;

/**
 * Each recorded {@link Op} as DJL computes it on the PyTorch engine, with numpy's meaning: a 1-D operand of
 * {@code @} is a row or a column and loses that dimension again, {@code outer} flattens, {@code .T} reverses
 * the axes, indexing is a {@code take} of the recorded positions, comparisons give 0/1 in the working
 * precision (their derivative is 0). The derivatives at kinks are the engine's own ({@code torch.max(dim)},
 * {@code torch.max()}, {@code torch.norm}, {@code torch.sign}) or, where DJL has no such operation, built to be
 * PyTorch's ({@code clamp}, the max-norm); {@link Op} says which.
 */
final class OpReplay {

    private final NDManager manager;
    private final Precision precision;

    /**
     * @param manager the replay's manager
     * @param precision the working precision
     */
    OpReplay(NDManager manager, Precision precision) {
        this.manager = manager;
        this.precision = precision;
    }

    /**
     * @param op the operation
     * @param args its arguments
     * @param in its inputs on the engine
     * @return its result on the engine
     */
    NDArray apply(Op op, OpArgs args, NDArray[] in) {
        return switch (op) {
            case LEAF -> throw new IllegalStateException("a leaf is not replayed");
            case ADD -> in[0].add(in[1]);
            case SUB -> in[0].sub(in[1]);
            case MUL -> in[0].mul(in[1]);
            case DIV -> in[0].div(in[1]);
            case POW -> in[0].pow(in[1]);
            case NEG -> in[0].neg();
            case EXP -> in[0].exp();
            case LOG -> in[0].log();
            case SQRT -> in[0].sqrt();
            case TANH -> in[0].tanh();
            case ABS -> in[0].abs();
            case RELU -> EngineBridge.relu(in[0]);
            case SIN -> in[0].sin();
            case COS -> in[0].cos();
            case LOG1P -> in[0].add(1).log(); // DJL has no log1p; the derivative 1 / (1 + a) is torch.log1p's
            case LOGADDEXP -> logaddexp(in[0], in[1]);
            case SIGN -> in[0].sign();
            case CLIP -> clip(in[0], in[1], in[2]);
            case MAX, MIN, PROD -> extreme(op, args, in[0]);
            case NORM -> norm(args, in[0]);
            case MAXIMUM -> in[0].maximum(in[1]);
            case MINIMUM -> in[0].minimum(in[1]);
            case WHERE -> NDArrays.where(in[0].neq(0), in[1], in[2]);
            case GT -> bool(in[0].gt(in[1]));
            case GE -> bool(in[0].gte(in[1]));
            case LT -> bool(in[0].lt(in[1]));
            case LE -> bool(in[0].lte(in[1]));
            case EQ -> bool(in[0].eq(in[1]));
            case NE -> bool(in[0].neq(in[1]));
            case MATMUL -> matmul(in[0], in[1]);
            case OUTER -> in[0].reshape(in[0].size(), 1).mul(in[1].reshape(1, in[1].size()));
            case TRANSPOSE -> in[0].getShape().dimension() < 2 ? in[0] : in[0].transpose();
            case RESHAPE, BROADCAST -> op == Op.RESHAPE ? in[0].reshape(shape(args.shape()))
                    : in[0].broadcast(shape(args.shape()));
            case SUM, MEAN -> reduce(op, args, in[0]);
            case GATHER -> gather(args, in[0]);
            case CONCAT -> concat(in);
            case SIGMOID -> EngineBridge.sigmoid(in[0]);
            case RECIPROCAL -> EngineBridge.reciprocal(in[0]);
            case SOFTMAX, LOG_SOFTMAX -> softmax(op, args, in[0]);
            case GRAD -> in[1];
        };
    }

    /** torch.softmax / torch.log_softmax along the recorded axis (negative counts from the end). */
    private static NDArray softmax(Op op, OpArgs args, NDArray x) {
        int ndim = x.getShape().dimension();
        if (ndim == 0) {
            return op == Op.SOFTMAX ? x.onesLike() : x.zerosLike();
        }
        int axis = args.axis() == null ? 0 : args.axis() < 0 ? args.axis() + ndim : args.axis();
        return op == Op.SOFTMAX ? x.softmax(axis) : x.logSoftmax(axis);
    }

    /** torch.clamp with tensor bounds: \( \min(\max(x, lo), hi) \) by two selections, x kept at the bounds. */
    /**
     * \( \ln(e^a + e^b) = m + \ln(e^{a - m} + e^{b - m}) \) with \( m = \max(a, b) \) held constant: its derivative in
     * \( a \) is \( \sigma(a - b) \), a half each at a tie, as {@code torch.logaddexp}'s.
     */
    private static NDArray logaddexp(NDArray a, NDArray b) {
        NDArray m = a.maximum(b).stopGradient();
        return a.sub(m).exp().add(b.sub(m).exp()).log().add(m);
    }

    private static NDArray clip(NDArray x, NDArray lo, NDArray hi) {
        NDArray low = NDArrays.where(x.lt(lo), lo.broadcast(x.getShape()), x);
        return NDArrays.where(low.gt(hi), hi.broadcast(low.getShape()), low);
    }

    /** max, min (torch.max() over all, torch.max(dim) along an axis) and prod. */
    private static NDArray extreme(Op op, OpArgs args, NDArray x) {
        int ndim = x.getShape().dimension();
        if (args.axis() == null) {
            NDArray all = op == Op.MAX ? x.max() : op == Op.MIN ? x.min() : x.prod();
            return args.keepDims() ? all.reshape(new Shape(ones(ndim))) : all;
        }
        int[] axis = {args.axis() < 0 ? args.axis() + ndim : args.axis()};
        return op == Op.MAX ? x.max(axis, args.keepDims()) : op == Op.MIN ? x.min(axis, args.keepDims())
                : x.prod(axis, args.keepDims());
    }

    /**
     * The 2- and 1-norms are torch.norm's; the max-norm is \( \sum_i |x_i| m_i / \sum_i m_i \) with the constant
     * mask \( m \) of the largest magnitudes: its value is the maximum and its gradient PyTorch's, the sign shared
     * equally among them.
     */
    private NDArray norm(OpArgs args, NDArray x) {
        int ndim = x.getShape().dimension();
        if (args.order() != Double.POSITIVE_INFINITY) {
            int[] axes = args.axis() == null ? java.util.stream.IntStream.range(0, ndim).toArray()
                    : new int[] {args.axis() < 0 ? args.axis() + ndim : args.axis()};
            return x.norm((int) args.order(), axes, args.keepDims());
        }
        NDArray magnitude = args.axis() == null ? x.abs().reshape(x.size()) : x.abs();
        int[] axis = {args.axis() == null ? 0 : args.axis() < 0 ? args.axis() + ndim : args.axis()};
        NDArray largest = magnitude.max(axis, true);
        NDArray mask = magnitude.eq(largest).toType(precision.dataType(), false);
        NDArray norm = magnitude.mul(mask).sum(axis, args.keepDims()).div(mask.sum(axis, args.keepDims()));
        return args.axis() == null && args.keepDims() ? norm.reshape(new Shape(ones(ndim))) : norm;
    }

    private static long[] ones(int n) {
        long[] ones = new long[n];
        java.util.Arrays.fill(ones, 1);
        return ones;
    }

    private NDArray bool(NDArray comparison) {
        return comparison.toType(precision.dataType(), false);
    }

    /** numpy's {@code @} for 1-D and 2-D operands. */
    private static NDArray matmul(NDArray a, NDArray b) {
        boolean rowVector = a.getShape().dimension() == 1;
        boolean columnVector = b.getShape().dimension() == 1;
        NDArray left = rowVector ? a.reshape(1, a.size()) : a;
        NDArray right = columnVector ? b.reshape(b.size(), 1) : b;
        NDArray product = left.matMul(right);
        if (rowVector && columnVector) {
            return product.reshape(new Shape());
        }
        if (rowVector || columnVector) {
            return product.reshape(product.size());
        }
        return product;
    }

    private static NDArray reduce(Op op, OpArgs args, NDArray x) {
        int ndim = x.getShape().dimension();
        if (args.axis() == null) {
            NDArray all = op == Op.SUM ? x.sum() : x.mean();
            if (!args.keepDims()) {
                return all;
            }
            long[] ones = new long[ndim];
            java.util.Arrays.fill(ones, 1);
            return all.reshape(new Shape(ones));
        }
        int axis = args.axis() < 0 ? args.axis() + ndim : args.axis();
        return op == Op.SUM ? x.sum(new int[] {axis}, args.keepDims()) : x.mean(new int[] {axis}, args.keepDims());
    }

    private NDArray gather(OpArgs args, NDArray x) {
        long[] positions = new long[args.positions().length];
        for (int k = 0; k < positions.length; k++) {
            positions[k] = args.positions()[k];
        }
        NDArray index = manager.create(positions);
        return x.reshape(x.size()).take(manager, index).reshape(shape(args.shape()));
    }

    private static NDArray concat(NDArray[] in) {
        NDList parts = new NDList(in.length);
        for (NDArray part : in) {
            parts.add(part.reshape(part.size()));
        }
        return NDArrays.concat(parts);
    }

    private static Shape shape(int[] dims) {
        long[] longs = new long[dims.length];
        for (int k = 0; k < dims.length; k++) {
            longs[k] = dims[k];
        }
        return new Shape(longs);
    }
}
