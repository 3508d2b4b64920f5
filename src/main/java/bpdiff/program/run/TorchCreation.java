package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.Shapes;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.List;

/**
 * The functions that make tensors: {@code torch.tensor} (its type from the data: int64 for integers, the default
 * floating type for floats, bool), {@code torch.Tensor} (always the default floating type), the typed constructors
 * ({@code torch.FloatTensor}, …), {@code zeros ones full eye arange linspace rand randn randint} and their
 * {@code _like} forms, {@code cat} and {@code stack}. Each takes {@code dtype=} and {@code requires_grad=} where
 * PyTorch does.
 */
final class TorchCreation {

    private TorchCreation() {}

    /**
     * @param torch the torch state
     * @param name the function, without {@code torch.}
     * @param a its arguments
     * @param at where
     * @return the tensor
     */
    static Value call(Torch torch, String name, Arguments a, Span at) {
        DType given = dtype(a.keywords().get("dtype"));
        PyTensor made = switch (name) {
            case "tensor", "as_tensor", "from_numpy" -> fromData(torch, a.required(0, "data"), given, at);
            case "Tensor", "FloatTensor", "DoubleTensor", "LongTensor", "BoolTensor" -> typed(torch, name, a);
            case "zeros", "ones", "empty" -> filled(a, name.equals("ones") ? 1 : 0, type(torch, given));
            case "zeros_like", "ones_like", "empty_like", "rand_like", "randn_like" -> like(torch, name, a, given);
            case "full" -> {
                Value fill = a.required(1, "fill_value");
                DType type = given != null ? given : fill instanceof PyFloat ? torch.defaultFloat()
                        : fill instanceof PyBool ? DType.BOOL : DType.INT64;
                yield filled(new Arguments(name, List.of(a.required(0, "size")), a.keywords()), Numbers.toDouble(fill),
                        type);
            }
            case "eye" -> eye(a, type(torch, given));
            case "arange" -> arange(torch, a, given);
            case "linspace" -> linspace(a, type(torch, given));
            case "rand", "randn" -> random(torch, name, a, TorchShapes.sizes(a, 0, new int[0]), type(torch, given));
            case "randint" -> randint(torch, a, given == null ? DType.INT64 : given);
            case "normal" -> normal(torch, a, given);
            case "cat", "concat", "stack" -> TorchJoin.join(torch, name, a, at);
            default -> throw ProgramError.of("AttributeError", "module 'torch' has no attribute '" + name + "'");
        };
        Value requires = a.keywords().get("requires_grad");
        if (requires != null && Truth.of(torch.machine, requires)) {
            TensorAttributes.requiresGrad(torch, made, true, at);
        }
        return made;
    }

    private static DType type(Torch torch, DType given) {
        return given == null ? torch.defaultFloat() : given;
    }

