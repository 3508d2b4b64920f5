package bpdiff.program.array;

import java.util.Arrays;

/**
 * An immutable n-dimensional array in row-major order: its elements held as doubles, and the {@link DType} numpy
 * would store them in ({@code float64} unless said otherwise); a scalar has shape {@code []}.
 */
public final class NdArray {

    private final int[] shape;
    private final double[] data;
    private final DType dtype;

    /**
     * Wraps {@code float64} data; the caller gives up the arrays.
     *
     * @param shape the shape
     * @param data the elements, row-major, as many as the shape holds
     */
    public NdArray(int[] shape, double[] data) {
        this(shape, data, DType.FLOAT64);
    }

    /**
     * @param flat elements of several arrays, one after another, row-major
     * @param from where this one's elements start
     * @param shape its shape
     * @return a {@code float64} array of that shape holding its elements, copied
     */
    public static NdArray slice(double[] flat, int from, int[] shape) {
        return new NdArray(shape, Arrays.copyOfRange(flat, from, from + Shapes.size(shape)));
    }

    /**
     * Wraps data of a type; the caller gives up the arrays.
     *
     * @param shape the shape
     * @param data the elements, row-major, as many as the shape holds, each already of the type
     * @param dtype their type
     */
    public NdArray(int[] shape, double[] data, DType dtype) {
        if (Shapes.size(shape) != data.length) {
            throw new IllegalArgumentException("shape " + Shapes.text(shape) + " holds " + Shapes.size(shape)
                    + " elements, not " + data.length);
        }
        this.shape = shape;
        this.data = data;
        this.dtype = dtype;
    }

    /** @return the element type */
    public DType dtype() {
        return dtype;
    }

    /**
     * numpy's {@code astype}: the elements converted to another type (the same array if it is that type).
     *
     * @param type the type
     * @return the converted array
     */
    public NdArray withDType(DType type) {
        if (type == dtype) {
            return this;
        }
        double[] out = new double[data.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = type.cast(data[k]);
        }
        return new NdArray(shape, out, type);
    }

    /**
     * @param value a number
     * @return the scalar (shape {@code []})
     */
    public static NdArray scalar(double value) {
        return new NdArray(new int[0], new double[] {value});
    }

    /**
     * @param value a number
     * @param dtype its type
     * @return the scalar (shape {@code []})
     */
    public static NdArray scalar(double value, DType dtype) {
        return new NdArray(new int[0], new double[] {value}, dtype);
    }

    /**
     * @param values the elements
     * @return the vector (shape {@code [n]})
     */
    public static NdArray vector(double... values) {
        return new NdArray(new int[] {values.length}, values.clone());
    }

    /** @return a copy of the shape */
    public int[] shape() {
        return shape.clone();
    }

    /**
     * The shape without a copy, for code that reads many shapes and keeps or compares them (the replay's grouping of
     * epochs by shape): the caller must not change it.
     *
     * @return the shape, shared
     */
    public int[] shapeView() {
        return shape;
    }

    /**
     * Copies the elements into an array, as {@code System.arraycopy(data(), 0, to, at, size())} without the copy.
     *
     * @param to the destination
     * @param at where the first element goes
     */
    public void copyTo(double[] to, int at) {
        System.arraycopy(data, 0, to, at, data.length);
    }

    /** @return the number of dimensions */
    public int ndim() {
        return shape.length;
    }

    /**
     * @param axis a dimension
     * @return its length
     */
    public int dim(int axis) {
        return shape[axis];
    }

    /** @return the number of elements */
    public int size() {
        return data.length;
    }

    /**
     * @param flat a row-major position
     * @return the element there
     */
    public double get(int flat) {
        return data[flat];
    }

    /** @return a copy of the elements, row-major */
    public double[] data() {
        return data.clone();
    }

    /** @return whether it has shape {@code []} */
    public boolean isScalar() {
        return shape.length == 0;
    }

    /** @return the only element of a one-element array */
    public double item() {
        if (data.length != 1) {
            throw new IllegalStateException("not one element: " + Shapes.text(shape));
        }
        return data[0];
    }

    /** @return the elements, without copying; callers must not change them */
    double[] raw() {
        return data;
    }

    /** @return the shape, without copying; callers must not change it */
    int[] rawShape() {
        return shape;
    }

    @Override
    public String toString() {
        return Shapes.text(shape) + Arrays.toString(data);
    }
}
