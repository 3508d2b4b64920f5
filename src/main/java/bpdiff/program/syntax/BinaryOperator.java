package bpdiff.program.syntax;

/** The binary arithmetic operators of the subset, with how Python writes them. */
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
    MATMUL("@");

    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** @return how it is written */
    public String symbol() {
        return symbol;
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
