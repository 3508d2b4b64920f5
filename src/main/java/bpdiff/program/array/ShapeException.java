package bpdiff.program.array;

/**
 * An operation numpy refuses (shapes that do not fit, an index out of range, a type it has no loop for), with
 * numpy's wording.
 */
public class ShapeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what does not fit, e.g. {@code operands could not be broadcast together with shapes (2,3) (4,)}
     */
    public ShapeException(String message) {
        super(message, null, false, false);
    }
}
