package bpdiff.program.run;

/**
 * A Python {@code float} or numpy scalar.
 *
 * @param value the number
 * @param node its tape node, or {@link Value#NO_NODE} for a constant
 */
public record PyFloat(double value, int node) implements Value {

    /**
     * @param value a number
     * @return a constant float
     */
    public static PyFloat of(double value) {
        return new PyFloat(value, NO_NODE);
    }

    @Override
    public String typeName() {
        return "float";
    }
}
