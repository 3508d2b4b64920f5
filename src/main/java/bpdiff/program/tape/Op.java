package bpdiff.program.tape;

import bpdiff.program.array.DType;
import bpdiff.program.array.Elementwise;
import bpdiff.program.array.Extremes;
import bpdiff.program.array.Float32Kernels;
import bpdiff.program.array.Linear;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.Norms;
import bpdiff.program.array.NumpyTanh;
import bpdiff.program.array.Progress;
import bpdiff.program.array.Reductions;
import bpdiff.program.array.Reshaping;
import bpdiff.program.array.ShapeException;
import bpdiff.program.array.Shapes;
import bpdiff.program.array.Softmax;
import bpdiff.program.array.SvmlMath;
import java.util.Arrays;

/**
 * The operations a program's forward pass is recorded in, each with its numpy meaning computed in double
 * ({@link #apply}) and numpy's result type ({@link OpTypes}); {@link TapeAutograd} replays the same operations
 * on the engine ({@link OpReplay}), and where an operation has a kink, the derivative there is PyTorch's (said at
 * each operation, held to PyTorch 1.13 by {@code tools/numpy_gradients.py}).
 */
public enum Op {
    /** A value that comes from no recorded operation: a literal, a parameter, data. */
    LEAF("leaf"),
    /** \( a + b \), broadcast */
    ADD("+"),
    /** \( a - b \) */
    SUB("-"),
    /** \( a \cdot b \), elementwise */
    MUL("*"),
    /** \( a / b \) */
    DIV("/"),
    /** \( a^b \) */
    POW("**"),
    /** \( -a \) */
    NEG("neg"),
    /** \( e^a \) */
    EXP("exp"),
    /** \( \ln a \) */
    LOG("log"),
    /** \( \sqrt a \) */
    SQRT("sqrt"),
    /** \( \tanh a \) */
    TANH("tanh"),
    /** \( |a| \); PyTorch's \( |a|' = \operatorname{sign} a \), 0 at 0 */
    ABS("abs"),
    /** \( \max(a, b) \), elementwise; at a tie PyTorch gives each side half the gradient */
    MAXIMUM("maximum"),
    /**
     * \( \max(a, 0) \): {@code np.maximum(a, 0)} or {@code np.maximum(0, a)}, the ReLU students write; its derivative
     * is PyTorch's {@code relu}'s, 1 where \( a > 0 \) and 0 elsewhere (0 at 0, not the half a tie of {@code maximum}
     * gives)
     */
    RELU("relu"),
    /** \( \min(a, b) \), elementwise; at a tie each side gets half */
    MINIMUM("minimum"),
    /** \( \sin a \) */
    SIN("sin"),
    /** \( \cos a \) */
    COS("cos"),
    /** \( \ln(1 + a) \) */
    LOG1P("log1p"),
    /**
     * numpy's {@code logaddexp(a, b)} \( = \ln(e^a + e^b) \), computed as numpy does: \( a + \ln 2 \) when
     * \( a = b \), else \( \max(a, b) + \operatorname{log1p}(e^{-|a - b|}) \); its derivative in \( a \) is
     * \( \sigma(a - b) \) (a half each at a tie)
     */
    LOGADDEXP("logaddexp"),
    /** \( \operatorname{sign} a \) (−1, 0, 1); its derivative is 0 everywhere, as PyTorch's */
    SIGN("sign"),
    /**
     * numpy's {@code clip(x, lo, hi)} \( = \min(\max(x, lo), hi) \); as {@code torch.clamp} the gradient reaches
     * {@code x} on the closed interval \( lo \le x \le hi \), {@code lo} where \( x < lo \) and {@code hi} where
     * \( x > hi \)
     */
    CLIP("clip"),
    /**
     * {@code max} over an axis or all elements; along an axis the gradient goes to the arg-max alone (the first
     * among equals, numpy's {@code argmax}), as {@code torch.max(dim)}; over all elements PyTorch's
     * {@code torch.max()} shares it equally among all the elements equal to the maximum
     */
    MAX("max"),
    /** {@code min} over an axis or all elements: {@link #MAX}'s conventions */
    MIN("min"),
    /** {@code prod} over an axis or all: \( \prod_i a_i \), with PyTorch's derivative where elements are 0 */
    PROD("prod"),
    /**
     * {@code np.linalg.norm} of vectors (or all elements): the 2-norm, whose gradient \( a / \lVert a \rVert \) is 0
     * at \( a = 0 \) in PyTorch; the 1-norm, gradient \( \operatorname{sign} a \); the max-norm, gradient
     * \( \operatorname{sign} a \) shared equally among the elements of largest magnitude
     */
    NORM("norm"),
    /** {@code where(c, a, b)}: a where c is not 0, else b */
    WHERE("where"),
    /** \( [a > b] \) as 0/1 */
    GT(">"),
    /** \( [a \ge b] \) */
    GE(">="),
    /** \( [a < b] \) */
    LT("<"),
    /** \( [a \le b] \) */
    LE("<="),
    /** \( [a = b] \) */
    EQ("=="),
    /** \( [a \ne b] \) */
    NE("!="),
    /** the matrix product {@code a @ b} (also {@code np.dot} of arrays) */
    MATMUL("@"),
    /** \( a \otimes b \) */
    OUTER("outer"),
    /** {@code .T} */
    TRANSPOSE("T"),
    /** {@code reshape} */
    RESHAPE("reshape"),
    /** {@code sum} over an axis or all */
    SUM("sum"),
    /** {@code mean} over an axis or all */
    MEAN("mean"),
    /** elements picked by position: indexing, and assignment into an array */
    GATHER("[]"),
    /** every input's elements one after another: {@code np.array([a, b, …])} */
    CONCAT("array"),
    /** repetition to a shape by numpy's broadcasting */
    BROADCAST("broadcast"),
    /**
     * {@code 1 / x} of a tensor as PyTorch computes it, {@code x.reciprocal()}: \( 1/a \), whose derivative PyTorch
     * takes as \( -g \cdot y^2 \) of the result \( y \) (a quotient's would be \( -g \cdot (1/a)/a \), another
     * rounding in float32)
     */
    RECIPROCAL("reciprocal"),
    /** {@code torch.sigmoid}: \( \sigma(a) = 1 / (1 + e^{-a}) \), derivative \( \sigma (1 - \sigma) \) */
    SIGMOID("sigmoid"),
    /** {@code softmax} along an axis: \( e^{a_i} / \sum_j e^{a_j} \) */
    SOFTMAX("softmax"),
    /** {@code log_softmax} along an axis: \( a_i - \ln \sum_j e^{a_j} \) */
    LOG_SOFTMAX("log_softmax"),
    /**
     * The gradient a program's own {@code backward()} gave a tensor: inputs the weights it was taken at and the
     * gradient's value (a leaf); its value is the second input, and only that input is differentiated. Recorded so
     * that what a torch program subtracts is known to come from a derivative, and at which weights.
     */
    GRAD("grad");

