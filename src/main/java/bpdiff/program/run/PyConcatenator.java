package bpdiff.program.run;

/**
 * numpy's index tricks {@code np.c_} and {@code np.r_}: objects that join what they are subscripted with
 * ({@code np.c_[np.ones(n), X]}, {@code np.r_[w.ravel(), 0.0]}), joined by {@link NumpyShapes#concatenator}.
 */
public enum PyConcatenator implements Value {
    /** {@code np.c_}: along the last axis, each item made at least 2-dimensional, a vector as a column. */
    COLUMNS,
    /** {@code np.r_}: along the first axis, a number as a vector of one, a slice as {@code np.arange}. */
    ROWS;

    @Override
    public String typeName() {
        return this == COLUMNS ? "CClass" : "RClass";
    }
}
