package bpdiff.program.run;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object of PyTorch's other than a tensor: a loss or activation module ({@code nn.MSELoss()},
 * {@code nn.Sigmoid()}), an optimizer ({@code torch.optim.SGD}), a grad-mode context ({@code torch.no_grad()}), a
 * generator, a backward node ({@code t.grad_fn}). What it does is {@link TorchModules}' and {@link TorchOptim}'s.
 */
final class TorchObject implements Value {

    /** What the object is. */
    enum Kind {
        /** {@code torch.nn.MSELoss()} and the other modules: called on tensors. */
        MODULE,
        /** {@code torch.optim.SGD}. */
        OPTIMIZER,
        /** {@code torch.no_grad()}, {@code torch.enable_grad()}: a context manager. */
        GRAD_MODE,
        /** {@code torch.Generator()}. */
        GENERATOR,
        /** {@code t.grad_fn}. */
        GRAD_FN,
        /** {@code torch.device('cpu')}. */
        DEVICE
    }

    private final Kind kind;
    private final String name;
    private final Map<String, Value> fields = new LinkedHashMap<>();
    private TorchRandom random;
    private bpdiff.program.syntax.Expr expr;
    private OptimizerOptions options;
    private OptimizerRule rule;

    /**
     * @param kind what it is
     * @param name its class's name ({@code MSELoss}, {@code SGD}, {@code no_grad}, {@code MulBackward0})
     */
    TorchObject(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    /** @return what it is */
    Kind kind() {
        return kind;
    }

    /** @return its class's name */
    String name() {
        return name;
    }

    /** @return its settings ({@code reduction}, {@code lr}, {@code params}, {@code dim}) */
    Map<String, Value> fields() {
        return fields;
    }

    /** @return a generator's own random state, or {@code null} */
    TorchRandom random() {
        return random;
    }

    /**
     * @param state a generator's random state
     */
    void random(TorchRandom state) {
        random = state;
    }

    /** @return for an optimizer, the expression its learning rate is written as, or {@code null} */
    bpdiff.program.syntax.Expr expr() {
        return expr;
    }

    /**
     * @param written the expression its learning rate is written as
     */
    void expr(bpdiff.program.syntax.Expr written) {
        expr = written;
    }

    /** @return an optimizer's options */
    OptimizerOptions options() {
        return options;
    }

    /** @return an optimizer's rule, which holds its state */
    OptimizerRule rule() {
        return rule;
    }

    /**
     * @param given an optimizer's options
     * @param steps the rule they make
     */
    void optimizer(OptimizerOptions given, OptimizerRule steps) {
        options = given;
        rule = steps;
    }

    @Override
    public String typeName() {
        return name;
    }
}
