package bpdiff.program.run;

/**
 * {@code True} or {@code False}, Python's or numpy's ({@code np.bool_}: an element of a boolean array, a comparison
 * of numpy numbers, {@code np.all(…)}, {@code np.True_}), which prints alike but whose {@code ~} is a logical not
 * (Python's {@code ~True} is -2); a comparison of recorded values keeps its node, so that a ReLU derivative written
 * {@code (z > 0)} is on the tape.
 *
 * @param value the truth value
 * @param node its tape node, or {@link Value#NO_NODE}
 * @param numpy whether it is numpy's {@code bool_}
 */
public record PyBool(boolean value, int node, boolean numpy) implements Value {

    /**
     * Python's bool.
     *
     * @param value the truth value
     * @param node its tape node, or {@link Value#NO_NODE}
     */
    public PyBool(boolean value, int node) {
        this(value, node, false);
    }

    /** @return Python's {@code True} or {@code False} */
    public static PyBool of(boolean value) {
        return new PyBool(value, NO_NODE);
    }

    /** @return the same truth value as Python's bool */
    PyBool python() {
        return numpy ? new PyBool(value, node) : this;
    }

    @Override
    public String typeName() {
        return numpy ? "numpy.bool_" : "bool";
    }
}
