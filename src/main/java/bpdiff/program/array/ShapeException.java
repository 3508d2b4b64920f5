package bpdiff.program.array;

/** An operation on arrays whose shapes do not fit, with numpy's wording. */
public final class ShapeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what does not fit, e.g. {@code operands could not be broadcast together with shapes (2,3) (4,)}
     */
    public ShapeException(String message) {
        super(message, null, false, false);
    }
}
