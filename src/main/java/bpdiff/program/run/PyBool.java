package bpdiff.program.run;

/**
 * {@code True} or {@code False}; a comparison of recorded values keeps its node, so that a ReLU derivative
 * written {@code (z > 0)} is on the tape.
 *
 * @param value the truth value
 * @param node its tape node, or {@link Value#NO_NODE}
 */
public record PyBool(boolean value, int node) implements Value {

    /** @return {@code True} or {@code False} */
    public static PyBool of(boolean value) {
        return new PyBool(value, NO_NODE);
    }

    @Override
    public String typeName() {
        return "bool";
    }
}
