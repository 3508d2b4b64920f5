package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.syntax.Span;
import java.util.Set;

/**
 * The members of {@code torch}, {@code torch.nn}, {@code torch.nn.functional} and {@code torch.optim} a program can
 * call: where each is done. The objects they make are {@link TorchObjects}'.
 */
final class TorchFunctions {

    /** The functions of {@code torch} that make tensors. */
    static final Set<String> CREATION = Set.of("tensor", "as_tensor", "from_numpy", "zeros", "ones", "empty", "full",
            "zeros_like", "ones_like", "empty_like", "rand_like", "randn_like", "eye", "arange", "linspace", "rand",
            "randn", "randint", "normal", "cat", "concat", "stack", "FloatTensor", "DoubleTensor", "LongTensor", "BoolTensor");

    /** The other functions of {@code torch}. */
    static final Set<String> STATE = Set.of("manual_seed", "seed", "initial_seed", "Generator", "no_grad",
            "enable_grad", "set_grad_enabled", "is_grad_enabled", "set_default_dtype", "get_default_dtype",
            "set_printoptions", "is_tensor", "numel", "device");

    private TorchFunctions() {}

    /**
     * @param torch the torch state
     * @param name the function's full name ({@code torch.randn}, {@code torch.nn.functional.mse_loss})
     * @param a its arguments
     * @param at where
     * @return its result
     */
    static Value call(Torch torch, String name, Arguments a, Span at) {
        if (name.startsWith("torch.nn.functional.")) {
            return TorchModules.functional(torch, name.substring("torch.nn.functional.".length()), a, at);
        }
        if (name.startsWith("torch.nn.init.")) {
            return TorchInit.call(torch, name.substring("torch.nn.init.".length()), a, at);
        }
        if (TorchNn.owns(name)) {
            return TorchNn.call(torch, name, a, at);
        }
        if (name.equals("torch.nn.Parameter")) {
            return parameter(torch, a, at);
        }
        if (name.startsWith("torch.nn.")) {
            return TorchModules.construct(name.substring("torch.nn.".length()), a);
        }
        if (TorchCustomFunction.owns(name)) {
            return TorchCustomFunction.call(torch, name, a, at);
        }
        if (name.equals("torch.autograd.grad")) {
            return TorchAutograd.grad(torch, a, at);
        }
        if (name.startsWith("torch.optim.")) {
            return TorchOptim.construct(torch, name.substring("torch.optim.".length()), a,
                    torch.machine.evaluator.currentCall());
        }
        String f = name.substring("torch.".length());
        a = a.withTorchNames();
        if (CREATION.contains(f)) {
            return TorchCreation.call(torch, f, a, at);
        }
        if (STATE.contains(f)) {
            return state(torch, f, a);
        }
        return TorchMath.call(torch, f, a, at);
    }

    /**
     * {@code nn.Parameter(data, requires_grad=True)}: a leaf over the data's storage (detached from the graph that
     * made it, as PyTorch's is), requiring grad.
     */
    private static Value parameter(Torch torch, Arguments a, Span at) {
        Value data = a.get(0, "data");
        if (!(data instanceof PyTensor t)) {
            throw data == null ? new ProgramError("nn.Parameter() without data is not supported: nn.Parameter(torch.zeros(…))")
                    : ProgramError.of("TypeError", "Parameter.__new__() argument 'data' must be Tensor, not "
                    + BuiltinTypes.typeOf(data).name());
        }
        Value flag = a.get(1, "requires_grad");
        PyTensor p = t.asParameter();
        TensorAttributes.requiresGrad(torch, p, flag == null || Truth.of(torch.machine, flag), at);
        return p;
    }

    private static Value state(Torch torch, String f, Arguments a) {
        switch (f) {
            case "manual_seed", "seed" -> {
                torch.random.seed(f.equals("seed") ? 0 : Numbers.toLong(a.required(0, "seed")));
                TorchObject generator = new TorchObject(TorchObject.Kind.GENERATOR, "Generator");
                generator.random(torch.random);
                return generator;
            }
            case "initial_seed" -> {
                return new PyInt(torch.random.initialSeed());
            }
            case "Generator" -> {
                TorchObject generator = new TorchObject(TorchObject.Kind.GENERATOR, "Generator");
                generator.random(new TorchRandom());
                return generator;
            }
            case "no_grad", "enable_grad", "set_grad_enabled" -> {
                TorchObject mode = new TorchObject(TorchObject.Kind.GRAD_MODE, f);
                boolean enabled = f.equals("enable_grad") || f.equals("set_grad_enabled")
                        && Truth.of(torch.machine, a.required(0, "mode"));
                mode.fields().put("enabled", PyBool.of(enabled));
                if (f.equals("set_grad_enabled")) {
                    torch.enter(enabled); // the mode is set by the call; a with block's exit restores the one before
                    mode.fields().put("set", PyBool.of(true));
                }
                return mode;
            }
            case "is_grad_enabled" -> {
                return PyBool.of(torch.gradEnabled());
            }
            case "set_default_dtype" -> {
                DType type = TorchCreation.dtype(a.required(0, "d"));
                if (!type.isFloat()) {
                    throw ProgramError.of("TypeError", "only floating-point types are supported as the default type");
                }
                torch.defaultFloat(type);
                return PyNone.NONE;
            }
            case "get_default_dtype" -> {
                return new TorchTypes.TorchDType(torch.defaultFloat());
            }
            case "set_printoptions" -> {
                TensorFormat.Options o = torch.printOptions();
                Value precision = a.keywords().get("precision");
                o.precision = precision == null ? o.precision : Numbers.toInt(precision);
                Value sci = a.keywords().get("sci_mode");
                o.sciMode = sci == null || sci == PyNone.NONE ? null : Truth.of(torch.machine, sci);
                Value width = a.keywords().get("linewidth");
                o.linewidth = width == null ? o.linewidth : Numbers.toInt(width);
                return PyNone.NONE;
            }
            case "is_tensor" -> {
                return PyBool.of(a.required(0, "obj") instanceof PyTensor);
            }
            case "numel" -> {
                return new PyInt(TorchMath.tensor(a.required(0, "input"), f).value().size());
            }
            default -> {
                return new TorchObject(TorchObject.Kind.DEVICE, "cpu");
            }
        }
    }
}
