package bpdiff.program.array;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * numpy 1.24's {@code str} and {@code repr} of an array ({@code array2string}): {@code [0.1  0.25]},
 * {@code [[1 2]\n [3 4]]}, {@code array([ True, False])}. Elements share one width (floats by {@link FloatFormat},
 * integers right-aligned to the longest, bools as {@code " True"}/{@code "False"}); rows wrap at the line width (75
 * characters by default) under the first element; an array of more than 1000 elements shows 3 at each edge of every
 * axis around {@code ...}.
 */
public final class ArrayFormat {

    /**
     * The print options of {@code np.set_printoptions} that bpdiff follows.
     *
     * @param precision digits after the point of a float ({@code precision}, 8 by default)
     * @param suppress whether small numbers are written in positional notation ({@code suppress}, false)
     * @param lineWidth characters per line ({@code linewidth}, 75)
     */
    public record Options(int precision, boolean suppress, int lineWidth) {

        /** numpy's defaults. */
        public static final Options DEFAULT = new Options(8, false, 75);
    }

    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final String SUMMARY = "...";

    private final NdArray a;
    private final boolean summarise;
    private final DoubleFunction<String> element;

    private ArrayFormat(NdArray a, Options options) {
        this.a = a;
        this.summarise = a.size() > THRESHOLD;
        double[] shown = shown();
        this.element = switch (a.dtype()) {
            case BOOL -> v -> v != 0 ? " True" : "False";
            case INT64 -> {
                long max = 0;
                long min = 0;
                for (double v : shown) {
                    max = Math.max(max, (long) v);
                    min = Math.min(min, (long) v);
                }
                int width = Math.max(Long.toString(max).length(), Long.toString(min).length());
                yield v -> String.format("%" + width + "d", (long) v);
            }
            default -> new FloatFormat(shown, a.dtype() == DType.FLOAT32, options)::format;
        };
    }

    /**
     * @param a an array of at least one dimension
     * @return numpy's {@code str(a)} with the default print options, as {@code print(a)} writes it
     */
    public static String str(NdArray a) {
        return str(a, Options.DEFAULT);
    }

    /**
     * @param a an array of at least one dimension
     * @param options the print options
     * @return numpy's {@code str(a)}, as {@code print(a)} writes it
     */
    public static String str(NdArray a, Options options) {
        if (a.size() == 0) {
            return "[]";
        }
        return new ArrayFormat(a, options).lines(options.lineWidth(), " ", " ");
    }

    /**
     * numpy's {@code np.array2string(a, separator=…, prefix=…, suffix=…)}: the elements as {@code str(a)} lays them
     * out, joined by {@code separator}, with lines that wrap after {@code linewidth − len(suffix)} characters and
     * continue indented by one space more than {@code prefix} is long (the prefix itself is the caller's to write).
     *
     * @param a an array of at least one dimension
     * @param options the print options
     * @param separator between elements, {@code " "} for {@code str}
     * @param prefix what the caller writes before the text
     * @param suffix what the caller writes after it
     * @return the text
     */
    public static String text(NdArray a, Options options, String separator, String prefix, String suffix) {
        if (a.size() == 0) {
            return "[]";
        }
        return new ArrayFormat(a, options).lines(options.lineWidth() - suffix.length(), separator,
                " " + " ".repeat(prefix.length()));
    }

    /**
     * @param a an array of at least one dimension
     * @return numpy's {@code repr(a)} with the default print options
     */
    public static String repr(NdArray a) {
        return repr(a, Options.DEFAULT);
    }

    /**
     * @param a an array of at least one dimension
     * @param options the print options
     * @return numpy's {@code repr(a)}: {@code array([…])}, with {@code dtype=} unless it is float64, int64 or bool
     */
    public static String repr(NdArray a, Options options) {
        int lineWidth = options.lineWidth();
        boolean implied = a.dtype() != DType.FLOAT32 && a.size() > 0;
        String body;
        if (a.size() > 0) {
            body = "array(" + new ArrayFormat(a, options).lines(lineWidth - 1, ", ", " ".repeat(7))
                    + (implied ? ")" : ",");
        } else {
            body = "array([]" + (a.ndim() == 1 ? "" : ", shape=" + Shapes.text(a.shape())) + ",";
        }
        if (implied) {
            return body;
        }
        String dtype = "dtype=" + a.dtype().numpyName() + ")";
        int lastLine = body.length() - (body.lastIndexOf('\n') + 1);
        return body + (lastLine + dtype.length() + 1 > lineWidth ? "\n" + " ".repeat(6) : " ") + dtype;
    }

