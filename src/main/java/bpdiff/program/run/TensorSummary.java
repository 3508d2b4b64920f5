package bpdiff.program.run;

import bpdiff.program.array.NdArray;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;

/**
 * The nesting of a printed tensor ({@code _tensor_str_with_formatter}) and, for a tensor of more than the threshold's
 * elements, the elements a summary shows ({@code get_summarized_data}): the first and last {@code edgeitems} of each
 * dimension.
 */
final class TensorSummary {

    private TensorSummary() {}

    /**
     * @param value a tensor's elements
     * @param edge how many items of each end of a dimension are shown
     * @return the shown elements, flat (what the formatter measures)
     */
    static NdArray of(NdArray value, int edge) {
        List<Double> out = new ArrayList<>();
        collect(value, edge, out);
        double[] data = new double[out.size()];
        for (int k = 0; k < data.length; k++) {
            data[k] = out.get(k);
        }
        return new NdArray(new int[] {data.length}, data, value.dtype());
    }

    private static void collect(NdArray value, int edge, List<Double> out) {
        if (value.ndim() == 0) {
            out.add(value.item());
            return;
        }
        int n = value.dim(0);
        List<Integer> rows = shown(n, edge, true);
        for (int i : rows) {
            NdArray row = row(value, i);
            if (value.ndim() == 1) {
                out.add(row.item());
            } else {
                collect(row, edge, out);
            }
        }
    }

    private static List<Integer> shown(int n, int edge, boolean summarize) {
        List<Integer> rows = new ArrayList<>();
        if (summarize && n > 2 * edge) {
            for (int k = 0; k < edge; k++) {
                rows.add(k);
            }
            for (int k = n - edge; k < n; k++) {
                rows.add(k);
            }
        } else {
            for (int k = 0; k < n; k++) {
                rows.add(k);
            }
        }
        return rows;
    }

    /**
     * @param value an array of at least one dimension
     * @param i a position along the first
     * @return {@code value[i]}
     */
    static NdArray row(NdArray value, int i) {
        int[] shape = value.shape();
        int[] rest = java.util.Arrays.copyOfRange(shape, 1, shape.length);
        int size = value.size() / shape[0];
        double[] data = new double[size];
        for (int k = 0; k < size; k++) {
            data[k] = value.get(i * size + k);
        }
        return new NdArray(rest, data, value.dtype());
    }

    /**
     * @param value the elements
     * @param vector how a row of one dimension is written, at an indent
     * @param element how one element is written
     * @param indent the column the opening bracket stands in
     * @param summarize whether to show only the ends of long dimensions
     * @param edge how many items of each end
     * @return the text
     */
    static String nested(NdArray value, BiFunction<NdArray, Integer, String> vector, DoubleFunction<String> element,
            int indent, boolean summarize, int edge) {
        int dim = value.ndim();
        if (dim == 0) {
            return element.apply(value.item());
        }
        if (dim == 1) {
            return vector.apply(value, indent);
        }
        int n = value.dim(0);
        List<String> slices = new ArrayList<>();
        boolean cut = summarize && n > 2 * edge;
        for (int k = 0; k < n; k++) {
            if (cut && k == edge) {
                slices.add("...");
                k = n - edge - 1;
                continue;
            }
            slices.add(nested(row(value, k), vector, element, indent + 1, summarize, edge));
        }
        return "[" + String.join("," + "\n".repeat(dim - 1) + " ".repeat(indent + 1), slices) + "]";
    }
}
