package bpdiff.program.array;

import java.util.ArrayList;
import java.util.List;

/**
 * numpy's basic indexing ({@code a[1]}, {@code a[:, 0]}, {@code a[::-1]}, {@code a[:, None]}) as a gather: for
 * every element of the result, the flat position in the indexed array it comes from. The same map reads a
 * sub-array ({@link #select}) and says where an assignment {@code a[…] = v} writes.
 *
 * @param shape the result's shape
 * @param positions for each result element, row-major, the flat position in the indexed array
 */
public record Indexing(int[] shape, int[] positions) {

    /**
     * Resolves a subscript against an array's shape.
     *
     * @param of the indexed array's shape
     * @param indices the subscript's entries
     * @return the result's shape and positions
     * @throws ShapeException for too many indices or an index out of range
     */
    public static Indexing of(int[] of, List<Index> indices) {
        long real = indices.stream().filter(i -> !(i instanceof Index.NewAxis)).count();
        if (real > of.length) {
            throw new ShapeException("too many indices for array: array is " + of.length + "-dimensional, but "
                    + real + " were indexed");
        }
        int[] strides = Shapes.strides(of);
        int base = 0;
        List<int[]> axes = new ArrayList<>();
        List<Integer> axisStrides = new ArrayList<>();
        int dim = 0;
        List<Index> all = new ArrayList<>(indices);
        for (long k = real; k < of.length; k++) {
            all.add(new Index.Range(null, null, null));
        }
        for (Index index : all) {
            if (index instanceof Index.NewAxis) {
                axes.add(new int[] {0});
                axisStrides.add(0);
            } else if (index instanceof Index.At at) {
                long p = at.position() < 0 ? at.position() + of[dim] : at.position();
                if (p < 0 || p >= of[dim]) {
                    throw new ShapeException("index " + at.position() + " is out of bounds for axis " + dim
                            + " with size " + of[dim]);
                }
                base += (int) p * strides[dim];
                dim++;
            } else {
                axes.add(((Index.Range) index).positions(of[dim]));
                axisStrides.add(strides[dim]);
                dim++;
            }
        }
        int[] shape = new int[axes.size()];
        for (int k = 0; k < shape.length; k++) {
            shape[k] = axes.get(k).length;
        }
        int size = Shapes.size(shape);
        int[] resultStrides = Shapes.strides(shape);
        int[] positions = new int[size];
        for (int flat = 0; flat < size; flat++) {
            int p = base;
            for (int k = 0; k < shape.length; k++) {
                int coordinate = flat / resultStrides[k] % shape[k];
                p += axes.get(k)[coordinate] * axisStrides.get(k);
            }
            positions[flat] = p;
        }
        return new Indexing(shape, positions);
    }

    /**
     * @param a the indexed array
     * @return {@code a[…]}
     */
    public NdArray select(NdArray a) {
        return Reshaping.gather(a, positions, shape);
    }

    /**
     * The gather that {@code a[…] = v} is: every element of the result comes from {@code a}, or from
     * {@code v} broadcast to the selected shape, read from the concatenation of both.
     *
     * @param size the number of elements of {@code a}
     * @return for each element of {@code a}, its position in {@code concat(a, broadcast(v))}
     */
    public int[] assignment(int size) {
        int[] map = new int[size];
        for (int k = 0; k < size; k++) {
            map[k] = k;
        }
        for (int k = 0; k < positions.length; k++) {
            map[positions[k]] = size + k;
        }
        return map;
    }
}
