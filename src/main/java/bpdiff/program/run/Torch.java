package bpdiff.program.run;

import bpdiff.gradient.Precision;
import bpdiff.program.array.DType;
import bpdiff.program.tape.TapeAutograd;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/**
 * The state PyTorch keeps for a running program: whether gradients are being recorded ({@code torch.no_grad()}),
 * the default floating type, the random generator, the autograd graph, and the engines {@code backward()} replays on
 * (one per precision, started when first needed and closed when the run ends).
 */
final class Torch implements AutoCloseable {

    final Interpreter machine;
    final TorchGraph graph = new TorchGraph();
    final TorchRandom random = new TorchRandom();
    final TorchOps ops;
    private final Deque<Boolean> modes = new ArrayDeque<>();
    private final Map<Precision, TapeAutograd> engines = new EnumMap<>(Precision.class);
    private boolean gradEnabled = true;
    private DType defaultFloat = DType.FLOAT32;
    private final TensorFormat.Options printOptions = new TensorFormat.Options();
    private final java.util.List<PyTensor> retaining = new java.util.ArrayList<>();
    private final java.util.Map<PyTuple, String> returnTypes = new java.util.IdentityHashMap<>();
    private String hint;
    private String trigger;
    private PyTensor backwardRoot;
    /** Each {@code .grad} the program read, with the tensor it belongs to and how that was written. */
    private final java.util.Map<PyTensor, GradOf> gradsRead = new java.util.WeakHashMap<>();

    /** The tensor a {@code .grad} belongs to, and its name. */
    private record GradOf(PyTensor owner, String name) {}

    /**
     * @param machine the interpreter
     */
    Torch(Interpreter machine) {
        this.machine = machine;
        this.ops = new TorchOps(this);
    }

    /**
     * Notes that the program read a tensor's {@code .grad}, so that a comparison with it can name the tensor.
     *
     * @param grad the gradient read
     * @param owner the tensor it belongs to
     * @param written the expression before {@code .grad}, as written
     */
    void gradRead(PyTensor grad, PyTensor owner, String written) {
        if (machine.tape() != null && owner.node() >= 0) {
            String recorded = machine.tape().nameOf(owner.node());
            gradsRead.put(grad, new GradOf(owner, recorded != null ? recorded : written));
        }
    }

    /**
     * A comparison of two tensors: when one is a {@code .grad} the program read and the other a recorded value, the
     * check is told that the value claims that gradient ({@link Events.Comparison}).
     *
     * @param x one tensor
     * @param y the other
     * @param at where
     */
    void compared(PyArray x, PyArray y, bpdiff.program.syntax.Span at) {
        if (machine.tape() == null || machine.listener == null) {
            return;
        }
        GradOf of = y instanceof PyTensor t ? gradsRead.get(t) : null;
        PyArray hand = x;
        if (of == null) {
            of = x instanceof PyTensor t ? gradsRead.get(t) : null;
            hand = y;
        }
        if (of != null && hand.node() >= 0 && !(hand instanceof PyTensor t && gradsRead.containsKey(t))
                && of.owner().node() >= 0 && hand.node() != of.owner().node()) {
            machine.listener.comparison(new Events.Comparison(hand.node(), of.owner().node(), of.name(), at,
                    machine.tape().size()));
        }
    }

    /** @return whether operations on tensors that require grad are recorded for autograd */
    boolean gradEnabled() {
        return gradEnabled;
    }

    /**
     * Enters {@code torch.no_grad()} or {@code torch.enable_grad()}.
     *
     * @param enabled the mode inside
     */
    void enter(boolean enabled) {
        modes.push(gradEnabled);
        gradEnabled = enabled;
    }

    /** Leaves the innermost grad mode. */
    void exit() {
        gradEnabled = modes.isEmpty() ? true : modes.pop();
    }

    /** @return {@code torch.get_default_dtype()} */
    DType defaultFloat() {
        return defaultFloat;
    }

    /**
     * @param type {@code torch.set_default_dtype}'s argument, a floating type
     */
    void defaultFloat(DType type) {
        defaultFloat = type;
    }

    /**
     * @param precision a precision
     * @return the engine replaying {@code backward()} in it
     * @throws bpdiff.gradient.EngineUnavailableException if the engine cannot start
     */
    TapeAutograd engine(Precision precision) {
        return engines.computeIfAbsent(precision, TapeAutograd::new);
    }

    /**
     * @param t a non-leaf that called {@code retain_grad()}
     */
    void retain(PyTensor t) {
        retaining.add(t);
    }

    /** @return the non-leaves that keep their gradient and whose values the tape still holds */
    java.util.List<PyTensor> retaining() {
        bpdiff.program.tape.Tape tape = machine.tape();
        if (tape != null) {
            retaining.removeIf(t -> t.node() < 0 || tape.isReleased(t.node()));
        }
        return retaining;
    }

    /**
     * The pairs {@code torch.max(x, dim)} returned ({@code torch.return_types.max}), by identity, so that
     * {@code .values} and {@code .indices} read them; the oldest are forgotten beyond a few hundred.
     *
     * @return the pairs and the function that made each
     */
    java.util.Map<PyTuple, String> returnTypes() {
        if (returnTypes.size() > 256) {
            returnTypes.clear();
        }
        return returnTypes;
    }

    /**
     * Marks a tuple as a {@code torch.Size}: it is a tuple in every way but its {@code repr}
     * ({@code torch.Size([2, 3])}).
     *
     * @param shape the shape's tuple
     * @return it
     */
    PyTuple size(PyTuple shape) {
        returnTypes().put(shape, "Size");
        return shape;
    }

    /** @return {@code torch.set_printoptions}' settings */
    TensorFormat.Options printOptions() {
        return printOptions;
    }

    /**
     * Remembers why the program may fail soon (a tensor that lost its gradient, a saved tensor changed in place), for
     * the failure's message.
     *
     * @param why the explanation
     * @param failure a part of the message of the failure it explains
     */
    void hint(String why, String failure) {
        hint = why;
        trigger = failure;
    }

    /**
     * @param message the message the program fails with
     * @return the explanation remembered for such a failure, or {@code null}
     */
    String hintFor(String message) {
        return hint != null && message.contains(trigger) ? hint : null;
    }

    /**
     * @param root the scalar tensor the latest {@code backward()} without a gradient argument was called on
     */
    void backwardRoot(PyTensor root) {
        backwardRoot = root;
    }

    /** @return the tensor of the latest {@code backward()} since last asked, or {@code null}; forgets it */
    PyTensor takeBackwardRoot() {
        PyTensor root = backwardRoot;
        backwardRoot = null;
        return root;
    }

    @Override
    public void close() {
        engines.values().forEach(TapeAutograd::close);
        engines.clear();
    }
}