    /**
     * @param v a {@code dtype=} argument, or {@code null}
     * @return its type, or {@code null}
     */
    static DType dtype(Value v) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        if (v instanceof TorchTypes.TorchDType t) {
            return t.dtype();
        }
        if (v instanceof PyClass c && (c.name().equals("float") || c.name().equals("int") || c.name().equals("bool"))) {
            return c.name().equals("float") ? DType.FLOAT64 : c.name().equals("int") ? DType.INT64 : DType.BOOL;
        }
        throw ProgramError.of("TypeError", "dtype must be a torch.dtype, not " + BuiltinTypes.typeOf(v).name());
    }

    /**
     * {@code torch.tensor(data)}: a copy, typed by the data or by {@code dtype}. To PyTorch's autograd the copy is a
     * new leaf (a constant, or a leaf of its own with {@code requires_grad=True}); on the tape it depends on the
     * program's numbers or array it was made of, so that the check sees through {@code torch.tensor([w1, w2])} to
     * {@code w1} and {@code w2} as it sees through {@code np.array([w1, w2])}, and through
     * {@code torch.from_numpy(W)} to {@code W}.
     */
    private static PyTensor fromData(Torch torch, Value data, DType given, Span at) {
        NdArray value = Numbers.array(data);
        DType type = given != null ? given : data instanceof PyArray ? value.dtype()
                : value.dtype() == DType.FLOAT64 ? torch.defaultFloat() : value.dtype();
        NdArray typed = value.withDType(type);
        int node = Value.NO_NODE;
        if (torch.machine.tape() != null) {
            Recorder recorder = torch.machine.recorder;
            recorder.checkSize(value.size());
            Value packed = NumpyFunctions.packed(recorder, data, value, at);
            if (Numbers.node(packed) != Value.NO_NODE) {
                node = recorder.record(Op.RESHAPE, OpArgs.shape(value.shape()), at, typed, new NdArray[] {value},
                        packed);
            }
        }
        return new PyTensor(typed, node, false, null);
    }

    /** {@code torch.Tensor(data)} or {@code torch.Tensor(2, 3)}: the default floating type (or the typed class's). */
    private static PyTensor typed(Torch torch, String name, Arguments a) {
        DType type = switch (name) {
            case "FloatTensor" -> DType.FLOAT32;
            case "DoubleTensor" -> DType.FLOAT64;
            case "LongTensor" -> DType.INT64;
            case "BoolTensor" -> DType.BOOL;
            default -> torch.defaultFloat();
        };
        if (a.size() == 1 && !(Numbers.isInteger(a.positional().get(0)))) {
            Value data = a.positional().get(0);
            if (data instanceof PyArray x) {
                return new PyTensor(x.value().withDType(type), Value.NO_NODE, false, null);
            }
            return new PyTensor(Numbers.array(data).withDType(type), Value.NO_NODE, false, null);
        }
        return filled(a, 0, type);
    }

    private static PyTensor filled(Arguments a, double fill, DType type) {
        int[] shape = TorchShapes.sizes(a, 0, new int[0]);
        double[] data = new double[size(shape)];
        java.util.Arrays.fill(data, type.cast(fill));
        return new PyTensor(new NdArray(shape, data, type), Value.NO_NODE, false, null);
    }

    private static int size(int[] shape) {
        for (int d : shape) {
            if (d < 0) {
                throw ProgramError.of("RuntimeError", "Trying to create tensor with negative dimension " + d + ": "
                        + Shapes.text(shape));
            }
        }
        long count = Shapes.count(shape);
        Interpreter machine = Interpreter.current();
        if (machine != null) {
            machine.recorder.checkSize(count);
        } else if (count > Integer.MAX_VALUE) {
            throw new ProgramError("a tensor of " + count + " elements is more than bpdiff can hold", true);
        }
        return (int) count;
    }

    private static PyTensor like(Torch torch, String name, Arguments a, DType given) {
        PyArray x = TorchMath.tensor(a.required(0, "input"), name);
        DType type = given != null ? given : x.value().dtype();
        int[] shape = x.value().shape();
        Arguments sized = new Arguments(name, List.of(TensorAttributes.shape(x.value())), a.keywords());
        return switch (name) {
            case "ones_like" -> filled(sized, 1, type);
            case "rand_like", "randn_like" -> random(torch, name.substring(0, name.length() - 5), a, shape, type);
            default -> filled(sized, 0, type);
        };
    }

    private static PyTensor eye(Arguments a, DType type) {
        int n = TorchShapes.size(Numbers.toLong(a.required(0, "n")));
        int m = a.get(1, "m") == null ? n : TorchShapes.size(Numbers.toLong(a.get(1, "m")));
        double[] data = new double[size(new int[] {n, m})];
        for (int k = 0; k < Math.min(n, m); k++) {
            data[k * m + k] = 1;
        }
        return new PyTensor(new NdArray(new int[] {n, m}, data, type), Value.NO_NODE, false, null);
    }

    /** {@code torch.arange}: {@code start + k·step} computed in double, of int64 when every bound is an integer. */
    private static PyTensor arange(Torch torch, Arguments a, DType given) {
        List<Value> bounds = a.positional();
        Value start = bounds.size() > 1 ? bounds.get(0) : a.keywords().getOrDefault("start", new PyInt(0));
        Value end = bounds.size() > 1 ? bounds.get(1) : bounds.isEmpty() ? a.keywords().get("end") : bounds.get(0);
        Value step = bounds.size() > 2 ? bounds.get(2) : a.keywords().getOrDefault("step", new PyInt(1));
        if (end == null) {
            throw ProgramError.of("TypeError", "arange() missing required argument 'end'");
        }
        boolean integers = Numbers.isInteger(start) && Numbers.isInteger(end) && Numbers.isInteger(step);
        DType type = given != null ? given : integers ? DType.INT64 : torch.defaultFloat();
        double s = Numbers.toDouble(start);
        double e = Numbers.toDouble(end);
        double d = Numbers.toDouble(step);
        if (d == 0) {
            throw ProgramError.of("RuntimeError", "step must be nonzero");
        }
        int n = (int) Math.max(0, Math.ceil((e - s) / d));
        double[] data = new double[size(new int[] {n})];
        for (int k = 0; k < n; k++) {
            data[k] = type.cast(s + k * d);
        }
        return new PyTensor(new NdArray(new int[] {n}, data, type), Value.NO_NODE, false, null);
    }

    /** {@code torch.linspace}: PyTorch's two halves, from the start and from the end. */
    private static PyTensor linspace(Arguments a, DType type) {
        double start = Numbers.toDouble(a.required(0, "start"));
        double end = Numbers.toDouble(a.required(1, "end"));
        int steps = TorchShapes.size(Numbers.toLong(a.required(2, "steps")));
        double[] data = new double[size(new int[] {steps})];
        double step = steps > 1 ? (end - start) / (steps - 1) : 0;
        int half = steps / 2;
        for (int k = 0; k < steps; k++) {
            data[k] = type.cast(k < half ? start + step * k : end - step * (steps - k - 1));
        }
        return new PyTensor(new NdArray(new int[] {steps}, data, type), Value.NO_NODE, false, null);
    }

    private static TorchRandom generator(Torch torch, Arguments a) {
        Value g = a.keywords().get("generator");
        return g instanceof TorchObject o && o.random() != null ? o.random() : torch.random;
    }

    private static PyTensor random(Torch torch, String name, Arguments a, int[] shape, DType type) {
        if (!type.isFloat()) {
            throw ProgramError.of("RuntimeError", "\"" + (name.equals("rand") ? "check_uniform_bounds"
                    : "normal_kernel_cpu") + "\" not implemented for '" + TensorOperators.scalarName(type) + "'");
        }
        int n = size(shape);
        TorchRandom g = generator(torch, a);
        double[] data = name.equals("rand") ? g.rand(n, type) : g.randn(n, type);
        return new PyTensor(new NdArray(shape, data, type), Value.NO_NODE, false, null);
    }

    /**
     * {@code torch.normal(mean, std, size)} of two numbers, or of a tensor of means and a number
     * ({@code empty_like(mean).normal_(0, std).add_(mean)}, as ATen's {@code normal_out}), or of tensors of standard
     * deviations ({@code normal_(0, 1).mul_(std).add_(mean)}).
     */
    private static PyTensor normal(Torch torch, Arguments a, DType given) {
        Value mean = a.get(0, "mean");
        Value std = a.get(1, "std");
        if (mean == null) {
            throw ProgramError.of("TypeError", "normal() received an invalid combination of arguments");
        }
        std = std == null ? PyFloat.of(1) : std;
        TorchRandom g = generator(torch, a);
        if (!(mean instanceof PyTensor) && !(std instanceof PyTensor)) {
            int[] shape = TorchShapes.sizes(new Arguments("normal", a.positional().subList(Math.min(2, a.size()),
                    a.size()), a.keywords()), 0, null);
            if (shape == null) {
                throw ProgramError.of("TypeError", "normal() received an invalid combination of arguments - got "
                        + "(float, float), but expected (float mean, float std, tuple of ints size, *, Generator "
                        + "generator, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool "
                        + "pin_memory, bool requires_grad)");
            }
            double s = Numbers.toDouble(std);
            if (s < 0) {
                throw ProgramError.of("RuntimeError", "normal expects std >= 0.0, but found std " + Formatting.repr(std));
            }
            DType type = type(torch, given);
            return new PyTensor(new NdArray(shape, g.normal(size(shape), type, Numbers.toDouble(mean), s), type),
                    Value.NO_NODE, false, null);
        }
        NdArray m = mean instanceof PyTensor t ? t.value() : null;
        NdArray sd = std instanceof PyTensor t ? t.value() : null;
        if (m != null && sd != null && !java.util.Arrays.equals(m.shape(), sd.shape())) {
            throw new ProgramError("torch.normal of a mean and a std of different shapes is not supported by bpdiff");
        }
        NdArray like = m != null ? m : sd;
        DType type = like.dtype();
        if (!type.isFloat()) {
            throw ProgramError.of("RuntimeError", "\"normal_kernel_cpu\" not implemented for '"
                    + TensorOperators.scalarName(type) + "'");
        }
        int n = like.size();
        double[] z = sd == null ? g.normal(n, type, 0, Numbers.toDouble(std)) : g.normal(n, type, 0, 1);
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            double v = sd == null ? z[k] : type.cast(z[k] * sd.get(k));
            out[k] = type.cast(v + (m == null ? Numbers.toDouble(mean) : m.get(k)));
        }
        return new PyTensor(new NdArray(like.shape(), out, type), Value.NO_NODE, false, null);
    }

    private static PyTensor randint(Torch torch, Arguments a, DType type) {
        List<Value> p = a.positional();
        boolean twoBounds = p.size() >= 3 || p.size() == 2 && !(p.get(1) instanceof PyTuple || p.get(1) instanceof PyList);
        long low = twoBounds ? Numbers.toLong(p.get(0)) : 0;
        long high = Numbers.toLong(twoBounds ? p.get(1) : a.required(0, "high"));
        Value sizeArg = twoBounds ? (p.size() > 2 ? p.get(2) : a.keywords().get("size")) : (p.size() > 1 ? p.get(1)
                : a.keywords().get("size"));
        if (sizeArg == null) {
            throw ProgramError.of("TypeError", "randint() missing 1 required positional arguments: \"size\"");
        }
        int[] shape = TorchShapes.sizes(new Arguments("randint", List.of(sizeArg), java.util.Map.of()), 0, new int[0]);
        if (high <= low) {
            throw ProgramError.of("RuntimeError", "random_ expects 'from' to be less than 'to', but got from=" + low
                    + " >= to=" + high);
        }
        TorchRandom g = generator(torch, a);
        double[] data = new double[size(shape)];
        for (int k = 0; k < data.length; k++) {
            data[k] = g.randint(low, high);
        }
        return new PyTensor(new NdArray(shape, data, type), Value.NO_NODE, false, null);
    }
}
