package bpdiff.program.tape;

/**
 * What an operation needs besides its inputs.
 *
 * @param axis for {@link Op#SUM} and {@link Op#MEAN}: the axis, or {@code null} for all
 * @param keepDims for {@link Op#SUM} and {@link Op#MEAN}: numpy's {@code keepdims}
 * @param shape for {@link Op#RESHAPE}, {@link Op#BROADCAST} and {@link Op#GATHER}: the result's shape
 * @param positions for {@link Op#GATHER}: the flat input position of every result element
 */
public record OpArgs(Integer axis, boolean keepDims, int[] shape, int[] positions) {

    /** No arguments. */
    public static final OpArgs NONE = new OpArgs(null, false, null, null);

    /**
     * @param axis the axis, or {@code null}
     * @param keepDims numpy's {@code keepdims}
     * @return the arguments of a reduction
     */
    public static OpArgs reduction(Integer axis, boolean keepDims) {
        return new OpArgs(axis, keepDims, null, null);
    }

    /**
     * @param shape the result's shape
     * @return the arguments of a reshape or broadcast
     */
    public static OpArgs shape(int[] shape) {
        return new OpArgs(null, false, shape.clone(), null);
    }

    /**
     * @param positions the input position of every result element
     * @param shape the result's shape
     * @return the arguments of a gather
     */
    public static OpArgs gather(int[] positions, int[] shape) {
        return new OpArgs(null, false, shape.clone(), positions.clone());
    }
}
