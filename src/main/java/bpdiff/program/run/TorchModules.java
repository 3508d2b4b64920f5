package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code torch.nn}'s losses and activations, as objects ({@code nn.MSELoss()}, {@code nn.Sigmoid()}) and as
 * functions ({@code F.mse_loss}, {@code F.cross_entropy}), each recorded as the elementary operations of its formula:
 *
 * <ul>
 *   <li>{@code mse_loss}: \( \operatorname{mean}_i (x_i - y_i)^2 \) ({@code reduction='sum'}: the sum;
 *       {@code 'none'}: each); {@code l1_loss} the same of \( |x_i - y_i| \);
 *   <li>{@code cross_entropy} of logits \( z \) (classes along dim 1, or dim 0 of one sample) and class indices
 *       \( t \): \( -\operatorname{mean}_n \log\operatorname{softmax}(z_n)_{t_n} \); of class probabilities \( p \):
 *       \( -\operatorname{mean}_n \sum_c p_{nc} \log\operatorname{softmax}(z_n)_c \); {@code nll_loss} the first
 *       of log-probabilities;
 *   <li>{@code binary_cross_entropy}: \( -\operatorname{mean}_i [y_i \max(\ln x_i, -100) + (1 - y_i)
 *       \max(\ln(1 - x_i), -100)] \), PyTorch's clamp of the logarithms (at the clamp itself the derivative is not
 *       PyTorch's, which divides by \( \max(x(1-x), 10^{-12}) \)).
 * </ul>
 */
final class TorchModules {

    /** The module classes of {@code torch.nn} bpdiff runs. */
    static final Set<String> CLASSES = Set.of("MSELoss", "L1Loss", "CrossEntropyLoss", "NLLLoss", "BCELoss", "Sigmoid",
            "ReLU", "Tanh", "Softmax", "LogSoftmax", "LeakyReLU", "BCEWithLogitsLoss", "Identity");

    /** The functions of {@code torch.nn.functional} bpdiff runs. */
    static final Set<String> FUNCTIONS = Set.of("mse_loss", "l1_loss", "cross_entropy", "nll_loss",
            "binary_cross_entropy", "softmax", "log_softmax", "sigmoid", "relu", "tanh", "one_hot", "leaky_relu", "linear",
            "binary_cross_entropy_with_logits");

    private TorchModules() {}

    /**
     * {@code nn.MSELoss(reduction='sum')} and the others: the object, holding its settings.
     *
     * @param name the class
     * @param a the constructor's arguments
     * @return the module
     */
    static TorchObject construct(String name, Arguments a) {
        TorchObject module = new TorchObject(TorchObject.Kind.MODULE, name);
        if (name.endsWith("Loss")) {
            Value reduction = a.keywords().get("reduction");
            module.fields().put("reduction", reduction == null ? new PyStr("mean") : reduction);
        } else if (name.equals("LeakyReLU")) {
            Value slope = a.get(0, "negative_slope");
            module.fields().put("negative_slope", slope == null ? PyFloat.of(0.01) : slope);
        } else if (name.equals("Softmax") || name.equals("LogSoftmax")) {
            Value dim = a.get(0, "dim");
            module.fields().put("dim", dim == null ? PyNone.NONE : dim);
        }
        return module;
    }

    /**
     * @param module the module
     * @return its {@code repr}: {@code MSELoss()}, {@code Softmax(dim=1)}
     */
    static String repr(TorchObject module) {
        Value dim = module.fields().get("dim");
        Value slope = module.fields().get("negative_slope");
        return module.name() + "(" + (dim != null ? "dim=" + Formatting.repr(dim) : slope != null
                ? "negative_slope=" + Formatting.repr(slope) : "") + ")";
    }

    /**
     * Calls a module on tensors.
     *
     * @param torch the torch state
     * @param module the module
     * @param args the tensors
     * @param at where
     * @return the result
     */
    static Value call(Torch torch, TorchObject module, List<Value> args, Span at) {
        Map<String, Value> settings = module.fields();
        String function = switch (module.name()) {
            case "MSELoss" -> "mse_loss";
            case "L1Loss" -> "l1_loss";
            case "CrossEntropyLoss" -> "cross_entropy";
            case "NLLLoss" -> "nll_loss";
            case "BCELoss" -> "binary_cross_entropy";
            case "Softmax" -> "softmax";
            case "LogSoftmax" -> "log_softmax";
            case "LeakyReLU" -> "leaky_relu";
            case "BCEWithLogitsLoss" -> "binary_cross_entropy_with_logits";
            case "Identity" -> "identity";
            default -> module.name().toLowerCase(java.util.Locale.ROOT);
        };
        return functional(torch, function, new Arguments(module.name(), args, settings), at);
    }

