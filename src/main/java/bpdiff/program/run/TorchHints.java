package bpdiff.program.run;

import bpdiff.program.tape.Tape;

/**
 * What a failure of PyTorch's means in a homework program, added to its message: the autograd mistakes that
 * PyTorch reports only by their consequence.
 *
 * <ul>
 *   <li>{@code w = w - lr * w.grad} (not {@code w.data}) records the update in the graph: {@code w} is no leaf
 *       any more and its {@code .grad} is {@code None} ("'NoneType' object has no attribute 'data'");
 *   <li>the loss depends on no tensor that requires grad (the parameters rebound inside {@code torch.no_grad()});
 *   <li>a tensor the graph saved was changed in place before {@code backward()} ("modified by an inplace
 *       operation"): the update runs before {@code backward()}.
 * </ul>
 */
final class TorchHints {

    private TorchHints() {}

    /**
     * @param torch the torch state
     * @param t a non-leaf whose {@code .grad} was read
     * @return the explanation
     */
    static String notLeaf(Torch torch, PyTensor t) {
        Tape tape = torch.machine.tape();
        String name = tape == null || t.node() < 0 || tape.isReleased(t.node()) ? null : tape.nameOf(t.node());
        int line = tape == null || t.node() < 0 || tape.isReleased(t.node()) ? 0 : tape.node(t.node()).line();
        String who = name == null ? "the tensor" : name;
        return (name == null ? "the tensor whose .grad is read" : name + " = … at line " + line + " updates " + name
                + " instead of " + name + ".data, which records the update in the graph: " + name)
                + " is computed by " + t.gradFn() + ", no leaf, so backward() gives it no .grad; update " + who
                + ".data, or do the update inside torch.no_grad()";
    }

    /**
     * @param torch the torch state
     * @return the explanation of a loss that requires no grad
     */
    static String noGrad(Torch torch) {
        return "the loss depends on no tensor that requires grad: a parameter rebound inside torch.no_grad() "
                + "(w = w - lr * w.grad) is a new tensor that does not require grad; change it in place (w -= lr * "
                + "w.grad) or through w.data";
    }

    /**
     * @param torch the torch state
     * @param saved the tensor that changed
     * @param node its node when the graph saved it
     * @param loss the node of the loss being differentiated
     * @return the explanation
     */
    static String changedInPlace(Torch torch, PyTensor saved, int node, int loss) {
        Tape tape = torch.machine.tape();
        String name = tape.isReleased(node) ? null : tape.nameOf(node);
        int lossLine = tape.isReleased(loss) ? 0 : tape.node(loss).line();
        String where = saved.changedAt() == null ? "" : " at line " + saved.changedAt().line();
        return (name == null ? "a tensor the loss was computed from" : name) + " was changed in place" + where
                + " after the loss at line " + lossLine + " was computed from it and before backward(): the update"
                + where + " runs before backward(); call backward() first, then update";
    }
}