    private final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    /** @return how the operation is written in a graph or message */
    public String symbol() {
        return symbol;
    }

    /** @return whether the result is a 0/1 comparison, whose derivative is 0 */
    public boolean isComparison() {
        return this == GT || this == GE || this == LT || this == LE || this == EQ || this == NE;
    }

    /** @return whether the derivative jumps somewhere: finite differences across it are unreliable */
    public boolean hasKink() {
        return isComparison() || switch (this) {
            case ABS, MAXIMUM, RELU, MINIMUM, SIGN, CLIP, MAX, MIN, NORM -> true;
            default -> false;
        };
    }

    /**
     * Computes the operation in double, with numpy's rules, and gives the result numpy's type.
     *
     * @param args its arguments
     * @param in its inputs
     * @return the result
     * @throws ShapeException with numpy's message for shapes or types it refuses
     */
    public NdArray apply(OpArgs args, NdArray... in) {
        return apply(args, Progress.NONE, in);
    }

    /**
     * {@link #apply(OpArgs, NdArray...)}, telling {@code progress} of the {@link #work} done: a matrix product row by
     * row as it goes (so that a caller's time limit holds inside it), any other operation once it is done.
     *
     * @param args its arguments
     * @param progress told of {@link #work} operations in all
     * @param in its inputs
     * @return the result
     * @throws ShapeException with numpy's message for shapes or types it refuses
     */
    public NdArray apply(OpArgs args, Progress progress, NdArray... in) {
        NdArray result;
        if (this == MATMUL) {
            result = Linear.matmul(in[0], in[1], progress);
        } else {
            result = compute(args, in);
            progress.done(work(args, in));
        }
        return result.withDType(OpTypes.resultType(this, in));
    }