    /**
     * @param torch the torch state
     * @param name the function of {@code torch.nn.functional}
     * @param a its arguments
     * @param at where
     * @return its result
     */
    static Value functional(Torch torch, String name, Arguments a, Span at) {
        switch (name) {
            case "sigmoid", "relu", "tanh" -> {
                return TorchMath.call(torch, name, a, at);
            }
            case "softmax", "log_softmax" -> {
                PyArray x = TorchMath.tensor(a.required(0, "input"), name);
                Value dim = a.get(1, "dim");
                if (dim == null || dim == PyNone.NONE) {
                    dim = new PyInt(x.value().ndim() == 0 || x.value().ndim() == 1 || x.value().ndim() == 3 ? 0 : 1);
                }
                return TorchMath.call(torch, name, new Arguments(name, List.of(x, dim), Map.of()), at);
            }
            case "one_hot" -> {
                return oneHot(a);
            }
            case "leaky_relu" -> {
                return leakyRelu(torch, a, at);
            }
            case "identity" -> {
                return a.required(0, "input");
            }
            case "linear" -> {
                return TorchNn.linear(torch, a.required(0, "input"), a.required(1, "weight"),
                        a.get(2, "bias"), at);
            }
            default -> {
                return loss(torch, name, a, at);
            }
        }
    }

    private static Value loss(Torch torch, String name, Arguments a, Span at) {
        PyArray input = TorchMath.tensor(a.required(0, "input"), name);
        PyArray target = TorchMath.tensor(a.required(1, "target"), name);
        Value r = a.keywords().get("reduction");
        String reduction = r == null ? "mean" : Formatting.str(r);
        if (!Set.of("mean", "sum", "none").contains(reduction)) {
            throw ProgramError.of("ValueError", reduction + " is not a valid value for reduction");
        }
        TorchOps ops = torch.ops;
        PyTensor each;
        String gradFn;
        switch (name) {
            case "mse_loss", "l1_loss" -> {
                PyTensor difference = ops.elementwise(Op.SUB, "SubBackward0", at, false, input, target);
                each = name.equals("mse_loss") ? ops.elementwise(Op.POW, "PowBackward0", at, false, difference,
                        new PyInt(2)) : ops.unary(Op.ABS, "AbsBackward0", difference, false, at);
                gradFn = name.equals("mse_loss") ? "MseLossBackward0" : "L1LossBackward0";
            }
            case "binary_cross_entropy" -> {
                each = binaryCrossEntropy(torch, input, target, at);
                gradFn = "BinaryCrossEntropyBackward0";
            }
            case "binary_cross_entropy_with_logits" -> {
                if (a.keywords().get("weight") != null && a.keywords().get("weight") != PyNone.NONE
                        || a.keywords().get("pos_weight") != null && a.keywords().get("pos_weight") != PyNone.NONE) {
                    throw new ProgramError("binary_cross_entropy_with_logits with weight or pos_weight is not "
                            + "supported by bpdiff");
                }
                each = crossEntropyWithLogits(torch, input, target, at);
                gradFn = "BinaryCrossEntropyWithLogitsBackward0";
            }
            default -> {
                return CrossEntropy.of(torch, name, input, target, reduction, at);
            }
        }
        PyTensor out = reduce(ops, each, reduction, at);
        if (out.gradFn() != null) {
            out.gradFn(gradFn);
        }
        return out;
    }

    /**
     * @param ops the operations
     * @param each the loss of each element
     * @param reduction {@code mean}, {@code sum} or {@code none}
     * @param at where
     * @return the reduced loss
     */
    static PyTensor reduce(TorchOps ops, PyTensor each, String reduction, Span at) {
        return switch (reduction) {
            case "mean" -> ops.same(Op.MEAN, OpArgs.reduction(null, false), "MeanBackward0", each, at);
            case "sum" -> ops.same(Op.SUM, OpArgs.reduction(null, false), "SumBackward0", each, at);
            default -> each;
        };
    }

    private static PyTensor binaryCrossEntropy(Torch torch, PyArray input, PyArray target, Span at) {
        NdArray x = input.value();
        for (int k = 0; k < x.size(); k++) {
            if (!(x.get(k) >= 0 && x.get(k) <= 1)) {
                throw ProgramError.of("RuntimeError", "all elements of input should be between 0 and 1");
            }
        }
        if (!java.util.Arrays.equals(x.shape(), target.value().shape())) {
            throw ProgramError.of("ValueError", "Using a target size (" + TorchOps.text(target.value().shape())
                    + ") that is different to the input size (" + TorchOps.text(x.shape()) + ") is deprecated. Please "
                    + "ensure they have the same size.");
        }
        TorchOps ops = torch.ops;
        PyTensor logX = clampedLog(ops, input, at);
        PyTensor oneMinusX = (PyTensor) TensorOperators.binary(torch, BinaryOperator.SUBTRACT, new PyInt(1), input, at);
        PyTensor logOneMinus = clampedLog(ops, oneMinusX, at);
        PyTensor oneMinusY = (PyTensor) TensorOperators.binary(torch, BinaryOperator.SUBTRACT, new PyInt(1), target, at);
        PyTensor sum = ops.elementwise(Op.ADD, "AddBackward0", at, false,
                ops.elementwise(Op.MUL, "MulBackward0", at, false, target, logX),
                ops.elementwise(Op.MUL, "MulBackward0", at, false, oneMinusY, logOneMinus));
        return ops.unary(Op.NEG, "NegBackward0", sum, false, at);
    }

