package bpdiff.program.run;

import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.optim.SGD(params, lr)}: {@code step()} changes each parameter that has a gradient in place,
 * \( w \leftarrow w - \eta \, \nabla w \), without recording it for autograd, and tells the check of each as an update
 * that subtracts \( \eta \) times the parameter's {@code .grad} (as {@code w.data -= lr * w.grad} does);
 * {@code zero_grad()} zeroes every gradient in place (PyTorch 1.13's default; {@code set_to_none=True}, the default
 * from 2.0, drops them). Momentum, dampening, Nesterov and weight decay are refused: their step is not a gradient.
 */
final class TorchOptim {

    private TorchOptim() {}

    /**
     * @param torch the torch state
     * @param name the optimizer class
     * @param a the constructor's arguments
     * @param call the call expression, for the learning rate's text
     * @return the optimizer
     */
    static TorchObject construct(Torch torch, String name, Arguments a, Expr.Call call) {
        if (!name.equals("SGD")) {
            throw new ProgramError("torch.optim." + name + " is not supported: bpdiff checks plain gradient descent "
                    + "steps (torch.optim.SGD, or w.data -= lr * w.grad)");
        }
        for (String refused : List.of("momentum", "dampening", "weight_decay", "nesterov")) {
            Value v = a.keywords().get(refused);
            if (v != null && Truth.of(torch.machine, v)) {
                throw new ProgramError("torch.optim.SGD with " + refused + " is not supported: bpdiff checks plain "
                        + "gradient descent steps, w = w - lr * grad");
            }
        }
        Value lr = a.get(1, "lr");
        if (lr == null) {
            throw ProgramError.of("TypeError", "__init__() missing 1 required positional argument: 'lr'");
        }
        List<Value> params = new ArrayList<>();
        List<Value> names = new ArrayList<>();
        for (Value p : Iteration.list(a.required(0, "params"), torch.machine, call == null ? null : call.span())) {
            if (!(p instanceof PyTensor t)) {
                throw ProgramError.of("TypeError", "optimizer can only optimize Tensors, but one of the params is "
                        + BuiltinTypes.typeOf(p).name());
            }
            if (!t.isLeaf()) {
                throw ProgramError.of("ValueError", "can't optimize a non-leaf Tensor");
            }
            params.add(t);
            String n = torch.machine.tape() == null || t.node() < 0 ? null : torch.machine.tape().nameOf(t.node());
            names.add(new PyStr(n == null ? "param " + params.size() : n));
        }
        TorchObject optimizer = new TorchObject(TorchObject.Kind.OPTIMIZER, name);
        optimizer.fields().put("params", PyList.of(params));
        optimizer.fields().put("names", PyList.of(names));
        optimizer.fields().put("lr", lr);
        for (String shown : List.of("momentum", "dampening", "weight_decay")) {
            Value v = a.keywords().get(shown);
            optimizer.fields().put(shown, v == null ? new PyInt(0) : v);
        }
        optimizer.expr(call == null ? null : lrExpr(call));
        return optimizer;
    }

    /** The expression the learning rate is written as: {@code lr=…} or the second positional argument. */
    private static Expr lrExpr(Expr.Call call) {
        for (Expr.Keyword k : call.keywords()) {
            if ("lr".equals(k.name())) {
                return k.value();
            }
        }
        return call.arguments().size() > 1 ? call.arguments().get(1) : null;
    }

    /**
     * @param torch the torch state
     * @param optimizer the optimizer
     * @param method {@code step} or {@code zero_grad}
     * @param a the arguments
     * @param at where
     * @return {@code None}
     */
    static Value call(Torch torch, TorchObject optimizer, String method, Arguments a, Span at) {
        List<Value> params = ((PyList) optimizer.fields().get("params")).items();
        switch (method) {
            case "zero_grad" -> {
                Value none = a.get(0, "set_to_none");
                boolean drop = none != null && Truth.of(torch.machine, none);
                for (Value p : params) {
                    PyTensor t = (PyTensor) p;
                    if (t.grad() != null) {
                        if (drop) {
                            t.grad(null);
                        } else {
                            TensorMethods.call(torch, t.grad(), "zero_", new Arguments("zero_", List.of(),
                                    java.util.Map.of()), at);
                        }
                    }
                }
            }
            case "step" -> step(torch, optimizer, params, at);
            default -> throw ProgramError.of("AttributeError", "'SGD' object has no attribute '" + method + "'");
        }
        return PyNone.NONE;
    }

    private static void step(Torch torch, TorchObject optimizer, List<Value> params, Span at) {
        Interpreter machine = torch.machine;
        if (machine.tape() == null) {
            throw new ProgramError("optimizer.step() is not run while a correction is computed");
        }
        Value lr = optimizer.fields().get("lr");
        List<Value> names = ((PyList) optimizer.fields().get("names")).items();
        Expr.Call call = machine.evaluator.currentCall();
        Expr lrExpr = optimizer.expr();
        Scope scope = Scope.of(Frame.module(machine.globals()));
        torch.enter(false);
        try {
            for (int k = 0; k < params.size(); k++) {
                PyTensor p = (PyTensor) params.get(k);
                PyTensor g = p.grad();
                if (g == null) {
                    continue;
                }
                int order = machine.tape().size();
                int oldNode = p.node();
                bpdiff.program.array.NdArray oldValue = p.value();
                PyTensor subtracted = torch.ops.elementwise(Op.MUL, null, at, false, lr, g);
                PyTensor updated = torch.ops.elementwise(Op.SUB, null, at, false, p, subtracted);
                TensorInPlace.change(torch, p, updated, at);
                if (call == null) {
                    continue;
                }
                List<Events.Factor> factors = new ArrayList<>();
                if (lrExpr != null) {
                    factors.add(new Events.Factor(new Expr.Name("lr", lrExpr.span()), Numbers.node(lr),
                            Numbers.array(lr), false));
                }
                factors.add(new Events.Factor(call, g.node(), g.value(), false));
                machine.listener.update(new Events.Update(Formatting.str(names.get(k)), at, call, factors,
                        subtracted.value(), subtracted.node(), oldNode, oldValue, p.node(), scope, order));
            }
        } finally {
            torch.exit();
        }
    }

    /**
     * @param optimizer an optimizer
     * @return its {@code repr}, as PyTorch prints it
     */
    static String repr(TorchObject optimizer) {
        java.util.Map<String, Value> f = optimizer.fields();
        return optimizer.name() + " (\nParameter Group 0\n    dampening: " + Formatting.repr(f.get("dampening"))
                + "\n    differentiable: False\n    foreach: None\n    lr: " + Formatting.repr(f.get("lr"))
                + "\n    maximize: False\n    momentum: " + Formatting.repr(f.get("momentum")) + "\n    nesterov: False\n"
                + "    weight_decay: " + Formatting.repr(f.get("weight_decay")) + "\n)";
    }
}
