package bpdiff.program.run;

import bpdiff.program.tape.Op;
import bpdiff.program.tape.Tape;
import java.util.HashMap;
import java.util.Map;

/**
 * PyTorch's autograd graph of a running program, over the tape: which recorded operations autograd tracks (their
 * result requires grad) and, for each of their inputs, whether it is a leaf tensor that requires grad (where
 * {@code backward()} accumulates), another tracked operation (where it goes on) or a constant (where it stops).
 *
 * <p>A tape node has one role: a constant operand whose node is a tracked result or a leaf's (a detached view, a
 * number read by {@code .item()}) is copied to a node of its own before it is used ({@link #needsCopy}), so that
 * the replay of {@code backward()} can read every node either as computed or as a leaf. Entries whose nodes the tape
 * has released are dropped.
 */
final class TorchGraph {

    /**
     * A tracked operation.
     *
     * @param op the recorded operation
     * @param inputs the inputs' tape nodes
     * @param leaves for each input, the leaf tensor that requires grad, or {@code null}
     * @param tracked for each input, whether it is another tracked operation's result
     * @param saved the tensors PyTorch's backward node saves (or {@code null} where it saves none)
     * @param versions their versions when it saved them
     */
    record Function(Op op, int[] inputs, PyTensor[] leaves, boolean[] tracked, PyTensor[] saved, int[] versions) {}

    private final Map<Integer, Function> functions = new HashMap<>();
    /** The results of custom functions ({@code MySigmoid.apply(x)}), by node. */
    private final Map<Integer, TorchCustomFunction.Call> customs = new HashMap<>();
    /** The nodes whose saved values a {@code backward()} without {@code retain_graph} freed. */
    private final java.util.Set<Integer> freed = new java.util.HashSet<>();
    /** Leaf tensors that require grad, by their node. */
    private final Map<Integer, PyTensor> leaves = new HashMap<>();
    private int prunedAt = -1;

    /**
     * @param node a tracked result
     * @param function how it was computed
     */
    void add(int node, Function function) {
        functions.put(node, function);
    }

    /**
     * @param node the result of a custom function
     * @param call the call that computed it
     */
    void custom(int node, TorchCustomFunction.Call call) {
        customs.put(node, call);
    }

    /**
     * @param node a node
     * @return the call of a custom function that computed it, or {@code null}
     */
    TorchCustomFunction.Call custom(int node) {
        return customs.get(node);
    }

    /**
     * @param node a node
     * @return the tracked operation that computed it, or {@code null}
     */
    Function function(int node) {
        return functions.get(node);
    }

    /**
     * @param node a node
     * @param leaf a leaf tensor that requires grad and now holds it
     */
    void leaf(int node, PyTensor leaf) {
        if (node >= 0) {
            leaves.put(node, leaf);
        }
    }

    /**
     * @param node a node an operand holds
     * @param operand the operand
     * @return whether it must be copied to a node of its own to be used as what it is
     */
    boolean needsCopy(int node, Value operand) {
        if (node < 0) {
            return false;
        }
        PyTensor leaf = leaves.get(node);
        return functions.containsKey(node) || customs.containsKey(node) || leaf != null && leaf != operand;
    }

    /**
     * @param node a tracked node
     * @return whether a backward pass freed what it saved
     */
    boolean isFreed(int node) {
        return freed.contains(node);
    }

    /**
     * @param node a tracked node whose saved values a backward pass frees
     */
    void free(int node) {
        freed.add(node);
    }

    /**
     * Drops the entries of released nodes, once per release.
     *
     * @param tape the tape
     */
    void prune(Tape tape) {
        if (tape == null || prunedAt == tape.base()) {
            return;
        }
        prunedAt = tape.base();
        functions.keySet().removeIf(tape::isReleased);
        customs.keySet().removeIf(tape::isReleased);
        freed.removeIf(tape::isReleased);
        leaves.keySet().removeIf(tape::isReleased);
    }

    /**
     * Which operands PyTorch's backward node saves, by {@code derivatives.yaml}: a product saves each factor for the
     * other's gradient, a quotient its divisor (and its dividend for the divisor's gradient), a power, a logarithm,
     * {@code abs}, {@code clamp}, {@code max} and the like their input. (Nodes that save their result, as
     * {@code exp} and {@code sigmoid} do, are not listed: only the program's own tensors can be changed in place.)
     *
     * @param op an operation
     * @param requiresGrad for each operand, whether it requires grad
     * @return for each operand, whether it is saved
     */
    static boolean[] saves(Op op, boolean[] requiresGrad) {
        boolean[] saved = new boolean[requiresGrad.length];
        switch (op) {
            case MUL, MATMUL, OUTER -> {
                saved[0] = requiresGrad[1];
                saved[1] = requiresGrad[0];
            }
            case DIV -> {
                saved[1] = requiresGrad[0] || requiresGrad[1];
                saved[0] = requiresGrad[1];
            }
            case POW -> {
                saved[0] = true;
                saved[1] = requiresGrad[1];
            }
            case LOG, ABS, SIN, COS, LOG1P, CLIP, MAX, MIN, PROD, NORM -> saved[0] = true;
            case MAXIMUM, MINIMUM -> java.util.Arrays.fill(saved, true);
            default -> { }
        }
        return saved;
    }

    /**
     * @param op an operation
     * @return whether PyTorch's backward node for it saves tensors (a second backward through it then fails)
     */
    static boolean savesTensors(Op op) {
        return switch (op) {
            case ADD, SUB, NEG, SUM, MEAN, RESHAPE, TRANSPOSE, BROADCAST, CONCAT, GATHER -> false;
            default -> true;
        };
    }
}
