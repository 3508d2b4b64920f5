package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.optim.SGD}, {@code Adam}, {@code AdamW}, {@code RMSprop} and {@code Adagrad}: {@code step()} changes
 * each parameter that has a gradient in place by its optimizer's rule ({@link OptimizerRule}, PyTorch 1.13's
 * arithmetic), without recording it for autograd, and tells the check of each as an update whose gradient is the
 * parameter's {@code .grad} and whose learning rate is the optimizer's {@code lr}: whatever the rule makes of it,
 * the gradient it is given is the claim about \( \partial L / \partial w \) (as {@code w.data -= lr * w.grad}'s is).
 * The step is recorded as its value plus \( 0 \cdot \) {@code .grad}, so that what it subtracts is known to come
 * from that gradient. {@code zero_grad()} zeroes every gradient in place (PyTorch 1.13's default;
 * {@code set_to_none=True}, the default from 2.0, drops them).
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
        if (!OptimizerOptions.known(name)) {
            throw new ProgramError("torch.optim." + name + " is not supported: bpdiff runs torch.optim.SGD, Adam, "
                    + "AdamW, RMSprop and Adagrad");
        }
        OptimizerOptions options = OptimizerOptions.of(torch.machine, name, a);
        List<Value> params = new ArrayList<>();
        List<Value> names = new ArrayList<>();
        for (Value p : Iteration.list(a.required(0, "params"), torch.machine, call == null ? null : call.span())) {
            if (p instanceof PyDict) {
                throw new ProgramError("torch.optim." + name + " with parameter groups (dicts) is not supported: "
                        + "give one list of parameters");
            }
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
        optimizer.fields().put("lr", options.group().get("lr"));
        optimizer.optimizer(options, options.rule(torch.machine));
        optimizer.expr(call == null ? null : lrExpr(call));
        return optimizer;
    }

    /**
     * The expression the learning rate is written as: {@code lr=…} or the second positional argument; without one
     * (PyTorch's default), the constructor's call.
     */
    private static Expr lrExpr(Expr.Call call) {
        for (Expr.Keyword k : call.keywords()) {
            if ("lr".equals(k.name())) {
                return k.value();
            }
        }
        return call.arguments().size() > 1 ? call.arguments().get(1) : call;
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
            default -> throw ProgramError.of("AttributeError", "'" + optimizer.name() + "' object has no attribute '"
                    + method + "'");
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
                NdArray oldValue = p.value();
                double[] values = oldValue.data().clone();
                optimizer.rule().step(k, values, g.value().data(),
                        new OptimizerArithmetic(oldValue.dtype() == DType.FLOAT32));
                NdArray newValue = new NdArray(oldValue.shape(), values, oldValue.dtype());
                double[] step = new double[values.length];
                for (int e = 0; e < step.length; e++) {
                    step[e] = oldValue.get(e) - values[e];
                }
                PyTensor subtracted = torch.ops.elementwise(Op.ADD, null, at, false,
                        TorchOps.constant(new NdArray(oldValue.shape(), step, DType.FLOAT64)),
                        torch.ops.elementwise(Op.MUL, null, at, false, g, new PyInt(0)));
                int node = machine.recorder.record(Op.SUB, OpArgs.NONE, at, newValue,
                        new NdArray[] {oldValue, subtracted.value()}, p, subtracted);
                TensorInPlace.change(torch, p, new PyTensor(newValue, node, false, null), at);
                if (call == null) {
                    continue;
                }
                List<Events.Factor> factors = new ArrayList<>();
                // the learning rate, given or PyTorch's default (Adam's 1e-3), is a factor of every optimizer's step
                Span lrAt = lrExpr != null ? lrExpr.span() : call.span();
                factors.add(new Events.Factor(new Expr.Name("lr", lrAt), Numbers.node(lr), Numbers.array(lr), false));
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
        return optimizer.options().repr();
    }
}
