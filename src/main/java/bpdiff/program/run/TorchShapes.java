package bpdiff.program.run;

import bpdiff.program.array.Reshaping;
import bpdiff.program.array.ShapeException;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * Tensor functions that change the shape and keep the elements: {@code reshape}/{@code view} (one size may be −1),
 * {@code t}/{@code transpose} of a matrix, {@code unsqueeze}, {@code squeeze}, {@code flatten}, {@code expand}.
 */
final class TorchShapes {

    private TorchShapes() {}

    /**
     * @param torch the torch state
     * @param name the function
     * @param x the tensor
     * @param a the arguments, the tensor first
     * @param at where
     * @return the result
     */
    static Value call(Torch torch, String name, PyArray x, Arguments a, Span at) {
        int[] shape = x.value().shape();
        return switch (name) {
            case "reshape", "view" -> reshape(torch, x, sizes(a, 1, shape), name.equals("view") ? "ViewBackward0"
                    : "ReshapeAliasBackward0", at);
            case "t", "transpose" -> {
                if (shape.length > 2) {
                    throw new ProgramError("transpose of a tensor of more than 2 dimensions is not supported by bpdiff");
                }
                yield shape.length < 2 ? x : torch.ops.same(Op.TRANSPOSE, OpArgs.NONE, name.equals("t") ? "TBackward0"
                        : "TransposeBackward0", x, at);
            }
            case "unsqueeze" -> {
                int d = axis(Numbers.toInt(a.required(1, "dim")), shape.length + 1);
                List<Integer> out = list(shape);
                out.add(d, 1);
                yield reshape(torch, x, ints(out), "UnsqueezeBackward0", at);
            }
            case "squeeze" -> {
                Value dim = a.get(1, "dim");
                List<Integer> out = new ArrayList<>();
                int d = dim == null ? -1 : axis(Numbers.toInt(dim), Math.max(1, shape.length));
                for (int k = 0; k < shape.length; k++) {
                    if (shape[k] != 1 || dim != null && k != d) {
                        out.add(shape[k]);
                    }
                }
                yield reshape(torch, x, ints(out), dim == null ? "SqueezeBackward0" : "SqueezeBackward1", at);
            }
            case "flatten" -> reshape(torch, x, new int[] {x.value().size()}, "ReshapeAliasBackward0", at);
            case "expand" -> torch.ops.same(Op.BROADCAST, OpArgs.shape(expanded(sizes(a, 1, shape), shape)),
                    "ExpandBackward0", x, at);
            default -> throw ProgramError.of("AttributeError", "'Tensor' object has no attribute '" + name + "'");
        };
    }

    private static PyTensor reshape(Torch torch, PyArray x, int[] sizes, String gradFn, Span at) {
        int[] shape;
        try {
            shape = Reshaping.resolve(sizes, x.value().size(), x.value().shape());
        } catch (ShapeException e) {
            throw ProgramError.of("RuntimeError", "shape '" + text(sizes) + "' is invalid for input of size "
                    + x.value().size());
        }
        return torch.ops.same(Op.RESHAPE, OpArgs.shape(shape), gradFn, x, at);
    }

    private static String text(int[] sizes) {
        StringBuilder out = new StringBuilder("[");
        for (int k = 0; k < sizes.length; k++) {
            out.append(k == 0 ? "" : ", ").append(sizes[k]);
        }
        return out.append(']').toString();
    }

    /** {@code expand}'s sizes: −1 keeps a dimension. */
    private static int[] expanded(int[] sizes, int[] shape) {
        int[] out = sizes.clone();
        for (int k = 0; k < out.length; k++) {
            int from = k - (out.length - shape.length);
            if (out[k] == -1 && from >= 0) {
                out[k] = shape[from];
            }
        }
        return out;
    }

    /**
     * The sizes of a shape argument, given as several ints or one tuple or list.
     *
     * @param a the arguments
     * @param from the position of the first size
     * @param fallback the shape when none is given
     * @return the sizes
     */
    static int[] sizes(Arguments a, int from, int[] fallback) {
        List<Value> given = a.positional().subList(Math.min(from, a.size()), a.size());
        if (given.isEmpty() && a.keywords().containsKey("size")) {
            given = List.of(a.keywords().get("size"));
        }
        if (given.isEmpty() && a.keywords().containsKey("shape")) {
            given = List.of(a.keywords().get("shape"));
        }
        if (given.size() == 1 && (given.get(0) instanceof PyTuple || given.get(0) instanceof PyList)) {
            given = Numbers.items(given.get(0));
        }
        if (given.isEmpty()) {
            return fallback;
        }
        int[] sizes = new int[given.size()];
        for (int k = 0; k < sizes.length; k++) {
            sizes[k] = size(Numbers.toLong(given.get(k)));
        }
        return sizes;
    }

    /**
     * One size as an int. A size past an int would wrap ({@code view(2**32 + 3)} read as {@code view(3)}, a silently
     * wrong shape): one that large is past the elements limit, as numpy's shapes are ({@link Creation#dims}), even
     * beside a 0 that would leave the tensor empty.
     */
    static int size(long d) {
        if (d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
            return (int) d;
        }
        if (d < 0) {
            throw ProgramError.of("RuntimeError", "invalid shape dimension " + d);
        }
        Interpreter machine = Interpreter.current();
        if (machine != null) {
            machine.recorder.checkSize(d);
        }
        throw new ProgramError("a tensor of a dimension of " + d + " is more than bpdiff can hold", true);
    }

    private static int axis(int d, int ndim) {
        if (d < -ndim || d >= ndim) {
            throw ProgramError.of("IndexError", "Dimension out of range (expected to be in range of [" + -ndim + ", "
                    + (ndim - 1) + "], but got " + d + ")");
        }
        return Math.floorMod(d, ndim);
    }

    private static List<Integer> list(int[] shape) {
        List<Integer> out = new ArrayList<>();
        for (int d : shape) {
            out.add(d);
        }
        return out;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
