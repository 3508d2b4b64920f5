package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.List;
import java.util.Set;

/**
 * The mathematical functions of tensors, shared by {@code torch.f(x, …)} and the method {@code x.f(…)}: the first
 * positional argument is the tensor. Each is recorded as the tape's operation it is (or a few of them) and named by
 * PyTorch 1.13's backward node.
 */
final class TorchMath {

    /** The functions, by name. */
    static final Set<String> NAMES = Set.of("round", "sum", "mean", "max", "min", "exp", "log", "sqrt", "tanh", "sigmoid",
            "relu", "abs", "pow", "clamp", "clip", "matmul", "mm", "mv", "dot", "softmax", "log_softmax", "argmax",
            "argmin", "transpose", "t", "reshape", "view", "unsqueeze", "squeeze", "flatten", "maximum", "minimum",
            "square", "neg", "add", "sub", "mul", "div", "true_divide", "multiply", "subtract", "allclose", "equal",
            "all", "any", "where", "sin", "cos", "log1p", "sign", "isclose", "eq", "ne", "gt", "lt", "ge", "le",
            "expand", "prod", "norm", "std", "var", "logsumexp", "outer", "log10", "log2");

    private TorchMath() {}

    /**
     * {@code torch.round(x, decimals=d)}: to the nearest integer, halves to even ({@code nearbyint}), of
     * \( x \cdot 10^d \) divided by \( 10^d \) (of \( x / 10^{-d} \) times it for \( d < 0 \)), each step in the
     * tensor's type as ATen's {@code round_decimals} kernel computes it. Its derivative is 0 everywhere; a tensor
     * that requires grad is refused.
     */
    private static Value round(Torch torch, PyArray x, Value decimals) {
        if (x instanceof PyTensor t && t.requiresGrad() && torch.gradEnabled()) {
            throw new ProgramError("torch.round of a tensor that requires grad is not supported by bpdiff: round "
                    + "x.detach()");
        }
        bpdiff.program.array.NdArray v = x.value();
        bpdiff.program.array.DType type = v.dtype();
        long d = decimals == null ? 0 : Numbers.toLong(decimals);
        double p = type.cast(Math.pow(10, Math.abs(d)));
        double[] out = new double[v.size()];
        for (int k = 0; k < out.length; k++) {
            double a = v.get(k);
            out[k] = !type.isFloat() ? a : d == 0 ? Math.rint(a) : d > 0
                    ? type.cast(type.cast(Math.rint(type.cast(a * p))) / p)
                    : type.cast(Math.rint(type.cast(a / p)) * p);
        }
        return TorchOps.constant(new bpdiff.program.array.NdArray(v.shape(), out, type));
    }

    /**
     * {@code log10} and {@code log2} (makemore's {@code lossi.append(loss.log10().item())}): of a tensor that
     * autograd tracks, \( \ln x / \ln b \) recorded as the two operations, so that the check differentiates it;
     * otherwise \( \log_b x \) computed in double and rounded once to the tensor's type, as PyTorch's kernel gives it.
     */
    private static Value logBase(Torch torch, String name, PyArray x, Span at) {
        boolean ten = name.equals("log10");
        if (x instanceof PyTensor t && t.requiresGrad() && torch.gradEnabled()) {
            PyTensor log = torch.ops.unary(Op.LOG, "LogBackward0", x, true, at);
            PyTensor out = torch.ops.elementwise(Op.DIV, "DivBackward0", at, true, log, PyFloat.of(Math.log(ten ? 10 : 2)));
            out.gradFn(ten ? "Log10Backward0" : "Log2Backward0");
            return out;
        }
        NdArray v = x.value();
        DType type = TorchTypes.floating(v.dtype(), torch.defaultFloat());
        double[] out = new double[v.size()];
        for (int k = 0; k < out.length; k++) {
            double a = v.get(k);
            out[k] = type.cast(ten ? Math.log10(a) : Math.log(a) / Math.log(2));
        }
        return TorchOps.constant(new NdArray(v.shape(), out, type));
    }

