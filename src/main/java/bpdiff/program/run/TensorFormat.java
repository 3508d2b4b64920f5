package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code repr} and {@code str} of a tensor, as PyTorch 1.13's {@code torch/_tensor_str.py} writes them:
 * {@code tensor([0.2000], requires_grad=True)}, {@code tensor(0.2098, grad_fn=<AddBackward0>)}.
 *
 * <p>One formatter serves every element ({@code _Formatter}): integers and bools as {@code {}}; floats with 4
 * decimals ({@code {:.4f}}), or as whole numbers with a point ({@code 1.}) when every finite non-zero element is
 * whole, or in scientific notation ({@code {:.4e}}) when the largest finite non-zero magnitude is above 1e8, or more
 * than 1000 times the smallest, or (for non-whole elements) the smallest is below 1e-4; every element is padded to
 * the widest. Rows wrap at 80 characters; above 1000 elements only the first and last 3 of each dimension are shown,
 * with {@code ...}. The suffixes follow the elements: the dtype when it is not the default floating type, int64 or
 * bool; {@code grad_fn=<…>} for a tracked result, else {@code requires_grad=True} for a leaf that requires grad.
 */
final class TensorFormat {

    /** PyTorch's print options ({@code torch.set_printoptions}). */
    static final class Options {
        int precision = 4;
        double threshold = 1000;
        int edgeitems = 3;
        int linewidth = 80;
        Boolean sciMode;
    }

    private final Options options;
    private final boolean floating;
    private boolean intMode = true;
    private boolean sciMode;
    private int maxWidth = 1;

    private TensorFormat(Options options, NdArray shown) {
        this.options = options;
        this.floating = shown.dtype().isFloat();
        if (!floating) {
            for (int k = 0; k < shown.size(); k++) {
                maxWidth = Math.max(maxWidth, plain(shown.get(k), shown.dtype()).length());
            }
        } else {
            measure(shown);
        }
        if (options.sciMode != null) {
            sciMode = options.sciMode;
        }
    }

    private void measure(NdArray shown) {
        List<Double> values = new ArrayList<>();
        for (int k = 0; k < shown.size(); k++) {
            double v = shown.get(k);
            if (Double.isFinite(v) && v != 0) {
                values.add(v);
            }
        }
        if (values.isEmpty()) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double v : values) {
            min = Math.min(min, Math.abs(v));
            max = Math.max(max, Math.abs(v));
            intMode &= v == Math.ceil(v);
        }
        if (intMode) {
            sciMode = max / min > 1000.0 || max > 1.0e8;
            for (double v : values) {
                maxWidth = Math.max(maxWidth, sciMode ? sci(v).length() : fixed(v, 0).length() + 1);
            }
        } else {
            sciMode = max / min > 1000.0 || max > 1.0e8 || min < 1.0e-4;
            for (double v : values) {
                maxWidth = Math.max(maxWidth, sciMode ? sci(v).length() : fixed(v, options.precision).length());
            }
        }
    }

    private String sci(double v) {
        return Formatting.format(PyFloat.of(v), "." + options.precision + "e");
    }

    private static String fixed(double v, int precision) {
        return Formatting.format(PyFloat.of(v), "." + precision + "f");
    }

    private static String plain(double v, DType type) {
        return type == DType.BOOL ? (v != 0 ? "True" : "False") : Long.toString((long) v);
    }

    private String element(double v, DType type) {
        String s;
        if (!floating) {
            s = plain(v, type);
        } else if (sciMode) {
            s = Formatting.format(PyFloat.of(v), maxWidth + "." + options.precision + "e");
        } else if (intMode) {
            s = fixed(v, 0) + (Double.isFinite(v) ? "." : "");
        } else {
            s = fixed(v, options.precision);
        }
        return " ".repeat(Math.max(0, maxWidth - s.length())) + s;
    }

    /**
     * @param torch the torch state (default dtype, print options)
     * @param t a tensor
     * @return {@code repr(t)}, which is also {@code str(t)}
     */
    static String repr(Torch torch, PyTensor t) {
        Options options = torch.printOptions();
        NdArray value = t.value();
        String prefix = "tensor(";
        int indent = prefix.length();
        List<String> suffixes = new ArrayList<>();
        DType type = value.dtype();
        boolean defaultType = type == torch.defaultFloat() || type == DType.INT64 || type == DType.BOOL;
        String body;
        if (value.size() == 0) {
            if (value.ndim() != 1) {
                suffixes.add("size=" + Formatting.repr(shapeTuple(value.shape())));
            }
            if (type != torch.defaultFloat()) {
                suffixes.add("dtype=" + TorchTypes.text(type));
            }
            body = "[]";
        } else {
            if (!defaultType) {
                suffixes.add("dtype=" + TorchTypes.text(type));
            }
            boolean summarize = value.size() > options.threshold;
            TensorFormat f = new TensorFormat(options, summarize ? TensorSummary.of(value, options.edgeitems) : value);
            body = f.tensor(value, indent, summarize);
        }
        if (t.gradFn() != null) {
            suffixes.add("grad_fn=<" + t.gradFn() + ">");
        } else if (t.requiresGrad()) {
            suffixes.add("requires_grad=True");
        }
        String text = suffixes(prefix + body, suffixes, indent, options.linewidth);
        return t.isParameter() ? "Parameter containing:\n" + text : text;
    }

    private static PyTuple shapeTuple(int[] shape) {
        List<Value> dims = new ArrayList<>();
        for (int d : shape) {
            dims.add(new PyInt(d));
        }
        return new PyTuple(dims);
    }

    private String tensor(NdArray value, int indent, boolean summarize) {
        return TensorSummary.nested(value, (row, rowIndent) -> vector(row, rowIndent, summarize), (v) -> element(v,
                value.dtype()), indent, summarize, options.edgeitems);
    }

    /** {@code _vector_str}: the elements of one row, wrapped at the line width. */
    private String vector(NdArray row, int indent, boolean summarize) {
        int elementLength = maxWidth + 2;
        int perLine = Math.max(1, (int) Math.floor((options.linewidth - indent) / (double) elementLength));
        List<String> data = new ArrayList<>();
        int n = row.size();
        if (summarize && n > 2 * options.edgeitems) {
            for (int k = 0; k < options.edgeitems; k++) {
                data.add(element(row.get(k), row.dtype()));
            }
            data.add(" ...");
            for (int k = n - options.edgeitems; k < n; k++) {
                data.add(element(row.get(k), row.dtype()));
            }
        } else {
            for (int k = 0; k < n; k++) {
                data.add(element(row.get(k), row.dtype()));
            }
        }
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < data.size(); k += perLine) {
            lines.add(String.join(", ", data.subList(k, Math.min(data.size(), k + perLine))));
        }
        return "[" + String.join(",\n" + " ".repeat(indent + 1), lines) + "]";
    }

    /** {@code _add_suffixes}: each suffix after a comma, on a new line when it would pass the line width. */
    private static String suffixes(String body, List<String> suffixes, int indent, int linewidth) {
        StringBuilder out = new StringBuilder(body);
        int lastLineLength = body.length() - body.lastIndexOf('\n') + 1;
        for (String suffix : suffixes) {
            if (lastLineLength + suffix.length() + 2 > linewidth) {
                out.append(",\n").append(" ".repeat(indent)).append(suffix);
                lastLineLength = indent + suffix.length();
            } else {
                out.append(", ").append(suffix);
                lastLineLength += suffix.length() + 2;
            }
        }
        return out.append(")").toString();
    }
}
