package bpdiff.program.run;

import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.autograd.Function}: a class deriving from it defines {@code forward(ctx, …)} and
 * {@code backward(ctx, grad_output)} as static methods and is called as {@code MySigmoid.apply(x)}. As in PyTorch,
 * {@code forward} runs with gradients off and its result is a tensor whose {@code grad_fn} is the class's backward
 * node ({@code MySigmoidBackward}); {@code ctx.save_for_backward(…)} keeps tensors for {@code ctx.saved_tensors},
 * and {@code ctx.needs_input_grad} says which inputs require grad. A program's {@code backward()} calls the class's
 * {@code backward} with the gradient of its result ({@link TorchAutograd}), so its {@code .grad} is what the
 * program's own derivative gives; what {@code forward} computed is recorded on the tape as any operation is, so the
 * check's autograd differentiates the function itself and judges the hand-written {@code backward} through the
 * gradients it gives.
 */
final class TorchCustomFunction {

    private static final String PREFIX = "torch.autograd.Function.";

    /** {@code torch.autograd.Function}. */
    static final PyClass FUNCTION;

    /** The class of {@code ctx}. */
    static final PyClass CONTEXT;

    static {
        Map<String, Value> dict = new LinkedHashMap<>();
        dict.put("apply", new PyDescriptor(PyDescriptor.Kind.CLASS, new PyBuiltin(PREFIX + "apply"), null));
        dict.put("__call__", new PyBuiltin(PREFIX + "__call__"));
        FUNCTION = new PyClass("Function", "torch.autograd.function", List.of(BuiltinTypes.OBJECT), dict, true);
        Map<String, Value> ctx = new LinkedHashMap<>();
        ctx.put("save_for_backward", new PyBuiltin(PREFIX + "save_for_backward"));
        CONTEXT = new PyClass("BackwardCFunction", "torch.autograd.function", List.of(BuiltinTypes.OBJECT), ctx,
                true);
    }

    /**
     * One call of a custom function that autograd tracks.
     *
     * @param cls the class
     * @param ctx its {@code ctx}
     * @param inputs the arguments {@code apply} was given
     */
    record Call(PyClass cls, PyInstance ctx, List<Value> inputs) {}

    private TorchCustomFunction() {}

    /**
     * @param name a built-in function's name
     * @return whether it is {@code apply} or a method of {@code ctx}
     */
    static boolean owns(String name) {
        return name.startsWith(PREFIX);
    }

    /**
     * @param torch the torch state
     * @param name {@code torch.autograd.Function.apply} (the class first) or {@code save_for_backward} (ctx first)
     * @param a the arguments
     * @param at where
     * @return the result
     */
    static Value call(Torch torch, String name, Arguments a, Span at) {
        if (name.equals(PREFIX + "save_for_backward")) {
            if (a.size() == 0 || !(a.positional().get(0) instanceof PyInstance ctx) || ctx.cls() != CONTEXT) {
                throw ProgramError.of("TypeError", "save_for_backward() needs the ctx of a custom Function");
            }
            List<Value> saved = a.positional().subList(1, a.size());
            for (Value v : saved) {
                if (!(v instanceof PyTensor) && v != PyNone.NONE) {
                    throw ProgramError.of("TypeError", "save_for_backward can only save variables, but argument "
                            + saved.indexOf(v) + " is of type " + BuiltinTypes.typeOf(v).name());
                }
            }
            ctx.attributes().put("saved_tensors", new PyTuple(new ArrayList<>(saved)));
            return PyNone.NONE;
        }
        if (name.equals(PREFIX + "__call__")) {
            throw ProgramError.of("RuntimeError", "Legacy autograd function with non-static forward method is "
                    + "deprecated. Please use new-style autograd function with static forward method. (Example: "
                    + "https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)");
        }
        if (a.size() == 0 || !(a.positional().get(0) instanceof PyClass cls) || !cls.isSubclassOf(FUNCTION)) {
            throw ProgramError.of("TypeError", "apply() must be called on a class deriving from torch.autograd.Function");
        }
        return apply(torch, cls, a.positional().subList(1, a.size()), a.keywords(), at);
    }

