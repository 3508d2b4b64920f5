package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A tensor's methods: the mathematical ones ({@link TorchMath}) and those of autograd and conversion
 * ({@code backward}, {@code item}, {@code detach}, {@code clone}, {@code zero_}, {@code retain_grad},
 * {@code requires_grad_}, {@code tolist}, {@code numpy}, {@code float}, …), and the in-place ones
 * ({@code add_}, {@code sub_}, …, refused on a leaf that requires grad while gradients are enabled, as PyTorch
 * refuses them).
 */
final class TensorMethods {

    /** The methods a tensor has. */
    static final Set<String> NAMES;

    private static final Set<String> OWN = Set.of("item", "tolist", "numpy", "detach", "detach_", "clone", "zero_",
            "fill_", "retain_grad", "requires_grad_", "backward", "size", "dim", "numel", "nelement", "float",
            "double", "long", "int", "bool", "to", "cpu", "type", "add_", "sub_", "mul_", "div_", "copy_", "clamp_",
            "__len__", "__format__", "type_as", "element_size", "is_floating_point", "apply_", "uniform_", "normal_");

    static {
        Set<String> all = new HashSet<>(OWN);
        all.addAll(TorchMath.NAMES);
        NAMES = Set.copyOf(all);
    }

    private TensorMethods() {}

    /**
     * @param torch the torch state
     * @param t the tensor
     * @param name the method
     * @param given its arguments, without the tensor
     * @param at where
     * @return its result
     */
    static Value call(Torch torch, PyTensor t, String name, Arguments named, Span at) {
        Arguments given = named.withTorchNames();
        if (!OWN.contains(name)) {
            List<Value> args = new ArrayList<>();
            args.add(t);
            args.addAll(given.positional());
            return TorchMath.call(torch, name, new Arguments(name, args, given.keywords()), at);
        }
        NdArray v = t.value();
        return switch (name) {
            case "item" -> item(t);
            case "tolist" -> tolist(v);
            case "numpy" -> {
                if (t.requiresGrad()) {
                    throw ProgramError.of("RuntimeError", "Can't call numpy() on Tensor that requires grad. Use "
                            + "tensor.detach().numpy() instead.");
                }
                yield new PyArray(v, t.node());
            }
            case "detach" -> detached(torch, t, at);
            case "detach_" -> {
                t.requiresGrad(false);
                t.gradFn(null);
                yield t;
            }
            case "clone" -> torch.ops.same(Op.RESHAPE, OpArgs.shape(v.shape()), "CloneBackward0", t, at);
            case "zero_" -> {
                TensorInPlace.zero(torch, t, at);
                yield t;
            }
            case "uniform_", "normal_" -> {
                if (torch.gradEnabled() && t.isLeaf() && t.requiresGrad()) {
                    throw ProgramError.of("RuntimeError", "a leaf Variable that requires grad is being used in an "
                            + "in-place operation.");
                }
                yield TorchInit.fill(torch, name, t, given, at);
            }
            case "fill_" -> {
                PyTensor filled = torch.ops.elementwise(Op.ADD, "FillBackward1", at, false,
                        torch.ops.elementwise(Op.MUL, null, at, false, TorchOps.constant(v), new PyInt(0)),
                        given.required(0, "value"));
                TensorInPlace.change(torch, t, filled, at);
                yield t;
            }
            case "retain_grad" -> {
                if (!t.isLeaf()) {
                    t.retainGrad();
                    torch.retain(t);
                }
                yield PyNone.NONE;
            }
            case "requires_grad_" -> {
                Value flag = given.get(0, "requires_grad");
                TensorAttributes.requiresGrad(torch, t, flag == null || Truth.of(torch.machine, flag), at);
                yield t;
            }
            case "backward" -> {
                Value g = given.get(0, "gradient");
                Value retain = given.get(1, "retain_graph");
                TorchAutograd.backward(torch, t, g instanceof PyTensor gt ? gt : null,
                        retain != null && Truth.of(torch.machine, retain), at);
                yield PyNone.NONE;
            }
            case "size" -> {
                Value dim = given.get(0, "dim");
                PyTuple shape = TensorAttributes.shape(v);
                yield dim == null ? torch.size(shape) : shape.items().get(Math.floorMod(Numbers.toInt(dim),
                        v.ndim()));
            }
            case "dim" -> new PyInt(v.ndim());
            case "numel", "nelement" -> new PyInt(v.size());
            case "element_size" -> new PyInt(v.dtype() == DType.FLOAT32 ? 4 : v.dtype() == DType.BOOL ? 1 : 8);
            case "is_floating_point" -> PyBool.of(v.dtype().isFloat());
            case "float", "double", "long", "int", "bool" -> convert(torch, t, TorchTypes.named(name.equals("int")
                    ? "long" : name), at);
            case "to", "type" -> {
                Value d = given.get(0, "dtype");
                DType legacy = name.equals("type") ? legacyType(d) : null;
                if (name.equals("type") && d == null) {
                    yield new PyStr("torch." + switch (v.dtype()) {
                        case FLOAT64 -> "DoubleTensor";
                        case INT64 -> "LongTensor";
                        case BOOL -> "BoolTensor";
                        default -> "FloatTensor";
                    });
                }
                yield d instanceof TorchTypes.TorchDType type ? convert(torch, t, type.dtype(), at)
                        : legacy != null ? convert(torch, t, legacy, at) : t;
            }
            case "type_as" -> convert(torch, t, TorchMath.tensor(given.required(0, "other"), name).value().dtype(), at);
            case "cpu" -> t;
            case "__len__" -> new PyInt(length(v));
            case "__format__" -> new PyStr(format(torch, t, Formatting.str(given.required(0, "format_spec"))));
            case "add_", "sub_", "mul_", "div_", "clamp_" -> {
                String op = name.substring(0, name.length() - 1);
                List<Value> args = new ArrayList<>();
                args.add(t);
                args.addAll(given.positional());
                TensorInPlace.change(torch, t, TorchMath.call(torch, op, new Arguments(op, args, given.keywords()), at), at);
                yield t;
            }
            case "copy_" -> {
                PyArray src = TorchMath.tensor(given.required(0, "src"), name);
                TensorInPlace.change(torch, t, torch.ops.elementwise(Op.ADD, "CopyBackwards", at, false, src,
                        torch.ops.elementwise(Op.MUL, null, at, false, TorchOps.constant(v), new PyInt(0))), at);
                yield t;
            }
            default -> throw ProgramError.of("AttributeError", "'Tensor' object has no attribute '" + name + "'");
        };
    }

