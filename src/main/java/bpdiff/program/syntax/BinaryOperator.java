package bpdiff.program.syntax;

/** The binary operators of the subset (arithmetic and bitwise), with how Python writes them. */
public enum BinaryOperator {
    /** \( a + b \) */
    ADD("+"),
    /** \( a - b \) */
    SUBTRACT("-"),
    /** \( a \cdot b \), elementwise for arrays */
    MULTIPLY("*"),
    /** \( a / b \) */
    DIVIDE("/"),
    /** \( \lfloor a / b \rfloor \) */
    FLOOR_DIVIDE("//"),
    /** \( a \bmod b \), Python's sign convention; also {@code "%.4f" % x} */
    MODULO("%"),
    /** \( a^b \) */
    POWER("**"),
    /** the matrix product {@code a @ b} */
    MATMUL("@"),
    /** {@code a | b}: bitwise or of ints, logical or of bools and bool arrays, set union, dict merge */
    BIT_OR("|"),
    /** {@code a ^ b}: bitwise exclusive or, symmetric difference of sets (not a power) */
    BIT_XOR("^"),
    /** {@code a & b}: bitwise and of ints, logical and of bools and bool arrays, set intersection */
    BIT_AND("&"),
    /** \( a \cdot 2^b \) of ints */
    LEFT_SHIFT("<<"),
    /** \( \lfloor a / 2^b \rfloor \) of ints */
    RIGHT_SHIFT(">>");

    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** @return how it is written */
    public String symbol() {
        return symbol;
    }

    /** @return whether it is one of {@code | ^ & << >>}, which bind more loosely than {@code + -} */
    public boolean isBitwise() {
        return this == BIT_OR || this == BIT_XOR || this == BIT_AND || this == LEFT_SHIFT || this == RIGHT_SHIFT;
    }

    /**
     * The operator of a symbol.
     *
     * @param symbol e.g. {@code **}
     * @return the operator, or {@code null}
     */
    public static BinaryOperator of(String symbol) {
        for (BinaryOperator op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        return null;
    }
}