    /**
     * How many elements the result will have, known before it is computed (so that a limit holds before the
     * memory is taken).
     *
     * @param args the arguments
     * @param in the inputs
     * @return the count, {@link Long#MAX_VALUE} if more than that
     * @throws ShapeException if the inputs' shapes do not broadcast
     */
    public long resultSize(OpArgs args, NdArray... in) {
        return switch (this) {
            case MATMUL -> (long) (in[0].ndim() < 2 ? 1 : in[0].dim(0)) * (in[1].ndim() < 2 ? 1 : in[1].dim(1));
            case OUTER -> Shapes.count(new int[] {in[0].size(), in[1].size()});
            case CONCAT -> Arrays.stream(in).mapToLong(NdArray::size).sum();
            case GATHER, RESHAPE, BROADCAST -> Shapes.count(args.shape());
            case TRANSPOSE, SUM, MEAN, MAX, MIN, PROD, NORM, SOFTMAX, LOG_SOFTMAX -> in[0].size();
            case GRAD -> in[1].size();
            default -> {
                boolean scalars = true;
                for (NdArray x : in) {
                    scalars &= x.isScalar();
                }
                if (scalars) {
                    yield 1;
                }
                int[] shape = new int[0];
                for (NdArray x : in) {
                    shape = Shapes.broadcast(shape, x.shapeView());
                }
                yield Shapes.count(shape);
            }
        };
    }

    /**
     * How many floating-point operations computing it takes, known before it is computed (so that a run's budget of
     * work is charged before the work is done): \( 2mkn \) for a product of an m×k and a k×n matrix, one per element
     * of the result or of the largest input for the others.
     *
     * @param args the arguments
     * @param in the inputs
     * @return the count, {@link Long#MAX_VALUE} if more than that
     * @throws ShapeException if the inputs' shapes do not broadcast
     */
    public long work(OpArgs args, NdArray... in) {
        long result = resultSize(args, in);
        if (this == MATMUL && in[0].ndim() > 0) {
            long inner = in[0].dim(in[0].ndim() - 1);
            long product = result * inner;
            return inner != 0 && (product / inner != result || product > Long.MAX_VALUE / 2) ? Long.MAX_VALUE
                    : 2 * product;
        }
        long largest = result;
        for (NdArray x : in) {
            largest = Math.max(largest, x.size());
        }
        return largest;
    }

