package bpdiff.program.array;

import java.util.List;

/**
 * numpy's {@code concatenate} along an axis, as a gather from the inputs' elements one after another (how it is
 * recorded: the concatenation of the flattened inputs, then a gather), and the shapes of {@code expand_dims} and
 * {@code squeeze}.
 */
public final class Joining {

    private Joining() {}

    /**
     * @param shapes the inputs' shapes, at least one, all of the same number of dimensions (at least 1)
     * @param axis the axis to join along, negative from the end
     * @param limit the most elements the result may have
     * @return the result's shape, and for each result element its position in the inputs' elements one after
     *     another
     * @throws ShapeException with numpy's message if the shapes do not fit
     * @throws TooLargeException if the result would have more elements than the limit
     */
    public static Indexing concatenate(List<int[]> shapes, int axis, long limit) {
        if (shapes.isEmpty()) {
            throw new ShapeException("need at least one array to concatenate");
        }
        int ndim = shapes.get(0).length;
        if (ndim == 0) {
            throw new ShapeException("zero-dimensional arrays cannot be concatenated");
        }
        int ax = Reductions.axis(ndim, axis);
        int[] shape = shapes.get(0).clone();
        for (int k = 1; k < shapes.size(); k++) {
            int[] s = shapes.get(k);
            if (s.length != ndim) {
                throw new ShapeException("all the input arrays must have same number of dimensions, but the array at "
                        + "index 0 has " + ndim + " dimension(s) and the array at index " + k + " has " + s.length
                        + " dimension(s)");
            }
            for (int d = 0; d < ndim; d++) {
                if (d != ax && s[d] != shape[d]) {
                    throw new ShapeException("all the input array dimensions except for the concatenation axis must "
                            + "match exactly, but along dimension " + d + ", the array at index 0 has size "
                            + shape[d] + " and the array at index " + k + " has size " + s[d]);
                }
            }
            shape[ax] = (int) Math.min(Integer.MAX_VALUE, (long) shape[ax] + s[ax]);
        }
        TooLargeException.check(shape, limit);
        int outer = 1;
        for (int d = 0; d < ax; d++) {
            outer *= shape[d];
        }
        int inner = 1;
        for (int d = ax + 1; d < ndim; d++) {
            inner *= shape[d];
        }
        int[] positions = new int[Shapes.size(shape)];
        int at = 0;
        for (int o = 0; o < outer; o++) {
            int start = 0;
            for (int[] s : shapes) {
                int run = s[ax] * inner;
                for (int k = 0; k < run; k++) {
                    positions[at++] = start + o * run + k;
                }
                start += Shapes.size(s);
            }
        }
        return new Indexing(shape, positions);
    }

    /**
     * numpy's {@code expand_dims}.
     *
     * @param shape the array's shape
     * @param axis where the new axis of length 1 goes, among {@code ndim + 1} places
     * @return the new shape
     * @throws ShapeException if there is no such place
     */
    public static int[] expandDims(int[] shape, int axis) {
        int ax = Reductions.axis(shape.length + 1, axis);
        int[] out = new int[shape.length + 1];
        for (int k = 0, from = 0; k < out.length; k++) {
            out[k] = k == ax ? 1 : shape[from++];
        }
        return out;
    }

    /**
     * numpy's {@code squeeze}.
     *
     * @param shape the array's shape
     * @param axis the axis to remove, or {@code null} for every axis of length 1
     * @return the new shape
     * @throws ShapeException if the axis does not exist or is not of length 1
     */
    public static int[] squeeze(int[] shape, Integer axis) {
        if (axis != null) {
            int ax = Reductions.axis(shape.length, axis);
            if (shape[ax] != 1) {
                throw new ShapeException("cannot select an axis to squeeze out which has size not equal to one");
            }
            int[] out = new int[shape.length - 1];
            for (int k = 0, to = 0; k < shape.length; k++) {
                if (k != ax) {
                    out[to++] = shape[k];
                }
            }
            return out;
        }
        return java.util.Arrays.stream(shape).filter(d -> d != 1).toArray();
    }
}