    /** {@code t.type(torch.DoubleTensor)} or {@code t.type('torch.DoubleTensor')}: the legacy class's type. */
    private static DType legacyType(Value d) {
        String name = d instanceof PyBuiltin b ? b.name() : d instanceof PyStr s ? s.value() : null;
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "torch.DoubleTensor" -> DType.FLOAT64;
            case "torch.FloatTensor" -> DType.FLOAT32;
            case "torch.LongTensor" -> DType.INT64;
            case "torch.BoolTensor" -> DType.BOOL;
            default -> throw ProgramError.of("ValueError", "invalid type: '" + name + "'");
        };
    }

    /**
     * {@code t.item()}: the one element as a Python number, carrying the tensor's node (the check follows values
     * through it; autograd does not, as in PyTorch).
     *
     * @param t a tensor
     * @return its element
     */
    static Value item(PyArray t) {
        NdArray v = t.value();
        if (v.size() != 1) {
            throw ProgramError.of("ValueError", "only one element tensors can be converted to Python scalars");
        }
        return switch (v.dtype()) {
            case BOOL -> PyBool.of(v.item() != 0);
            case INT64 -> new PyInt((long) v.item());
            default -> new PyFloat(v.item(), t.node());
        };
    }

    private static Value tolist(NdArray v) {
        if (v.ndim() == 0) {
            return item(TorchOps.constant(v));
        }
        List<Value> rows = new ArrayList<>();
        for (int k = 0; k < v.dim(0); k++) {
            rows.add(tolist(TensorSummary.row(v, k)));
        }
        return PyList.of(rows);
    }

    /** {@code len(t)}: the first dimension; a 0-d tensor has none. */
    static int length(NdArray v) {
        if (v.ndim() == 0) {
            throw ProgramError.of("TypeError", "len() of a 0-d tensor");
        }
        return v.dim(0);
    }

    /** {@code t.detach()}: a view that autograd does not follow, on a node of its own if its node is the graph's. */
    private static PyTensor detached(Torch torch, PyTensor t, Span at) {
        PyTensor view = t.view(true);
        if (torch.machine.tape() != null && t.requiresGrad() && t.node() >= 0) {
            return torch.ops.same(Op.RESHAPE, OpArgs.shape(t.value().shape()), null, view, at);
        }
        return view;
    }

    private static PyTensor convert(Torch torch, PyTensor t, DType type, Span at) {
        if (t.value().dtype() == type) {
            return t;
        }
        return torch.ops.apply(Op.RESHAPE, OpArgs.shape(t.value().shape()), "ToCopyBackward0", at, type, type, t);
    }

    /**
     * {@code format(t, spec)}: a 0-d tensor formats its number, any other needs an empty spec (then it is
     * {@code str(t)}), as {@code Tensor.__format__} does.
     *
     * @param torch the torch state
     * @param t the tensor
     * @param spec the format spec
     * @return the text
     */
    static String format(Torch torch, PyTensor t, String spec) {
        if (t.value().ndim() == 0) {
            return Formatting.format(item(t), spec);
        }
        if (!spec.isEmpty()) {
            throw ProgramError.of("TypeError", "unsupported format string passed to Tensor.__format__");
        }
        return TensorFormat.repr(torch, t);
    }
}
