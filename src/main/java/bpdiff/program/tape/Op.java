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
    /** \( |a| \) */
    ABS("abs"),
    /** \( \max(a, b) \), elementwise */
    MAXIMUM("maximum"),
    /** \( \min(a, b) \), elementwise */
    MINIMUM("minimum"),
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
    BROADCAST("broadcast");

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
