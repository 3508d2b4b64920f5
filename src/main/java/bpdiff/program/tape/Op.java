package bpdiff.program.tape;

import bpdiff.program.array.Elementwise;
import bpdiff.program.array.Linear;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.Reductions;
import bpdiff.program.array.Reshaping;
import java.util.Arrays;

/**
 * The operations a program's forward pass is recorded in, each with its numpy meaning computed in double
 * ({@link #apply}); {@link TapeAutograd} replays the same operations on the engine.
 */
public enum Op {
    /** A value that comes from no recorded operation: a literal, a parameter, data. */
    LEAF("leaf", 0),
    /** \( a + b \), broadcast */
    ADD("+", 2),
    /** \( a - b \) */
    SUB("-", 2),
    /** \( a \cdot b \), elementwise */
    MUL("*", 2),
    /** \( a / b \) */
    DIV("/", 2),
    /** \( a^b \) */
    POW("**", 2),
    /** \( -a \) */
    NEG("neg", 1),
    /** \( e^a \) */
    EXP("exp", 1),
    /** \( \ln a \) */
    LOG("log", 1),
    /** \( \sqrt a \) */
    SQRT("sqrt", 1),
    /** \( \tanh a \) */
    TANH("tanh", 1),
    /** \( |a| \) */
    ABS("abs", 1),
    /** \( \max(a, b) \), elementwise */
    MAXIMUM("maximum", 2),
    /** \( \min(a, b) \), elementwise */
    MINIMUM("minimum", 2),
    /** {@code where(c, a, b)}: a where c is not 0, else b */
    WHERE("where", 3),
    /** \( [a > b] \) as 0/1 */
    GT(">", 2),
    /** \( [a \ge b] \) */
    GE(">=", 2),
    /** \( [a < b] \) */
    LT("<", 2),
    /** \( [a \le b] \) */
    LE("<=", 2),
    /** \( [a = b] \) */
    EQ("==", 2),
    /** \( [a \ne b] \) */
    NE("!=", 2),
    /** the matrix product {@code a @ b} (also {@code np.dot} of arrays) */
    MATMUL("@", 2),
    /** \( a \otimes b \) */
    OUTER("outer", 2),
    /** {@code .T} */
    TRANSPOSE("T", 1),
    /** {@code reshape} */
    RESHAPE("reshape", 1),
    /** {@code sum} over an axis or all */
    SUM("sum", 1),
    /** {@code mean} over an axis or all */
    MEAN("mean", 1),
    /** elements picked by position: indexing, and assignment into an array */
    GATHER("[]", 1),
    /** every input's elements one after another: {@code np.array([a, b, …])} */
    CONCAT("array", -1),
    /** repetition to a shape by numpy's broadcasting */
    BROADCAST("broadcast", 1);

    private final String symbol;
    private final int arity;

    Op(String symbol, int arity) {
        this.symbol = symbol;
        this.arity = arity;
    }

    /** @return how the operation is written in a graph or message */
    public String symbol() {
        return symbol;
    }

    /** @return the number of inputs, −1 for any */
    public int arity() {
        return arity;
    }

    /** @return whether the result is a 0/1 comparison, whose derivative is 0 */
    public boolean isComparison() {
        return this == GT || this == GE || this == LT || this == LE || this == EQ || this == NE;
    }

    /** @return whether the derivative jumps somewhere: finite differences across it are unreliable */
    public boolean hasKink() {
        return isComparison() || this == ABS || this == MAXIMUM || this == MINIMUM;
    }

    /**
     * Computes the operation in double, with numpy's rules.
     *
     * @param args its arguments
     * @param in its inputs
     * @return the result
     */
    public NdArray apply(OpArgs args, NdArray... in) {
        return switch (this) {
            case LEAF -> throw new IllegalStateException("a leaf has no operation");
            case ADD -> Elementwise.binary(in[0], in[1], Double::sum);
            case SUB -> Elementwise.binary(in[0], in[1], (a, b) -> a - b);
            case MUL -> Elementwise.binary(in[0], in[1], (a, b) -> a * b);
            case DIV -> Elementwise.binary(in[0], in[1], (a, b) -> a / b);
            case POW -> Elementwise.binary(in[0], in[1], Math::pow);
            case NEG -> Elementwise.unary(in[0], a -> -a);
            case EXP -> Elementwise.unary(in[0], Math::exp);
            case LOG -> Elementwise.unary(in[0], Math::log);
            case SQRT -> Elementwise.unary(in[0], Math::sqrt);
            case TANH -> Elementwise.unary(in[0], Math::tanh);
            case ABS -> Elementwise.unary(in[0], Math::abs);
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
        };
    }
}
