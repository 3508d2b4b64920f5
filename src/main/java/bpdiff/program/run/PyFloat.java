package bpdiff.program.run;

/**
 * A Python {@code float} or a numpy {@code float64} scalar. The two print, compare and hash alike (numpy's
 * {@code float64} subclasses {@code float}); they differ in arithmetic on the edge, which is why the flag is kept:
 * a numpy scalar divided by zero is {@code inf} or {@code nan} (numpy warns, the program goes on) where a float
 * raises {@code ZeroDivisionError}, and its power overflows to {@code inf} where a float raises {@code OverflowError}.
 *
 * @param value the number
 * @param node its tape node, or {@link Value#NO_NODE} for a constant
 * @param numpy whether it is a numpy scalar: the result of a numpy function or of an operation on one
 * @param single whether it is a numpy {@code float32} scalar (an element, sum or mean of a float32 array): its value
 *     is a float32's, it prints by the fewest digits that read back in float32 ({@code 1.2215134}), and it stays
 *     float32 in arithmetic with float32 values, float64 with Python numbers (numpy 1.24's promotion of scalars)
 */
public record PyFloat(double value, int node, boolean numpy, boolean single) implements Value {

    /**
     * A Python float or a numpy float64.
     *
     * @param value the number
     * @param node its tape node
     * @param numpy whether it is a numpy scalar
     */
    public PyFloat(double value, int node, boolean numpy) {
        this(value, node, numpy, false);
    }

    /**
     * A Python float.
     *
     * @param value the number
     * @param node its tape node, or {@link Value#NO_NODE}
     */
    public PyFloat(double value, int node) {
        this(value, node, false);
    }

    /**
     * @param value a number
     * @return a constant float
     */
    public static PyFloat of(double value) {
        return new PyFloat(value, NO_NODE);
    }

    /**
     * @param other a node
     * @return this number, of the same kind, on that node
     */
    public PyFloat on(int other) {
        return new PyFloat(value, other, numpy, single);
    }

    /** @return this number as a Python float ({@code float(x)}, {@code x.item()}, a {@code math} function's) */
    public PyFloat python() {
        return numpy ? new PyFloat(value, node) : this;
    }

    @Override
    public String typeName() {
        return "float";
    }
}