    /**
     * @param torch the torch state
     * @param name the function
     * @param a its arguments, the tensor first
     * @param at where
     * @return its result
     */
    static Value call(Torch torch, String name, Arguments a, Span at) {
        PyArray x = tensor(a.required(0, "input"), name);
        TorchOps ops = torch.ops;
        return switch (name) {
            case "round" -> round(torch, x, a.get(1, "decimals"));
            case "exp" -> ops.unary(Op.EXP, "ExpBackward0", x, true, at);
            case "log" -> ops.unary(Op.LOG, "LogBackward0", x, true, at);
            case "log10", "log2" -> logBase(torch, name, x, at);
            case "sqrt" -> ops.unary(Op.SQRT, "SqrtBackward0", x, true, at);
            case "tanh" -> ops.unary(Op.TANH, "TanhBackward0", x, true, at);
            case "sigmoid" -> ops.unary(Op.SIGMOID, "SigmoidBackward0", x, true, at);
            case "sin" -> ops.unary(Op.SIN, "SinBackward0", x, true, at);
            case "cos" -> ops.unary(Op.COS, "CosBackward0", x, true, at);
            case "log1p" -> ops.unary(Op.LOG1P, "Log1PBackward0", x, true, at);
            case "relu" -> ops.unary(Op.RELU, "ReluBackward0", x, false, at);
            case "abs" -> ops.unary(Op.ABS, "AbsBackward0", x, false, at);
            case "sign" -> ops.unary(Op.SIGN, "SignBackward0", x, false, at);
            case "neg" -> ops.unary(Op.NEG, "NegBackward0", x, false, at);
            case "square" -> ops.elementwise(Op.POW, "PowBackward0", at, false, x, new PyInt(2));
            case "pow" -> TensorOperators.binary(torch, BinaryOperator.POWER, x, a.required(1, "exponent"), at);
            case "add", "sub", "subtract", "mul", "multiply", "div", "true_divide" -> arithmetic(torch, name, x, a, at);
            case "matmul", "mm", "mv", "dot" -> TensorOperators.matmul(torch, x, a.required(1, "other"), at);
            case "outer" -> ops.apply(Op.OUTER, OpArgs.NONE, "OuterBackward0", at, x.value().dtype(),
                    x.value().dtype(), x, a.required(1, "vec2"));
            case "maximum", "minimum" -> ops.elementwise(name.equals("maximum") ? Op.MAXIMUM : Op.MINIMUM,
                    name.equals("maximum") ? "MaximumBackward0" : "MinimumBackward0", at, false, x,
                    a.required(1, "other"));
            case "eq", "ne", "gt", "lt", "ge", "le" -> TensorOperators.compare(torch, comparison(name), x,
                    a.required(1, "other"), at);
            case "clamp", "clip" -> clamp(torch, x, a.get(1, "min"), a.get(2, "max"), at);
            case "sum", "mean", "prod", "logsumexp", "std", "var", "norm" -> TorchReductions.reduce(torch, name, x, a,
                    at);
            case "max", "min" -> TorchReductions.extreme(torch, name, x, a, at);
            case "argmax", "argmin" -> TorchReductions.arg(name, x, a);
            case "all", "any" -> TorchReductions.allAny(name, x, a);
            case "allclose", "isclose", "equal" -> TorchReductions.close(torch, name, x, a, at);
            case "softmax", "log_softmax" -> softmax(torch, name, x, a.get(1, "dim"), at);
            case "where" -> where(torch, x, a, at);
            default -> TorchShapes.call(torch, name, x, a, at);
        };
    }

    /**
     * @param v a value
     * @param function the function it is given to
     * @return it as a tensor
     * @throws ProgramError {@code TypeError} if it is not one
     */
    static PyArray tensor(Value v, String function) {
        if (v instanceof PyArray x) {
            return x;
        }
        throw ProgramError.of("TypeError", function + "(): argument 'input' (position 1) must be Tensor, not "
                + BuiltinTypes.typeOf(v).name());
    }

