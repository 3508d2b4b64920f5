package bpdiff.program.tape;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * The shape of one closure's replay: for every node, in the order replayed, what it is (a leaf, or an operation
 * with its arguments and its inputs' positions), the shape of its value, and which gradients and paths the replay
 * asks for. Two epochs of the same shape differ only in their leaves' values, so they can be replayed as one batch.
 */
final class ReplayShape {

    private final int[] code;
    private final OpArgs[] args;
    private final int[][] shapes;
    private final int hash;

    private ReplayShape(int[] code, OpArgs[] args, int[][] shapes) {
        this.code = code;
        this.args = args;
        this.shapes = shapes;
        int h = Arrays.hashCode(code);
        for (int[] s : shapes) {
            h = 31 * h + Arrays.hashCode(s);
        }
        this.hash = h;
    }

    /**
     * @param closure an epoch's closure
     * @param pathsOf the nodes whose incoming paths the replay measures
     * @param gradientsOf the nodes whose gradients the replay gives
     * @return its shape
     */
    static ReplayShape of(Closure closure, IntPredicate pathsOf, IntPredicate gradientsOf) {
        return of(closure, pathsOf, gradientsOf, false);
    }

    /**
     * The shape of a closure that {@link BatchedReplay#batchable} replays in a batch, found in the same pass.
     *
     * @param closure an epoch's closure
     * @param pathsOf the nodes whose incoming paths the replay measures
     * @param gradientsOf the nodes whose gradients the replay gives
     * @return its shape, or {@code null} if an operation of it has no batched form
     */
    static ReplayShape ofBatchable(Closure closure, IntPredicate pathsOf, IntPredicate gradientsOf) {
        return of(closure, pathsOf, gradientsOf, true);
    }

    private static final int[] NO_INPUTS = new int[0];

    private static ReplayShape of(Closure closure, IntPredicate pathsOf, IntPredicate gradientsOf, boolean batchable) {
        int[] nodes = closure.nodes();
        Tape tape = closure.tape();
        NodeSet differentiable = closure.differentiable();
        int loss = closure.loss();
        int[] code = new int[nodes.length * 8 + 16];
        int size = 0;
        OpArgs[] args = new OpArgs[nodes.length];
        int[][] shapes = new int[nodes.length][];
        for (int k = 0; k < nodes.length; k++) {
            int id = nodes[k];
            TapeNode node = tape.node(id);
            boolean leaf = node.isLeaf() || id != loss && closure.cut().contains(id);
            if (batchable && !leaf && !BatchedReplay.batched(tape, node)) {
                return null;
            }
            int[] inputs = leaf ? NO_INPUTS : node.inputs();
            int needed = size + 4 + 2 * inputs.length;
            if (needed > code.length) {
                code = Arrays.copyOf(code, Math.max(needed, code.length * 2 + 16));
            }
            boolean inDifferentiable = differentiable.contains(id);
            boolean wantsGradient = inDifferentiable && !(node.isLeaf() && node.constant());
            code[size++] = leaf ? -1 : node.op().ordinal();
            code[size++] = (wantsGradient && gradientsOf.test(id) ? 1 : 0)
                    | (inDifferentiable ? 2 : 0) | (id == loss ? 4 : 0);
            code[size++] = inputs.length;
            for (int input : inputs) {
                code[size++] = Arrays.binarySearch(nodes, input);
                code[size++] = pathsOf.test(input) ? 1 : 0;
            }
            code[size++] = -2;
            args[k] = leaf ? OpArgs.NONE : node.args();
            shapes[k] = node.value().shapeView();
        }
        return new ReplayShape(Arrays.copyOf(code, size), args, shapes);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ReplayShape o) || o.hash != hash || !Arrays.equals(code, o.code)
                || !Arrays.deepEquals(shapes, o.shapes)) {
            return false;
        }
        for (int k = 0; k < args.length; k++) {
            OpArgs a = args[k];
            OpArgs b = o.args[k];
            if (!Objects.equals(a.axis(), b.axis()) || a.keepDims() != b.keepDims()
                    || !Arrays.equals(a.shape(), b.shape()) || !Arrays.equals(a.positions(), b.positions())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
