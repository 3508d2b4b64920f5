package bpdiff.program.tape;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import bpdiff.gradient.EngineBridge;
import bpdiff.gradient.Precision;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Replays B epochs of one {@link ReplayShape} at once: every value gets a leading batch axis of length B, every
 * operation is applied to all epochs together with numpy's semantics per epoch (operands are padded on the left
 * of their own axes, axes of reductions move one to the right, a matrix product becomes a batched one), and one
 * backward pass of the sum of the B losses gives each epoch its own gradients, since the epochs share nothing.
 *
 * <p>The result equals {@link TapeAutograd#replay} of each epoch alone up to the order of floating-point sums in
 * the engine's batched kernels.
 */
final class BatchedReplay {

    /** The operations that have a batched form here; an epoch using any other is replayed alone. */
    static final Set<Op> BATCHED = EnumSet.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.POW, Op.NEG, Op.EXP, Op.LOG,
            Op.SQRT, Op.TANH, Op.ABS, Op.RELU, Op.MAXIMUM, Op.MINIMUM, Op.WHERE, Op.GT, Op.GE, Op.LT, Op.LE, Op.EQ,
            Op.NE, Op.MATMUL, Op.OUTER, Op.TRANSPOSE, Op.RESHAPE, Op.BROADCAST, Op.SUM, Op.MEAN, Op.GATHER, Op.CONCAT,
            Op.SIGMOID, Op.SOFTMAX, Op.LOG_SOFTMAX, Op.GRAD, Op.RECIPROCAL, Op.LOGADDEXP);

    private final NDManager manager;
    private final Precision precision;
    private final OpReplay ops;

    BatchedReplay(NDManager manager, Precision precision) {
        this.manager = manager;
        this.precision = precision;
        this.ops = new OpReplay(manager, precision);
    }

    /**
     * @param closure a closure
     * @return whether every operation in it has a batched form
     */
    static boolean batchable(Closure closure) {
        Tape tape = closure.tape();
        for (int id : closure.nodes()) {
            TapeNode node = tape.node(id);
            if (!node.isLeaf() && !closure.isLeaf(id) && !batched(tape, node)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param tape the tape
     * @param node an operation that the replay computes (not a leaf of its closure)
     * @return whether it has a batched form here: a matrix product of at most two dimensions on either side
     */
    static boolean batched(Tape tape, TapeNode node) {
        if (node.op() != Op.MATMUL) {
            return BATCHED.contains(node.op());
        }
        for (int input : node.inputs()) {
            if (tape.node(input).value().ndim() > 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * Replays the epochs; must run inside a recording and a scope that frees what it creates.
     *
     * @param closures closures of one shape, at least one
     * @param pathsOf the nodes whose incoming paths are measured
     * @param gradientsOf the nodes whose gradients are wanted
     * @return each epoch's replay, in order
     */
    List<Replay> replay(List<Closure> closures, IntPredicate pathsOf, IntPredicate gradientsOf) {
        Closure first = closures.get(0);
        Tape tape = first.tape();
        int batch = closures.size();
        int[] nodes = first.nodes();
        Map<Integer, Integer> position = new HashMap<>();
        for (int k = 0; k < nodes.length; k++) {
            position.put(nodes[k], k);
        }
        NDArray[] out = new NDArray[nodes.length];
        Map<Integer, NDArray> nodeSources = new LinkedHashMap<>();
        Map<Edge, NDArray> edgeSources = new LinkedHashMap<>();
        for (int k = 0; k < nodes.length; k++) {
            int id = nodes[k];
            TapeNode node = tape.node(id);
            int[] shape = node.value().shape();
            NDArray result;
            if (first.isLeaf(id)) {
                double[] data = new double[batch * node.value().size()];
                for (int b = 0; b < batch; b++) {
                    NdArray values = tape.node(closures.get(b).nodes()[k]).value();
                    values.copyTo(data, b * values.size());
                }
                result = EngineBridge.array(manager, precision, data, batched(batch, shape));
                if (first.wantsGradient(id) && gradientsOf.test(id)) {
                    result.setRequiresGradient(true);
                    nodeSources.put(k, result);
                }
            } else {
                NDArray[] inputs = new NDArray[node.inputs().length];
                int[][] inputShapes = new int[inputs.length][];
                for (int p = 0; p < inputs.length; p++) {
                    int input = node.inputs()[p];
                    inputs[p] = out[position.get(input)];
                    inputShapes[p] = tape.node(input).value().shape();
                    if (first.differentiable().contains(id) && Closure.isDifferentiable(node.op(), p)
                            && first.wantsGradient(input) && pathsOf.test(input)) {
                        NDArray probe = EngineBridge.probe(manager, precision, inputs[p].getShape());
                        edgeSources.put(new Edge(k, p), probe);
                        inputs[p] = inputs[p].add(probe);
                    }
                }
                result = apply(node.op(), node.args(), inputs, inputShapes, shape, batch);
                if (first.wantsGradient(id) && gradientsOf.test(id)) {
                    NDArray probe = EngineBridge.probe(manager, precision, result.getShape());
                    nodeSources.put(k, probe);
                    result = result.add(probe);
                }
            }
            out[k] = result;
        }
        NDArray loss = out[position.get(first.loss())];
        EngineBridge.backward(manager, loss);
        return unpack(closures, loss, nodeSources, edgeSources);
    }

    private NDArray apply(Op op, OpArgs args, NDArray[] in, int[][] inShapes, int[] outShape, int batch) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, POW, MAXIMUM, MINIMUM, LOGADDEXP, WHERE, GT, GE, LT, LE, EQ, NE -> ops.apply(op, args,
                    padded(in, inShapes, outShape.length, batch));
            case NEG, EXP, LOG, SQRT, TANH, ABS, SIGMOID, RELU, RECIPROCAL -> ops.apply(op, args, in);
            case GRAD -> in[1];
            case SOFTMAX, LOG_SOFTMAX -> softmax(op, args, in[0], inShapes[0].length);
            case MATMUL -> matmul(in[0], in[1], inShapes[0].length, inShapes[1].length, outShape, batch);
            case OUTER -> in[0].reshape(batch, -1, 1).mul(in[1].reshape(batch, 1, -1));
            case TRANSPOSE -> transpose(in[0], inShapes[0].length);
            case RESHAPE -> in[0].reshape(batched(batch, args.shape()));
            case BROADCAST -> padded(in[0], inShapes[0], args.shape().length, batch)
                    .broadcast(batched(batch, args.shape()));
            case SUM, MEAN -> reduce(op, args, in[0], inShapes[0].length, batch);
            case GATHER -> gather(args, in[0], batch);
            case CONCAT -> concat(in, batch);
            default -> throw new IllegalStateException(op + " has no batched form");
        };
    }

    /** Each operand reshaped to {@code (B, 1, …, 1, its own shape)} of the result's rank. */
    private static NDArray[] padded(NDArray[] in, int[][] shapes, int rank, int batch) {
        NDArray[] out = new NDArray[in.length];
        for (int p = 0; p < in.length; p++) {
            out[p] = padded(in[p], shapes[p], rank, batch);
        }
        return out;
    }

    private static NDArray padded(NDArray x, int[] shape, int rank, int batch) {
        if (shape.length == rank) {
            return x;
        }
        int[] full = new int[rank];
        Arrays.fill(full, 1);
        System.arraycopy(shape, 0, full, rank - shape.length, shape.length);
        return x.reshape(batched(batch, full));
    }

    private static NDArray matmul(NDArray a, NDArray b, int rankA, int rankB, int[] outShape, int batch) {
        if (rankA == 1 && rankB == 1) {
            return a.mul(b).sum(new int[] {1});
        }
        NDArray left = rankA == 1 ? a.reshape(batch, 1, -1) : a;
        NDArray right = rankB == 1 ? b.reshape(batch, -1, 1) : b;
        return left.matMul(right).reshape(batched(batch, outShape));
    }

    private static NDArray transpose(NDArray x, int rank) {
        if (rank < 2) {
            return x;
        }
        int[] axes = new int[rank + 1];
        for (int k = 1; k <= rank; k++) {
            axes[k] = rank + 1 - k;
        }
        return x.transpose(axes);
    }

    /** softmax along the epoch's own axis, one to the right of the batch axis. */
    private static NDArray softmax(Op op, OpArgs args, NDArray x, int rank) {
        if (rank == 0) {
            return op == Op.SOFTMAX ? x.onesLike() : x.zerosLike();
        }
        int axis = (args.axis() == null ? 0 : args.axis() < 0 ? args.axis() + rank : args.axis()) + 1;
        return op == Op.SOFTMAX ? x.softmax(axis) : x.logSoftmax(axis);
    }

    private static NDArray reduce(Op op, OpArgs args, NDArray x, int rank, int batch) {
        if (rank == 0) {
            return x;
        }
        if (args.axis() == null) {
            NDArray rows = x.reshape(batch, -1);
            NDArray all = op == Op.SUM ? rows.sum(new int[] {1}) : rows.mean(new int[] {1});
            if (!args.keepDims()) {
                return all;
            }
            int[] ones = new int[rank];
            Arrays.fill(ones, 1);
            return all.reshape(batched(batch, ones));
        }
        int[] axis = {(args.axis() < 0 ? args.axis() + rank : args.axis()) + 1};
        return op == Op.SUM ? x.sum(axis, args.keepDims()) : x.mean(axis, args.keepDims());
    }

    private NDArray gather(OpArgs args, NDArray x, int batch) {
        long size = x.size() / batch;
        int[] positions = args.positions();
        long[] flat = new long[batch * positions.length];
        for (int b = 0; b < batch; b++) {
            for (int k = 0; k < positions.length; k++) {
                flat[b * positions.length + k] = b * size + positions[k];
            }
        }
        return x.reshape(x.size()).take(manager, manager.create(flat)).reshape(batched(batch, args.shape()));
    }

    private static NDArray concat(NDArray[] in, int batch) {
        NDList parts = new NDList(in.length);
        for (NDArray part : in) {
            parts.add(part.reshape(batch, -1));
        }
        return NDArrays.concat(parts, 1);
    }

    private List<Replay> unpack(List<Closure> closures, NDArray loss, Map<Integer, NDArray> nodeSources,
            Map<Edge, NDArray> edgeSources) {
        int batch = closures.size();
        NDList parts = new NDList();
        parts.add(loss.toType(precision.dataType(), false).reshape(batch, 1));
        for (NDArray source : nodeSources.values()) {
            parts.add(source.getGradient().toType(precision.dataType(), false).reshape(batch, -1));
        }
        for (NDArray source : edgeSources.values()) {
            parts.add(source.getGradient().toType(precision.dataType(), false).reshape(batch, -1));
        }
        double[] flat = EngineBridge.readBack(NDArrays.concat(parts, 1), precision);
        int width = flat.length / batch;
        Tape tape = closures.get(0).tape();
        int[] shapeNodes = closures.get(0).nodes();
        List<Replay> replays = new ArrayList<>();
        for (int b = 0; b < batch; b++) {
            int[] nodes = closures.get(b).nodes();
            int at = b * width + 1;
            Map<Integer, NdArray> gradient = new HashMap<>();
            for (int k : nodeSources.keySet()) {
                int[] shape = tape.node(shapeNodes[k]).value().shape();
                gradient.put(nodes[k], NdArray.slice(flat, at, shape));
                at += Shapes.size(shape);
            }
            Map<Edge, NdArray> paths = new HashMap<>();
            for (Edge edge : edgeSources.keySet()) {
                int input = tape.node(shapeNodes[edge.consumer()]).inputs()[edge.position()];
                int[] shape = tape.node(input).value().shape();
                paths.put(new Edge(nodes[edge.consumer()], edge.position()), NdArray.slice(flat, at, shape));
                at += Shapes.size(shape);
            }
            replays.add(new Replay(flat[b * width], gradient, paths));
        }
        return replays;
    }

    private static Shape batched(int batch, int[] shape) {
        long[] dims = new long[shape.length + 1];
        dims[0] = batch;
        for (int k = 0; k < shape.length; k++) {
            dims[k + 1] = shape[k];
        }
        return new Shape(dims);
    }

}