    private static Value arithmetic(Torch torch, String name, PyArray x, Arguments a, Span at) {
        Value other = a.required(1, "other");
        Value alpha = a.get(2, "alpha");
        if (alpha != null && (name.equals("add") || name.equals("sub") || name.equals("subtract"))) {
            other = TensorOperators.binary(torch, BinaryOperator.MULTIPLY, other, alpha, at);
        }
        BinaryOperator op = switch (name) {
            case "add" -> BinaryOperator.ADD;
            case "sub", "subtract" -> BinaryOperator.SUBTRACT;
            case "mul", "multiply" -> BinaryOperator.MULTIPLY;
            default -> BinaryOperator.DIVIDE;
        };
        return TensorOperators.binary(torch, op, x, other, at);
    }

    private static Op comparison(String name) {
        return switch (name) {
            case "eq" -> Op.EQ;
            case "ne" -> Op.NE;
            case "gt" -> Op.GT;
            case "lt" -> Op.LT;
            case "ge" -> Op.GE;
            default -> Op.LE;
        };
    }

    /** {@code clamp(min, max)}: one bound may be {@code None}; recorded as {@code clip} with an infinite other. */
    private static Value clamp(Torch torch, PyArray x, Value min, Value max, Span at) {
        boolean noMin = min == null || min == PyNone.NONE;
        boolean noMax = max == null || max == PyNone.NONE;
        if (noMin && noMax) {
            throw ProgramError.of("RuntimeError", "torch.clamp: At least one of 'min' or 'max' must not be None");
        }
        DType type = x.value().dtype();
        Value lo = noMin ? PyFloat.of(Double.NEGATIVE_INFINITY) : min;
        Value hi = noMax ? PyFloat.of(Double.POSITIVE_INFINITY) : max;
        return torch.ops.apply(Op.CLIP, OpArgs.NONE, "ClampBackward1", at, type, type, x, lo, hi);
    }

    private static Value softmax(Torch torch, String name, PyArray x, Value dim, Span at) {
        if (dim == null || dim == PyNone.NONE) {
            throw ProgramError.of("TypeError", name + "() missing 1 required positional arguments: \"dim\"");
        }
        Op op = name.equals("softmax") ? Op.SOFTMAX : Op.LOG_SOFTMAX;
        DType type = TorchTypes.floating(x.value().dtype(), torch.defaultFloat());
        String gradFn = name.equals("softmax") ? "SoftmaxBackward0" : "LogSoftmaxBackward0";
        return torch.ops.apply(op, OpArgs.reduction(Numbers.toInt(dim), false), gradFn, at, type, type, x);
    }

    /** {@code torch.where(condition, x, y)}: the condition is read as 0/1, the others promoted together. */
    private static Value where(Torch torch, PyArray condition, Arguments a, Span at) {
        Value x = a.required(1, "input");
        Value y = a.required(2, "other");
        DType type = TorchTypes.result(torch.defaultFloat(), x, y);
        PyTensor mask = new PyTensor(condition.value().withDType(DType.BOOL), condition.node(), false, null);
        return torch.ops.apply(Op.WHERE, OpArgs.NONE, "WhereBackward0", at, null, type, mask,
                cast(x, type), cast(y, type));
    }

    private static Value cast(Value v, DType type) {
        if (v instanceof PyTensor t) {
            return t;
        }
        return new PyTensor(TorchOps.array(v).withDType(type), Numbers.node(v), false, null);
    }

    /**
     * @param values the result of a reduction along an axis
     * @param indices the positions of the extremes
     * @param name {@code max} or {@code min}
     * @return PyTorch's {@code torch.return_types.max(values=…, indices=…)}, a pair
     */
    static PyTuple returnType(Torch torch, String name, PyTensor values, NdArray indices) {
        PyTuple pair = new PyTuple(List.of(values, new PyTensor(indices, Value.NO_NODE, false, null)));
        torch.returnTypes().put(pair, name);
        return pair;
    }
}
