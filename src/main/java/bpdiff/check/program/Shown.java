package bpdiff.check.program;

import bpdiff.check.ValueText;
import bpdiff.program.array.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the program check prints values: numbers as {@link ValueText}, arrays in numpy's nesting, shortened. */
public final class Shown {

    private Shown() {}

    /**
     * @param data a value, row-major, or {@code null}
     * @param shape its shape
     * @return a short text for a table cell: the number, or the first elements and the shape
     */
    public static String cell(double[] data, int[] shape) {
        if (data == null) {
            return "—";
        }
        if (shape.length == 0 || data.length == 1) {
            return ValueText.of(data[0]);
        }
        List<String> first = new ArrayList<>();
        for (int k = 0; k < Math.min(2, data.length); k++) {
            first.add(String.format(Locale.ROOT, "%.4g", data[k]));
        }
        return "[" + String.join(", ", first) + (data.length > 2 ? ", …" : "") + "] " + Shapes.text(shape);
    }

    /**
     * @param data a value, row-major
     * @param shape its shape
     * @return all elements in numpy's nesting (up to 24, then shortened)
     */
    public static String full(double[] data, int[] shape) {
        return full(data, shape, ValueText::of);
    }

    /**
     * @param data a value, row-major
     * @param shape its shape
     * @param number how each element is written
     * @return all elements in numpy's nesting (up to 24, then shortened)
     */
    public static String full(double[] data, int[] shape, java.util.function.DoubleFunction<String> number) {
        if (data.length != Shapes.size(shape)) {
            shape = new int[] {data.length}; // a value of another shape than the one it is shown beside: flat
        }
        if (shape.length == 0) {
            return number.apply(data[0]);
        }
        StringBuilder out = new StringBuilder();
        nest(data, shape, 0, 0, number, out);
        String text = out.toString();
        return data.length > 24 ? text.substring(0, Math.min(text.length(), 200)) + " … " + Shapes.text(shape) : text;
    }

    private static void nest(double[] data, int[] shape, int axis, int offset,
            java.util.function.DoubleFunction<String> number, StringBuilder out) {
        int stride = 1;
        for (int k = axis + 1; k < shape.length; k++) {
            stride *= shape[k];
        }
        out.append('[');
        for (int k = 0; k < shape[axis]; k++) {
            if (k > 0) {
                out.append(", ");
            }
            if (axis == shape.length - 1) {
                out.append(number.apply(data[offset + k]));
            } else {
                nest(data, shape, axis + 1, offset + k * stride, number, out);
            }
        }
        out.append(']');
    }

    /**
     * @param student the claim
     * @param truth autograd's value
     * @return the largest difference and where, e.g. {@code 0.02300 at [0, 1]}
     */
    static String largestDifference(double[] student, double[] truth, int[] shape) {
        int worst = 0;
        double difference = -1;
        for (int k = 0; k < Math.min(student.length, truth.length); k++) {
            double d = Math.abs(student[k] - truth[k]);
            if (!(d <= difference)) {
                difference = d;
                worst = k;
            }
        }
        List<String> index = new ArrayList<>();
        int rest = worst;
        int[] strides = Shapes.strides(shape);
        for (int k = 0; k < shape.length; k++) {
            index.add(Integer.toString(rest / strides[k]));
            rest %= strides[k];
        }
        return String.format(Locale.ROOT, "%.3g", difference) + (shape.length == 0 ? "" : " at [" + String.join(", ", index) + "]");
    }
}
