package bpdiff.program.run;

/**
 * A value of the running program: Python's {@code None}, bools, ints, floats, strings, lists, tuples, ranges,
 * functions and modules, and numpy arrays. Floats, bools and arrays may carry the id of the tape node that
 * computed them ({@link #NO_NODE} if none).
 */
public interface Value {

    /** The node id of a value with no recorded origin. */
    int NO_NODE = -1;

    /** @return Python's name of the type, for messages: {@code float}, {@code list}, {@code numpy.ndarray} */
    String typeName();
}
