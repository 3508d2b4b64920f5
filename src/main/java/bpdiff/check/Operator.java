package bpdiff.check;

/**
 * A binary operator, with Python's precedence: {@code **} binds tighter than unary minus, which binds
 * tighter than {@code * /}, which bind tighter than {@code + -}.
 */
public enum Operator {
    /** \( a + b \) */
    ADD("+", 1),
    /** \( a - b \) */
    SUBTRACT("-", 1),
    /** \( a \cdot b \) */
    MULTIPLY("*", 2),
    /** \( a / b \); a zero divisor is an error, as in Python. */
    DIVIDE("/", 2),
    /** \( a^b \), right-associative. */
    POWER("**", 4);

    private final String symbol;
    private final int precedence;

    Operator(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    /** @return how it is written */
    public String symbol() {
        return symbol;
    }

    /** @return binding strength; higher binds tighter (unary minus is 3) */
    public int precedence() {
        return precedence;
    }

    /**
     * Applies the operator.
     *
     * @param a the left operand
     * @param b the right operand
     * @return {@code a op b}
     */
    public double apply(double a, double b) {
        return switch (this) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case DIVIDE -> a / b;
            case POWER -> Math.pow(a, b);
        };
    }
}
