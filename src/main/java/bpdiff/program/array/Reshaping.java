package bpdiff.program.array;

import java.util.List;

/** Operations that move elements without computing: transpose, reshape, gather, concatenation, broadcast. */
public final class Reshaping {

    private Reshaping() {}

    /**
     * numpy's {@code .T}: the axes in reverse order (a vector stays as it is).
     *
     * @param a the array
     * @return the transpose
     */
    public static NdArray transpose(NdArray a) {
        int[] shape = a.shape();
        int n = shape.length;
        int[] reversed = new int[n];
        for (int k = 0; k < n; k++) {
            reversed[k] = shape[n - 1 - k];
        }
        int[] from = Shapes.strides(shape);
        int[] to = Shapes.strides(reversed);
        double[] out = new double[a.size()];
        for (int flat = 0; flat < out.length; flat++) {
            int source = 0;
            for (int k = 0; k < n; k++) {
                int coordinate = flat / to[k] % reversed[k];
                source += coordinate * from[n - 1 - k];
            }
            out[flat] = a.raw()[source];
        }
        return new NdArray(reversed, out, a.dtype());
    }

    /**
     * numpy's {@code reshape}, one dimension may be −1.
     *
     * @param a the array
     * @param shape the new shape
     * @return the same elements in that shape
     * @throws ShapeException if the sizes differ
     */
    public static NdArray reshape(NdArray a, int[] shape) {
        int[] resolved = resolve(shape, a.size(), a.rawShape());
        return new NdArray(resolved, a.raw(), a.dtype());
    }

    /**
     * Resolves a −1 in a requested shape.
     *
     * @param shape the requested shape
     * @param size the number of elements
     * @param from the current shape, for the message
     * @return the shape without −1
     * @throws ShapeException if it cannot hold exactly {@code size} elements
     */
    public static int[] resolve(int[] shape, int size, int[] from) {
        int[] resolved = shape.clone();
        int unknown = -1;
        long known = 1;
        for (int k = 0; k < shape.length; k++) {
            if (shape[k] == -1 && unknown < 0) {
                unknown = k;
            } else if (shape[k] < 0) {
                throw new ShapeException("can only specify one unknown dimension");
            } else {
                known *= shape[k];
            }
        }
        if (unknown >= 0 && known > 0 && size % known == 0) {
            resolved[unknown] = (int) (size / known);
            known = size;
        }
        if (known != size) {
            throw new ShapeException("cannot reshape array of size " + size + " (shape " + Shapes.text(from)
                    + ") into shape " + Shapes.text(shape));
        }
        return resolved;
    }

    /**
     * @param a the array
     * @param index for each result element, the flat position of {@code a} it copies
     * @param shape the result's shape
     * @return the gathered array
     */
    public static NdArray gather(NdArray a, int[] index, int[] shape) {
        double[] out = new double[index.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = a.raw()[index[k]];
        }
        return new NdArray(shape.clone(), out, a.dtype());
    }

    /**
     * @param parts arrays of any shapes
     * @return their elements one after another, as a vector
     */
    public static NdArray concat(List<NdArray> parts) {
        int size = parts.stream().mapToInt(NdArray::size).sum();
        double[] out = new double[size];
        int at = 0;
        for (NdArray part : parts) {
            System.arraycopy(part.raw(), 0, out, at, part.size());
            at += part.size();
        }
        return new NdArray(new int[] {size}, out);
    }

    /**
     * @param a the array
     * @param shape a shape it broadcasts to
     * @return it repeated to that shape
     * @throws ShapeException if it does not broadcast to exactly that shape
     */
    public static NdArray broadcastTo(NdArray a, int[] shape) {
        int[] result;
        try {
            result = Shapes.broadcast(a.rawShape(), shape);
        } catch (ShapeException e) {
            result = null;
        }
        if (!java.util.Arrays.equals(result, shape)) {
            throw new ShapeException("could not broadcast input array from shape " + Shapes.text(a.rawShape())
                    + " into shape " + Shapes.text(shape));
        }
        return gather(a, Shapes.broadcastIndex(a.rawShape(), shape), shape);
    }
}