    /**
     * ATen's \( (1 - y) x + m + \ln(e^{-m} + e^{-x - m}) \), \( m = \max(-x, 0) \), each step rounded as it
     * computes it: \( \ln(1 + e^{-x}) + (1 - y) x \) without overflow.
     */
    private static PyTensor crossEntropyWithLogits(Torch torch, PyArray input, PyArray target, Span at) {
        if (!java.util.Arrays.equals(input.value().shape(), target.value().shape())) {
            throw ProgramError.of("ValueError", "Target size (" + TorchOps.text(target.value().shape())
                    + ") must be the same as input size (" + TorchOps.text(input.value().shape()) + ")");
        }
        TorchOps ops = torch.ops;
        PyTensor negX = ops.unary(Op.NEG, "NegBackward0", input, false, at);
        PyTensor m = ops.elementwise(Op.MAXIMUM, "ClampMinBackward0", at, false, negX, PyFloat.of(0));
        Value oneMinusY = TensorOperators.binary(torch, BinaryOperator.SUBTRACT, new PyInt(1), target, at);
        Value linear = TensorOperators.binary(torch, BinaryOperator.MULTIPLY, oneMinusY, input, at);
        Value withM = TensorOperators.binary(torch, BinaryOperator.ADD, linear, m, at);
        PyTensor expNegM = ops.unary(Op.EXP, "ExpBackward0", ops.unary(Op.NEG, "NegBackward0", m, false, at), true,
                at);
        PyTensor expRest = ops.unary(Op.EXP, "ExpBackward0", (PyArray) TensorOperators.binary(torch,
                BinaryOperator.SUBTRACT, negX, m, at), true, at);
        PyTensor log = ops.unary(Op.LOG, "LogBackward0", (PyArray) TensorOperators.binary(torch,
                BinaryOperator.ADD, expNegM, expRest, at), true, at);
        return (PyTensor) TensorOperators.binary(torch, BinaryOperator.ADD, withM, log, at);
    }

    private static PyTensor clampedLog(TorchOps ops, PyArray x, Span at) {
        PyTensor log = ops.unary(Op.LOG, "LogBackward0", x, true, at);
        return ops.elementwise(Op.MAXIMUM, "MaximumBackward0", at, false, log, PyFloat.of(-100));
    }

    /** {@code F.leaky_relu(x, negative_slope=0.01)}: \( x \) where \( x > 0 \), else \( \alpha x \). */
    private static Value leakyRelu(Torch torch, Arguments a, Span at) {
        PyArray x = TorchMath.tensor(a.required(0, "input"), "leaky_relu");
        Value slope = a.get(1, "negative_slope");
        Value scaled = TensorOperators.binary(torch, BinaryOperator.MULTIPLY, x, slope == null ? PyFloat.of(0.01)
                : slope, at);
        Value positive = TensorOperators.compare(torch, Op.GT, x, new PyInt(0), at);
        PyTensor out = (PyTensor) TorchMath.call(torch, "where", new Arguments("where", List.of(positive, x, scaled),
                Map.of()), at);
        if (out.gradFn() != null) {
            out.gradFn("LeakyReluBackward0");
        }
        return out;
    }

    private static Value oneHot(Arguments a) {
        PyArray t = TorchMath.tensor(a.required(0, "tensor"), "one_hot");
        NdArray v = t.value();
        if (v.dtype() != DType.INT64) {
            throw ProgramError.of("RuntimeError", "one_hot is only applicable to index tensor.");
        }
        Value n = a.get(1, "num_classes");
        long classes = n == null ? -1 : Numbers.toLong(n);
        long max = 0;
        for (int k = 0; k < v.size(); k++) {
            max = Math.max(max, (long) v.get(k));
        }
        if (classes < 0) {
            classes = max + 1;
        }
        int[] shape = java.util.Arrays.copyOf(v.shape(), v.ndim() + 1);
        shape[v.ndim()] = (int) classes;
        double[] data = new double[v.size() * (int) classes];
        for (int k = 0; k < v.size(); k++) {
            long c = (long) v.get(k);
            if (c < 0 || c >= classes) {
                throw ProgramError.of("RuntimeError", "Class values must be smaller than num_classes.");
            }
            data[k * (int) classes + (int) c] = 1;
        }
        return new PyTensor(new NdArray(shape, data, DType.INT64), Value.NO_NODE, false, null);
    }
}
