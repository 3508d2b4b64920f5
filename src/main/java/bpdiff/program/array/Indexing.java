package bpdiff.program.array;

import java.util.ArrayList;
import java.util.List;

/**
 * numpy's indexing as a gather: for every element of the result, the flat position in the indexed array it comes
 * from. Basic indexing ({@code a[1]}, {@code a[:, 0]}, {@code a[::-1]}, {@code a[:, None]}) and advanced indexing
 * ({@code a[[0, 2]]}, {@code a[np.arange(N), y]}, {@code a[a > 0]}) alike; the same map reads a sub-array
 * ({@link #select}) and says where an assignment {@code a[…] = v} writes.
 *
 * <p>Advanced indexing follows numpy: a mask stands for the integer arrays of its true positions, all integer
 * arrays (and, among them, integers) broadcast together, and the broadcast dimensions replace the indexed axes
 * where those stand next to each other, or come first when a slice separates them.
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
     * @param limit the most elements the result may have
     * @return the result's shape and positions
     * @throws ShapeException with numpy's message for too many indices, an index out of range, a mask of the
     *     wrong shape or index arrays that do not broadcast
     * @throws TooLargeException if the result would have more elements than the limit
     */
    public static Indexing of(int[] of, List<Index> indices, long limit) {
        List<Index> all = expandMasks(of, indices);
        long real = all.stream().filter(i -> !(i instanceof Index.NewAxis)).count();
        if (real > of.length) {
            throw new ShapeException("too many indices for array: array is " + of.length + "-dimensional, but "
                    + real + " were indexed");
        }
        for (long k = real; k < of.length; k++) {
            all.add(new Index.Range(null, null, null));
        }
        boolean advanced = all.stream().anyMatch(i -> i instanceof Index.Positions);
        int[] strides = Shapes.strides(of);
        List<Dimension> dims = new ArrayList<>();
        List<Index.Positions> arrays = new ArrayList<>();
        List<Integer> arrayStrides = new ArrayList<>();
        int base = 0;
        int dim = 0;
        int blockAt = -1;
        int lastArray = -2;
        boolean adjacent = true;
        for (int k = 0; k < all.size(); k++) {
            Index index = all.get(k);
            if (index instanceof Index.NewAxis) {
                dims.add(new Dimension(new int[] {0}, 0));
            } else if (index instanceof Index.Range r) {
                dims.add(new Dimension(r.positions(of[dim]), strides[dim]));
                dim++;
            } else if (index instanceof Index.At at && !advanced) {
                base += (int) position(at.position(), of[dim], dim) * strides[dim];
                dim++;
            } else {
                Index.Positions p = index instanceof Index.At at
                        ? new Index.Positions(new int[0], new long[] {at.position()}) : (Index.Positions) index;
                arrays.add(checked(p, of[dim], dim));
                arrayStrides.add(strides[dim]);
                if (blockAt < 0) {
                    blockAt = dims.size();
                    dims.add(null);
                } else if (lastArray != k - 1) {
                    adjacent = false;
                }
                lastArray = k;
                dim++;
            }
        }
        if (!advanced) {
            return basic(dims, base, limit);
        }
        return advanced(dims, base, arrays, arrayStrides, adjacent ? blockAt : 0, limit);
    }

    /** One axis of a basic result: the positions along an axis of the indexed array, and its stride. */
    private record Dimension(int[] positions, int stride) {}

    private static Indexing basic(List<Dimension> dims, int base, long limit) {
        int[] shape = new int[dims.size()];
        for (int k = 0; k < shape.length; k++) {
            shape[k] = dims.get(k).positions().length;
        }
        TooLargeException.check(shape, limit);
        int size = Shapes.size(shape);
        int[] resultStrides = Shapes.strides(shape);
        int[] positions = new int[size];
        for (int flat = 0; flat < size; flat++) {
            int p = base;
            for (int k = 0; k < shape.length; k++) {
                Dimension d = dims.get(k);
                p += d.positions()[flat / resultStrides[k] % shape[k]] * d.stride();
            }
            positions[flat] = p;
        }
        return new Indexing(shape, positions);
    }

    private static Indexing advanced(List<Dimension> dims, int base, List<Index.Positions> arrays,
            List<Integer> arrayStrides, int blockAt, long limit) {
        int[] block = new int[0];
        for (Index.Positions p : arrays) {
            try {
                block = Shapes.broadcast(block, p.shape());
            } catch (ShapeException e) {
                StringBuilder shapes = new StringBuilder();
                arrays.forEach(a -> shapes.append(' ').append(Shapes.text(a.shape())));
                throw new ShapeException("shape mismatch: indexing arrays could not be broadcast together with "
                        + "shapes" + shapes);
            }
        }
        List<Dimension> basic = new ArrayList<>(dims);
        basic.remove(null);
        int[] whole = new int[basic.size() + block.length];
        for (int k = 0; k < basic.size(); k++) {
            whole[k] = basic.get(k).positions().length;
        }
        System.arraycopy(block, 0, whole, basic.size(), block.length);
        TooLargeException.check(whole, limit);
        int blockSize = Shapes.size(block);
        int[] offsets = new int[blockSize];
        for (int a = 0; a < arrays.size(); a++) {
            Index.Positions p = arrays.get(a);
            int[] read = Shapes.broadcastIndex(p.shape(), block);
            for (int b = 0; b < blockSize; b++) {
                offsets[b] += (int) p.values()[read[b]] * arrayStrides.get(a);
            }
        }
        Indexing rest = basic(basic, base, limit);
        int before = Math.min(blockAt, rest.shape.length);
        int[] shape = new int[rest.shape.length + block.length];
        System.arraycopy(rest.shape, 0, shape, 0, before);
        System.arraycopy(block, 0, shape, before, block.length);
        System.arraycopy(rest.shape, before, shape, before + block.length, rest.shape.length - before);
        int after = 1;
        for (int k = before; k < rest.shape.length; k++) {
            after *= rest.shape[k];
        }
        int[] positions = new int[Shapes.size(shape)];
        int at = 0;
        int outer = rest.positions.length / Math.max(1, after);
        for (int o = 0; o < (after == 0 ? 0 : outer); o++) {
            for (int b = 0; b < blockSize; b++) {
                for (int i = 0; i < after; i++) {
                    positions[at++] = rest.positions[o * after + i] + offsets[b];
                }
            }
        }
        return new Indexing(shape, positions);
    }

    /** Replaces each mask by the integer arrays of its true coordinates, one per axis it stands for. */
    private static List<Index> expandMasks(int[] of, List<Index> indices) {
        List<Index> out = new ArrayList<>();
        int dim = 0;
        for (Index index : indices) {
            if (!(index instanceof Index.Mask m)) {
                out.add(index);
                dim += index instanceof Index.NewAxis ? 0 : 1;
                continue;
            }
            int n = m.shape().length;
            for (int d = 0; d < n; d++) {
                if (dim + d >= of.length || m.shape()[d] != of[dim + d]) {
                    throw new ShapeException("boolean index did not match indexed array along dimension " + (dim + d)
                            + "; dimension is " + (dim + d < of.length ? of[dim + d] : 0)
                            + " but corresponding boolean dimension is " + m.shape()[d]);
                }
            }
            int count = 0;
            for (boolean b : m.values()) {
                count += b ? 1 : 0;
            }
            long[][] coordinates = new long[n][count];
            int[] maskStrides = Shapes.strides(m.shape());
            for (int flat = 0, c = 0; flat < m.values().length; flat++) {
                if (m.values()[flat]) {
                    for (int d = 0; d < n; d++) {
                        coordinates[d][c] = flat / maskStrides[d] % m.shape()[d];
                    }
                    c++;
                }
            }
            for (int d = 0; d < n; d++) {
                out.add(new Index.Positions(new int[] {count}, coordinates[d]));
            }
            dim += n;
        }
        return out;
    }

    private static Index.Positions checked(Index.Positions p, int length, int axis) {
        long[] values = new long[p.values().length];
        for (int k = 0; k < values.length; k++) {
            values[k] = position(p.values()[k], length, axis);
        }
        return new Index.Positions(p.shape(), values);
    }

    private static long position(long index, int length, int axis) {
        long p = index < 0 ? index + length : index;
        if (p < 0 || p >= length) {
            throw new ShapeException("index " + index + " is out of bounds for axis " + axis + " with size " + length);
        }
        return p;
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
     * {@code v} broadcast to the selected shape, read from the concatenation of both. Where an element is
     * selected more than once, the last assignment wins, as in numpy.
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