    /** The values the element format is chosen for: all, or of a summarised array those at the edges. */
    private double[] shown() {
        if (!summarise) {
            return a.data();
        }
        List<Double> values = new ArrayList<>();
        collect(new int[0], values);
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private void collect(int[] index, List<Double> values) {
        if (index.length == a.ndim()) {
            values.add(a.get(flat(index)));
            return;
        }
        for (int k : positions(a.dim(index.length))) {
            collect(append(index, k), values);
        }
    }

    /** The positions shown along an axis: all, or the first and last three. */
    private int[] positions(int length) {
        if (!summarise || length <= 2 * EDGE_ITEMS) {
            return java.util.stream.IntStream.range(0, length).toArray();
        }
        return new int[] {0, 1, 2, length - 3, length - 2, length - 1};
    }

    private String lines(int width, String separator, String nextLinePrefix) {
        return recurse(new int[0], nextLinePrefix, width, separator);
    }

    /** numpy's {@code _formatArray.recurser}. */
    private String recurse(int[] index, String hangingIndent, int width, String separator) {
        int axis = index.length;
        int axesLeft = a.ndim() - axis;
        if (axesLeft == 0) {
            return element.apply(a.get(flat(index)));
        }
        String nextIndent = hangingIndent + " ";
        int nextWidth = width - 1;
        int length = a.dim(axis);
        boolean summary = summarise && 2 * EDGE_ITEMS < length;
        int leading = summary ? EDGE_ITEMS : 0;
        int trailing = summary ? EDGE_ITEMS : length;
        StringBuilder s = new StringBuilder();
        if (axesLeft == 1) {
            int elementWidth = width - Math.max(separator.stripTrailing().length(), 1);
            StringBuilder line = new StringBuilder(hangingIndent);
            for (int i = 0; i < leading; i++) {
                extend(s, line, recurse(append(index, i), nextIndent, nextWidth, separator), elementWidth,
                        hangingIndent);
                line.append(separator);
            }
            if (summary) {
                extend(s, line, SUMMARY, elementWidth, hangingIndent);
                line.append(separator);
            }
            for (int i = trailing; i > 1; i--) {
                extend(s, line, recurse(append(index, length - i), nextIndent, nextWidth, separator), elementWidth,
                        hangingIndent);
                line.append(separator);
            }
            extend(s, line, recurse(append(index, length - 1), nextIndent, nextWidth, separator), elementWidth,
                    hangingIndent);
            s.append(line);
        } else {
            String lineSeparator = separator.stripTrailing() + "\n".repeat(axesLeft - 1);
            for (int i = 0; i < leading; i++) {
                s.append(hangingIndent).append(recurse(append(index, i), nextIndent, nextWidth, separator))
                        .append(lineSeparator);
            }
            if (summary) {
                s.append(hangingIndent).append(SUMMARY).append(lineSeparator);
            }
            for (int i = trailing; i > 1; i--) {
                s.append(hangingIndent).append(recurse(append(index, length - i), nextIndent, nextWidth, separator))
                        .append(lineSeparator);
            }
            s.append(hangingIndent).append(recurse(append(index, length - 1), nextIndent, nextWidth, separator));
        }
        return "[" + s.substring(hangingIndent.length()) + "]";
    }

    /** numpy's {@code _extendLine}: wrap before a word that would pass the width, unless the line is still empty. */
    private static void extend(StringBuilder s, StringBuilder line, String word, int width, String nextLinePrefix) {
        boolean wrap = line.length() + word.length() > width && line.length() > nextLinePrefix.length();
        if (wrap) {
            s.append(line.toString().stripTrailing()).append('\n');
            line.setLength(0);
            line.append(nextLinePrefix);
        }
        line.append(word);
    }

    private int flat(int[] index) {
        int flat = 0;
        for (int k = 0; k < index.length; k++) {
            flat = flat * a.dim(k) + index[k];
        }
        return flat;
    }

    private static int[] append(int[] index, int k) {
        int[] out = java.util.Arrays.copyOf(index, index.length + 1);
        out[index.length] = k;
        return out;
    }
}
