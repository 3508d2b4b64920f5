package bpdiff.program.array;

/** A result that would have more elements than the caller's limit, found before anything was allocated. */
public final class TooLargeException extends ShapeException {

    private static final long serialVersionUID = 1L;

    private final long count;

    /**
     * @param count the number of elements the result would have ({@link Long#MAX_VALUE} if more)
     */
    public TooLargeException(long count) {
        super("a result of " + count + " elements is too large");
        this.count = count;
    }

    /** @return the number of elements the result would have */
    public long count() {
        return count;
    }

    /**
     * @param shape a result's shape
     * @param limit the most elements allowed
     * @throws TooLargeException if the shape holds more
     */
    public static void check(int[] shape, long limit) {
        long count = Shapes.count(shape);
        if (count > limit) {
            throw new TooLargeException(count);
        }
    }
}