    private static Value apply(Torch torch, PyClass cls, List<Value> args, Map<String, Value> kwargs, Span at) {
        if (!kwargs.isEmpty()) {
            throw ProgramError.of("TypeError", "apply() takes no keyword arguments");
        }
        Interpreter machine = torch.machine;
        boolean tracks = false;
        List<Value> needs = new ArrayList<>();
        for (Value v : args) {
            boolean requires = v instanceof PyTensor t && t.requiresGrad();
            needs.add(PyBool.of(requires));
            tracks |= requires && torch.gradEnabled();
        }
        PyInstance ctx = new PyInstance(CONTEXT);
        ctx.attributes().put("needs_input_grad", new PyTuple(needs));
        ctx.attributes().put("saved_tensors", new PyTuple(List.of()));
        List<Value> all = new ArrayList<>(args.size() + 1);
        all.add(ctx);
        all.addAll(args);
        Value forward = Attributes.get(machine, cls, "forward", at);
        Value out;
        torch.enter(false);
        try {
            out = machine.calls.call(forward, all, Map.of(), at);
        } finally {
            torch.exit();
        }
        if (!tracks) {
            return out;
        }
        if (!(out instanceof PyTensor y) || y.node() < 0) {
            throw new ProgramError("a custom Function whose forward returns " + BuiltinTypes.typeOf(out).name()
                    + " instead of one tensor is not supported by bpdiff");
        }
        PyTensor result = y;
        if (args.contains(y) || y.requiresGrad()) {
            result = (PyTensor) TensorMethods.call(torch, y, "clone", new Arguments("clone", List.of(), Map.of()), at);
        }
        result.requiresGrad(true);
        result.gradFn(cls.name() + "Backward");
        torch.graph.custom(result.node(), new Call(cls, ctx, List.copyOf(args)));
        return result;
    }

    /**
     * The class's {@code backward(ctx, grad_output)}, run with gradients off as PyTorch runs it.
     *
     * @param torch the torch state
     * @param call the call of the function
     * @param gradient the gradient of its result
     * @param at where the program called {@code backward()}
     * @return for each input, its gradient, or {@code null}
     */
    static List<NdArray> backward(Torch torch, Call call, NdArray gradient, Span at) {
        Interpreter machine = torch.machine;
        Value backward = Attributes.get(machine, call.cls(), "backward", at);
        Value out;
        torch.enter(false);
        try {
            out = machine.calls.call(backward, List.of(call.ctx(), TorchOps.constant(gradient)), Map.of(), at);
        } finally {
            torch.exit();
        }
        List<Value> grads = out instanceof PyTuple t ? t.items() : List.of(out);
        if (grads.size() != call.inputs().size()) {
            throw ProgramError.of("RuntimeError", "function " + call.cls().name() + "Backward returned an incorrect "
                    + "number of gradients (expected " + call.inputs().size() + ", got " + grads.size() + ")");
        }
        List<NdArray> result = new ArrayList<>();
        for (int k = 0; k < grads.size(); k++) {
            Value g = grads.get(k);
            Value input = call.inputs().get(k);
            if (g == PyNone.NONE || !(input instanceof PyTensor t) || !t.requiresGrad()) {
                result.add(null);
                continue;
            }
            NdArray value = g instanceof PyArray arr ? arr.value() : TorchOps.constant(
                    NdArray.scalar(Numbers.toDouble(g))).value();
            if (!java.util.Arrays.equals(value.shape(), t.value().shape())) {
                throw ProgramError.of("RuntimeError", "Function " + call.cls().name() + "Backward returned an invalid "
                        + "gradient at index " + k + " - got " + TorchOps.text(value.shape()) + " but expected shape "
                        + "compatible with " + TorchOps.text(t.value().shape()));
            }
            result.add(value);
        }
        return result;
    }
}
