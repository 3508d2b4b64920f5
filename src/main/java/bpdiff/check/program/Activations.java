package bpdiff.check.program;

import bpdiff.program.array.Elementwise;
import bpdiff.program.array.NdArray;
import bpdiff.program.tape.Closure;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The activation functions of a forward pass, found by what they compute: a sigmoid {@code 1/(1+exp(-z))},
 * {@code tanh}, a ReLU ({@code np.maximum(0, z)}, {@code z * (z > 0)}, {@code np.where(z > 0, z, 0)}) and a leaky
 * ReLU ({@code np.maximum(0.01 * z, z)}, {@code np.where(z > 0, z, 0.01 * z)}), each with its derivative at this
 * epoch, the value of {@link bpdiff.network.Activation#derivative}.
 */
final class Activations {

    /**
     * One activation.
     *
     * @param output the activation's node
     * @param input the node it is applied to
     * @param derivative \( act'(input) \)
     * @param factor how the lecture writes the derivative, e.g. {@code out_h1·(1−out_h1)}
     * @param kind which activation it computes
     * @param inputName the input's name in the program, e.g. {@code Z1}
     * @param outputName the output's name in the program, e.g. {@code A1}
     */
    record Activation(int output, int input, NdArray derivative, String factor, bpdiff.network.Activation kind,
            String inputName, String outputName) {}

    private Activations() {}

    /**
     * @param closure an epoch's forward pass
     * @return its activations, in the order computed
     */
    static List<Activation> of(Closure closure) {
        Tape tape = closure.tape();
        List<Activation> found = new ArrayList<>();
        for (int id : closure.nodes()) {
            if (closure.isLeaf(id)) {
                continue;
            }
            TapeNode n = tape.node(id);
            Activation a = sigmoid(tape, n);
            if (a == null && n.op() == Op.TANH) {
                a = of(tape, n, n.inputs()[0], bpdiff.network.Activation.TANH, "(1−" + name(tape, id, "tanh") + "²)");
            }
            if (a == null) {
                a = relu(tape, n);
            }
            if (a == null) {
                a = leakyRelu(tape, n);
            }
            if (a != null) {
                found.add(a);
            }
        }
        return found;
    }

    private static Activation sigmoid(Tape tape, TapeNode n) {
        if (n.op() == Op.SIGMOID) {
            String out = name(tape, n.id(), "σ");
            return of(tape, n, n.inputs()[0], bpdiff.network.Activation.SIGMOID, out + "·(1−" + out + ")");
        }
        int power = sigmoidExponent(tape, n);
        if (power < 0 || tape.node(power).op() != Op.NEG) {
            return null;
        }
        int z = tape.node(power).inputs()[0];
        String out = name(tape, n.id(), "σ");
        return of(tape, n, z, bpdiff.network.Activation.SIGMOID, out + "·(1−" + out + ")");
    }

    /**
     * The argument of an activation the program wrote as its own function, in any form
     * ({@code 1 / (1 + math.e ** -z)}, tanh from exponentials): the recorded argument of the call that returned
     * {@code node}, when the result is an elementwise function of that argument alone (constants and leaves that are
     * not parameters, such as {@code e = math.e}, aside) and of its shape, so that \( \partial L / \partial z \)
     * is the lecture's δ of the unit.
     *
     * @param tape the forward pass
     * @param node a node
     * @param parameters the epoch's parameters
     * @return the argument's node, or −1
     */
    static int elementwiseArgument(Tape tape, int node, java.util.Set<Integer> parameters) {
        int z = tape.argumentOf(node);
        if (z < 0 || !java.util.Arrays.equals(tape.node(z).value().shape(), tape.node(node).value().shape())) {
            return -1;
        }
        return elementwiseOf(tape, node, z, parameters, new java.util.HashSet<>(), new int[] {MAX_ELEMENTWISE_NODES})
                ? z : -1;
    }

    /** The most nodes looked at between an activation's result and its argument: a few dozen for any activation. */
    private static final int MAX_ELEMENTWISE_NODES = 64;

    /** Whether {@code node} is computed elementwise from {@code z}, constants and leaves not among the parameters. */
    private static boolean elementwiseOf(Tape tape, int node, int z, java.util.Set<Integer> parameters,
            java.util.Set<Integer> seen, int[] left) {
        if (node == z || !seen.add(node)) {
            return true;
        }
        if (--left[0] < 0 || tape.isReleased(node)) {
            return false;
        }
        TapeNode n = tape.node(node);
        if (n.isLeaf()) {
            return n.constant() || !parameters.contains(node) && n.value().size() == 1;
        }
        if (!ELEMENTWISE.contains(n.op())) {
            return false;
        }
        for (int input : n.inputs()) {
            if (!elementwiseOf(tape, input, z, parameters, seen, left)) {
                return false;
            }
        }
        return true;
    }

    /** The operations that act element by element (a constant operand broadcast). */
    private static final java.util.Set<Op> ELEMENTWISE = java.util.EnumSet.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.POW,
            Op.NEG, Op.EXP, Op.LOG, Op.SQRT, Op.TANH, Op.ABS, Op.MAXIMUM, Op.RELU, Op.MINIMUM, Op.SIN, Op.COS, Op.LOG1P,
            Op.LOGADDEXP, Op.SIGN, Op.CLIP, Op.WHERE, Op.GT, Op.GE, Op.LT, Op.LE, Op.EQ, Op.NE, Op.SIGMOID,
            Op.RECIPROCAL);

    /**
     * @return {@code a} of {@code 1 / (1 + np.exp(a))} (also {@code 1 / (np.exp(a) + 1)}, a reciprocal, or
     *     {@code e ** a}), else −1
     */
    private static int sigmoidExponent(Tape tape, TapeNode n) {
        boolean reciprocal = n.op() == Op.RECIPROCAL;
        if (!reciprocal && (n.op() != Op.DIV || !isConstant(tape, n.inputs()[0], 1))) {
            return -1;
        }
        TapeNode sum = tape.node(n.inputs()[reciprocal ? 0 : 1]);
        if (sum.op() != Op.ADD) {
            return -1;
        }
        int exp = isConstant(tape, sum.inputs()[0], 1) ? sum.inputs()[1]
                : isConstant(tape, sum.inputs()[1], 1) ? sum.inputs()[0] : -1;
        return exp < 0 ? -1 : exponent(tape, tape.node(exp));
    }

    /**
     * @return {@code a} of {@code np.exp(a)} or of {@code e ** a} ({@code math.e}, {@code np.e}, or a variable
     *     holding it), else −1
     */
    private static int exponent(Tape tape, TapeNode n) {
        if (n.op() == Op.EXP) {
            return n.inputs()[0];
        }
        if (n.op() != Op.POW) {
            return -1;
        }
        TapeNode base = tape.node(n.inputs()[0]);
        return base.isLeaf() && base.value().size() == 1 && base.value().data()[0] == Math.E ? n.inputs()[1] : -1;
    }

    /**
     * The argument of a sigmoid written {@code 1/(1+np.exp(-H @ W))}: Python reads {@code -H @ W} as
     * {@code (-H) @ W}, the pre-activation negated, so no node holds the pre-activation itself.
     *
     * @param tape the forward pass
     * @param node a node
     * @return the node {@code (-H) @ W} (or {@code (-H) * w}) if {@code node} is such a sigmoid, else −1
     */
    static int negatedArgument(Tape tape, int node) {
        TapeNode n = tape.node(node);
        int power = n.isLeaf() ? -1 : sigmoidExponent(tape, n);
        if (power < 0) {
            return -1;
        }
        TapeNode u = tape.node(power);
        boolean product = u.op() == Op.MATMUL || u.op() == Op.MUL;
        return product && tape.node(u.inputs()[0]).op() == Op.NEG ? u.id() : -1;
    }

    /**
     * @param tape the forward pass
     * @param u the node {@code (-H) @ W} of {@link #negatedArgument}
     * @return how the program writes it, e.g. {@code (-H @ W_out)}
     */
    static String negatedArgumentText(Tape tape, int u) {
        TapeNode n = tape.node(u);
        int negated = tape.node(n.inputs()[0]).inputs()[0];
        return "(-" + name(tape, negated, "x") + (n.op() == Op.MATMUL ? " @ " : " * ") + name(tape, n.inputs()[1], "w")
                + ")";
    }

    private static Activation relu(Tape tape, TapeNode n) {
        int z = -1;
        if (n.op() == Op.RELU) {
            z = n.inputs()[0];
        } else if (n.op() == Op.MAXIMUM) {
            z = isConstant(tape, n.inputs()[0], 0) ? n.inputs()[1] : isConstant(tape, n.inputs()[1], 0) ? n.inputs()[0] : -1;
        } else if (n.op() == Op.MUL) {
            z = isPositive(tape, n.inputs()[1], n.inputs()[0]) ? n.inputs()[0]
                    : isPositive(tape, n.inputs()[0], n.inputs()[1]) ? n.inputs()[1] : -1;
        } else if (n.op() == Op.WHERE && isPositive(tape, n.inputs()[0], n.inputs()[1])
                && isConstant(tape, n.inputs()[2], 0)) {
            z = n.inputs()[1];
        }
        if (z < 0) {
            return null;
        }
        return of(tape, n, z, bpdiff.network.Activation.RELU, "(" + name(tape, z, "z") + " > 0)");
    }

    /** {@code np.maximum(0.01 * z, z)} (either order) or {@code np.where(z > 0, z, 0.01 * z)}. */
    private static Activation leakyRelu(Tape tape, TapeNode n) {
        int z = -1;
        if (n.op() == Op.MAXIMUM) {
            z = isLeakyPart(tape, n.inputs()[0], n.inputs()[1]) ? n.inputs()[1]
                    : isLeakyPart(tape, n.inputs()[1], n.inputs()[0]) ? n.inputs()[0] : -1;
        } else if (n.op() == Op.WHERE && isPositive(tape, n.inputs()[0], n.inputs()[1])
                && isLeakyPart(tape, n.inputs()[2], n.inputs()[1])) {
            z = n.inputs()[1];
        }
        if (z < 0) {
            return null;
        }
        return of(tape, n, z, bpdiff.network.Activation.LEAKY_RELU,
                "np.where(" + name(tape, z, "z") + " > 0, 1, " + bpdiff.network.Activation.LEAKY_SLOPE + ")");
    }

    /** Whether a node is {@code 0.01 * z} or {@code z * 0.01}, the leaky ReLU's slope times its input. */
    private static boolean isLeakyPart(Tape tape, int node, int z) {
        TapeNode n = tape.node(node);
        double slope = bpdiff.network.Activation.LEAKY_SLOPE;
        return n.op() == Op.MUL && (n.inputs()[1] == z && isConstant(tape, n.inputs()[0], slope)
                || n.inputs()[0] == z && isConstant(tape, n.inputs()[1], slope));
    }

    /** An activation found at node {@code n} applied to node {@code z}, its derivative from its one home. */
    private static Activation of(Tape tape, TapeNode n, int z, bpdiff.network.Activation which, String factor) {
        NdArray derivative = Elementwise.binary(tape.node(z).value(), n.value(), which::derivative);
        return new Activation(n.id(), z, derivative, factor, which, name(tape, z, "z"),
                name(tape, n.id(), which.id() + "(" + name(tape, z, "z") + ")"));
    }

    /** Whether a node is the comparison {@code z > 0}. */
    private static boolean isPositive(Tape tape, int node, int z) {
        TapeNode n = tape.node(node);
        return n.op() == Op.GT && n.inputs()[0] == z && isConstant(tape, n.inputs()[1], 0);
    }

    private static boolean isConstant(Tape tape, int node, double value) {
        TapeNode n = tape.node(node);
        if (!n.isLeaf() || !n.constant()) {
            return false;
        }
        for (double v : n.value().data()) {
            if (v != value) {
                return false;
            }
        }
        return true;
    }

    private static String name(Tape tape, int node, String fallback) {
        String name = tape.nameOf(node);
        return name != null ? name : fallback;
    }
}
