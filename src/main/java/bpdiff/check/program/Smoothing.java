package bpdiff.check.program;

import bpdiff.program.tape.Op;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeNode;

/**
 * A smoothing ε in a loss: a tiny constant added where the loss takes a logarithm, a square root or divides
 * ({@code np.log(A2 + 1e-8)}, {@code np.log(1 - A + 1e-8)}), so that it never meets 0. A derivation by hand leaves
 * it out ({@code dZ2 = A2 - Y}); the gradient of the loss as computed then differs from it by about \( \varepsilon / x \)
 * relatively, which float64's tolerance would call wrong. An epoch whose loss has one is judged within float32's
 * tolerance (relative \( 10^{-4} \)), far above \( \varepsilon / x \) and far below any mistake of a factor, sign or
 * term.
 */
final class Smoothing {

    /** The largest constant counted as a smoothing ε. */
    static final double LARGEST = 1e-5;

    private Smoothing() {}

    /**
     * @param tape the tape
     * @param e an epoch
     * @return the node of the largest smoothing ε its loss adds inside a log, square root or divisor, or −1
     */
    static int epsilon(Tape tape, Epoch e) {
        int found = -1;
        double largest = 0;
        for (int id : e.closure.nodes()) {
            TapeNode node = tape.node(id);
            int argument = node.op() == Op.LOG || node.op() == Op.SQRT ? node.inputs()[0]
                    : node.op() == Op.DIV && node.inputs().length == 2 ? node.inputs()[1] : -1;
            if (argument < 0 || tape.isReleased(argument)) {
                continue;
            }
            TapeNode sum = tape.node(argument);
            if (sum.op() != Op.ADD && sum.op() != Op.SUB) {
                continue;
            }
            for (int input : sum.inputs()) {
                if (input >= 0 && !tape.isReleased(input) && !e.parameterNodes.contains(input)) {
                    TapeNode c = tape.node(input);
                    double v = c.isLeaf() && c.value().size() == 1 ? Math.abs(c.value().data()[0]) : 0;
                    if (v > 0 && v <= LARGEST && v > largest) {
                        largest = v;
                        found = input;
                    }
                }
            }
        }
        return found;
    }
}