    private NdArray compute(OpArgs args, NdArray... in) {
        return switch (this) {
            case LEAF -> throw new IllegalStateException("a leaf has no operation");
            case ADD -> Elementwise.binary(in[0], in[1], Double::sum);
            case SUB -> Elementwise.binary(in[0], in[1], (a, b) -> a - b);
            case MUL -> Elementwise.binary(in[0], in[1], (a, b) -> a * b);
            case DIV -> Elementwise.binary(in[0], in[1], (a, b) -> a / b);
            case POW -> Elementwise.binary(in[0], in[1], Math::pow);
            case NEG -> Elementwise.unary(in[0], a -> -a);
            case EXP -> in[0].dtype() == DType.FLOAT32 ? Elementwise.unary(in[0], a -> Float32Kernels.exp((float) a))
                    : Elementwise.unary(in[0], SvmlMath::exp);
            case LOG -> in[0].dtype() == DType.FLOAT32 ? Elementwise.unary(in[0], a -> Float32Kernels.log((float) a))
                    : Elementwise.unary(in[0], SvmlMath::log);
            case SQRT -> Elementwise.unary(in[0], Math::sqrt);
            case TANH -> in[0].dtype() == DType.FLOAT32 ? Elementwise.unary(in[0], a -> NumpyTanh.tanh((float) a))
                    : Elementwise.unary(in[0], NumpyTanh::tanh);
            case ABS -> Elementwise.unary(in[0], Math::abs);
            case RELU -> Elementwise.unary(in[0], a -> Double.isNaN(a) ? Double.NaN : Math.max(a, 0));
            case SIN -> Elementwise.unary(in[0], Math::sin);
            case COS -> Elementwise.unary(in[0], Math::cos);
            case LOG1P -> Elementwise.unary(in[0], Math::log1p);
            case LOGADDEXP -> Elementwise.binary(in[0], in[1], Op::logaddexp);
            case SIGN -> Elementwise.unary(in[0], a -> a > 0 ? 1 : a < 0 ? -1 : a == 0 ? 0 : Double.NaN);
            case CLIP -> Elementwise.clip(in[0], in[1], in[2]);
            case MAX, MIN -> Extremes.extreme(in[0], args.axis(), args.keepDims(), this == MAX);
            case PROD -> Reductions.prod(in[0], args.axis(), args.keepDims());
            case NORM -> Norms.norm(in[0], args.order(), args.axis(), args.keepDims());
            case MAXIMUM -> Elementwise.binary(in[0], in[1], (a, b) -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN
                    : Math.max(a, b));
            case MINIMUM -> Elementwise.binary(in[0], in[1], (a, b) -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN
                    : Math.min(a, b));
            case WHERE -> Elementwise.where(in[0], in[1], in[2]);
            case GT -> Elementwise.binary(in[0], in[1], (a, b) -> a > b ? 1 : 0);
            case GE -> Elementwise.binary(in[0], in[1], (a, b) -> a >= b ? 1 : 0);
            case LT -> Elementwise.binary(in[0], in[1], (a, b) -> a < b ? 1 : 0);
            case LE -> Elementwise.binary(in[0], in[1], (a, b) -> a <= b ? 1 : 0);
            case EQ -> Elementwise.binary(in[0], in[1], (a, b) -> a == b ? 1 : 0);
            case NE -> Elementwise.binary(in[0], in[1], (a, b) -> a != b ? 1 : 0);
            case MATMUL -> Linear.matmul(in[0], in[1]);
            case OUTER -> Linear.outer(in[0], in[1]);
            case TRANSPOSE -> Reshaping.transpose(in[0]);
            case RESHAPE -> Reshaping.reshape(in[0], args.shape());
            case SUM -> Reductions.sum(in[0], args.axis(), args.keepDims());
            case MEAN -> Reductions.mean(in[0], args.axis(), args.keepDims());
            case GATHER -> Reshaping.gather(in[0], args.positions(), args.shape());
            case CONCAT -> Reshaping.concat(Arrays.asList(in));
            case BROADCAST -> Reshaping.broadcastTo(in[0], args.shape());
            case SIGMOID -> Elementwise.unary(in[0], a -> 1 / (1 + Math.exp(-a)));
            case RECIPROCAL -> Elementwise.unary(in[0], a -> 1 / a);
            case SOFTMAX, LOG_SOFTMAX -> Softmax.of(in[0], args.axis(), this == LOG_SOFTMAX);
            case GRAD -> in[1];
        };
    }

    /** numpy's {@code npy_logaddexp}: exact at a tie (infinities of one sign too), NaN in, NaN out. */
    private static double logaddexp(double a, double b) {
        if (a == b) {
            return a + LN2;
        }
        double d = a - b;
        return d > 0 ? a + Math.log1p(Math.exp(-d)) : d <= 0 ? b + Math.log1p(Math.exp(d)) : d;
    }

    /** \( \ln 2 \) rounded to a double, numpy's {@code NPY_LOGE2}. */
    private static final double LN2 = 0.693147180559945309417232121458176568;
}
