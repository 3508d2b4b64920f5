package bpdiff.program.tape;

/**
 * What an operation needs besides its inputs.
 *
 * @param axis for the reductions ({@link Op#SUM}, {@link Op#MEAN}, {@link Op#MAX}, {@link Op#MIN}, {@link Op#PROD},
 *     {@link Op#NORM}): the axis, or {@code null} for all
 * @param keepDims for the reductions: numpy's {@code keepdims}
 * @param shape for {@link Op#RESHAPE}, {@link Op#BROADCAST} and {@link Op#GATHER}: the result's shape
 * @param positions for {@link Op#GATHER}: the flat input position of every result element
 * @param order for {@link Op#NORM}: 1, 2 or \( \infty \)
 */
public record OpArgs(Integer axis, boolean keepDims, int[] shape, int[] positions, double order) {

    /** No arguments. */
    public static final OpArgs NONE = new OpArgs(null, false, null, null, 0);

    /**
     * @param axis the axis, or {@code null}
     * @param keepDims numpy's {@code keepdims}
     * @return the arguments of a reduction
     */
    public static OpArgs reduction(Integer axis, boolean keepDims) {
        return new OpArgs(axis, keepDims, null, null, 0);
    }

    /**
     * @param order 1, 2 or \( \infty \)
     * @param axis the axis, or {@code null} for all elements
     * @param keepDims numpy's {@code keepdims}
     * @return the arguments of a norm
     */
    public static OpArgs norm(double order, Integer axis, boolean keepDims) {
        return new OpArgs(axis, keepDims, null, null, order);
    }

    /**
     * @param shape the result's shape
     * @return the arguments of a reshape or broadcast
     */
    public static OpArgs shape(int[] shape) {
        return new OpArgs(null, false, shape.clone(), null, 0);
    }

    /**
     * @param positions the input position of every result element
     * @param shape the result's shape
     * @return the arguments of a gather
     */
    public static OpArgs gather(int[] positions, int[] shape) {
        return new OpArgs(null, false, shape.clone(), positions.clone(), 0);
    }
}
