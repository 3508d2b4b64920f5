package bpdiff.program.tape;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import bpdiff.gradient.EngineBridge;
import bpdiff.gradient.Precision;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.Shapes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a recorded forward pass on DJL's PyTorch engine and differentiates it with autograd: the true
 * \( \partial L / \partial v \) of every parameter and every intermediate value of the program, and of every
 * path through which a value reaches the loss.
 *
 * <p>Leaves (and the epoch's parameters, cut from the epochs before) are built from the recorded values in the
 * working precision; every other node is recomputed by the engine with the same operation
 * ({@link OpReplay}). A zero "probe" leaf added to each node's result has gradient
 * \( \partial L / \partial v \); one added to each input where it is used has the gradient of that path alone.
 *
 * <p>The DJL traps are handled on purpose: every replay builds fresh leaves (no gradient accumulates across
 * {@code backward} calls), nothing is changed in place while operations are recorded, each replay runs in its own
 * {@link NDScope} and sub-manager, float64 arrays come from {@code double[]}, and all gradients are read back in one
 * call.
 *
 * <p>Operations are recorded for autograd by {@link EngineBridge#recording()}, per thread, as {@link
 * bpdiff.gradient.DjlAutograd} records them, and not in DJL's {@code GradientCollector}, which allows one open
 * collector in the whole process: so several threads (the requests of {@code bpdiff serve}) replay at once. One
 * thread at a time per instance.
 */
public final class TapeAutograd implements AutoCloseable {

    /** Operations replayed between two calls of a caller's checkpoint. */
    static final int CHECKPOINT_EVERY = 4096;

    private final Precision precision;
    private final NDManager manager;

    /**
     * Starts the engine (offline, once per process).
     *
     * @param precision float64 or float32
     * @throws bpdiff.gradient.EngineUnavailableException if the engine cannot start
     */
    public TapeAutograd(Precision precision) {
        this.precision = precision;
        this.manager = EngineBridge.manager();
    }

    /** @return the engine's version, e.g. {@code 2.7.1} */
    public String engineVersion() {
        return EngineBridge.version();
    }

    /** @return the precision of the replay */
    public Precision precision() {
        return precision;
    }

    /**
     * Replays and differentiates one computation of the loss, with the path through every use of every value.
     *
     * @param closure the nodes the loss depends on; the loss must be a scalar
     * @return the loss and the gradients
     */
    public Replay replay(Closure closure) {
        return replay(closure, id -> true);
    }

    /**
     * Replays and differentiates one computation of the loss.
     *
     * @param closure the nodes the loss depends on; the loss must be a scalar
     * @param pathsOf the values whose paths ({@link Replay#paths}) are wanted: each path costs a probe leaf and an
     *     addition on the engine, at every use of the value
     * @return the loss and the gradients
     */
    @SuppressWarnings("try") // the scope and the recording act by being open
    public Replay replay(Closure closure, java.util.function.IntPredicate pathsOf) {
        return replay(closure, pathsOf, id -> true, () -> { });
    }

    /**
     * Replays a closure, differentiating only some of its values.
     *
     * @param closure the forward pass
     * @param pathsOf the nodes whose incoming paths are measured
     * @param gradientsOf the nodes whose gradient is wanted (among those {@link Closure#wantsGradient})
     * @param checkpoint called every {@value #CHECKPOINT_EVERY} operations and before the backward pass: a caller's
     *     time limit holds inside an epoch of hundreds of thousands of operations (what it throws ends the replay,
     *     its arrays closed)
     * @return the loss and the gradients asked for
     */
    @SuppressWarnings("try") // the scope and the recording act by being open
    public Replay replay(Closure closure, java.util.function.IntPredicate pathsOf,
            java.util.function.IntPredicate gradientsOf, Runnable checkpoint) {
        Tape tape = closure.tape();
        try (NDScope scope = new NDScope();
                NDManager step = manager.newSubManager()) {
            OpReplay ops = new OpReplay(step, precision);
            Map<Integer, NDArray> out = new HashMap<>();
            Map<Integer, NDArray> nodeSources = new LinkedHashMap<>();
            Map<Edge, NDArray> edgeSources = new LinkedHashMap<>();
            NDArray loss;
            try (EngineBridge.Recording recording = EngineBridge.recording()) {
                int done = 0;
                for (int id : closure.nodes()) {
                    if (++done % CHECKPOINT_EVERY == 0) {
                        checkpoint.run();
                    }
                    TapeNode node = tape.node(id);
                    NDArray result;
                    if (closure.isLeaf(id)) {
                        result = EngineBridge.array(step, precision, node.value().data(), shape(node.value()));
                        if (closure.wantsGradient(id) && gradientsOf.test(id)) {
                            result.setRequiresGradient(true);
                            nodeSources.put(id, result);
                        }
                    } else {
                        NDArray[] inputs = new NDArray[node.inputs().length];
                        for (int p = 0; p < inputs.length; p++) {
                            inputs[p] = out.get(node.inputs()[p]);
                            if (closure.differentiable().contains(id) && Closure.isDifferentiable(node.op(), p)
                                    && closure.wantsGradient(node.inputs()[p]) && pathsOf.test(node.inputs()[p])) {
                                NDArray probe = EngineBridge.probe(step, precision, inputs[p].getShape());
                                edgeSources.put(new Edge(id, p), probe);
                                inputs[p] = inputs[p].add(probe);
                            }
                        }
                        result = ops.apply(node.op(), node.args(), inputs);
                        if (closure.wantsGradient(id) && gradientsOf.test(id)) {
                            NDArray probe = EngineBridge.probe(step, precision, result.getShape());
                            nodeSources.put(id, probe);
                            result = result.add(probe);
                        }
                    }
                    out.put(id, result);
                }
                loss = out.get(closure.loss());
                checkpoint.run();
                EngineBridge.backward(step, loss);
            }
            return unpack(tape, loss, nodeSources, edgeSources);
        }
    }

    /**
     * Replays many epochs: those of one {@link ReplayShape} whose operations all have a batched form together
     * ({@link BatchedReplay}), at most {@code batch} at a time, the others one by one.
     *
     * @param closures the epochs' closures
     * @param pathsOf for each closure, the nodes whose incoming paths are measured
     * @return each epoch's replay, in the order given
     */
    @SuppressWarnings("try") // the scope and the recording act by being open
    public List<Replay> replayAll(List<Closure> closures, List<java.util.function.IntPredicate> pathsOf) {
        return replayAll(closures, pathsOf, closures.stream().map(c -> (java.util.function.IntPredicate) id -> true)
                .toList(), () -> { });
    }

    /**
     * Replays many epochs as {@link #replayAll(List, List)} does, differentiating only some values of each.
     *
     * @param closures the epochs' closures
     * @param pathsOf for each closure, the nodes whose incoming paths are measured
     * @param gradientsOf for each closure, the nodes whose gradient is wanted
     * @param checkpoint as {@link #replay(Closure, java.util.function.IntPredicate, java.util.function.IntPredicate,
     *     Runnable)} calls it, and before each group of epochs
     * @return each epoch's replay, in the order given
     */
    @SuppressWarnings("try") // the scope and the recording act by being open
    public List<Replay> replayAll(List<Closure> closures, List<java.util.function.IntPredicate> pathsOf,
            List<java.util.function.IntPredicate> gradientsOf, Runnable checkpoint) {
        Replay[] replays = new Replay[closures.size()];
        Map<ReplayShape, List<Integer>> groups = new LinkedHashMap<>();
        for (int k = 0; k < closures.size(); k++) {
            ReplayShape shape = ReplayShape.ofBatchable(closures.get(k), pathsOf.get(k), gradientsOf.get(k));
            if (shape != null) {
                groups.computeIfAbsent(shape, s -> new ArrayList<>()).add(k);
            } else {
                replays[k] = replay(closures.get(k), pathsOf.get(k), gradientsOf.get(k), checkpoint);
            }
        }
        for (List<Integer> group : groups.values()) {
            if (group.size() == 1) {
                replays[group.get(0)] = replay(closures.get(group.get(0)), pathsOf.get(group.get(0)),
                        gradientsOf.get(group.get(0)), checkpoint);
                continue;
            }
            checkpoint.run();
            try (NDScope scope = new NDScope();
                    NDManager step = manager.newSubManager();
                    EngineBridge.Recording recording = EngineBridge.recording()) {
                List<Closure> members = group.stream().map(closures::get).toList();
                List<Replay> done = new BatchedReplay(step, precision).replay(members, pathsOf.get(group.get(0)),
                        gradientsOf.get(group.get(0)));
                for (int k = 0; k < group.size(); k++) {
                    replays[group.get(k)] = done.get(k);
                }
            }
        }
        return List.of(replays);
    }

    private Replay unpack(Tape tape, NDArray loss, Map<Integer, NDArray> nodeSources, Map<Edge, NDArray> edgeSources) {
        NDList parts = new NDList();
        parts.add(loss);
        List<int[]> shapes = new ArrayList<>();
        for (NDArray source : nodeSources.values()) {
            parts.add(source.getGradient());
            shapes.add(toInts(source.getShape()));
        }
        for (NDArray source : edgeSources.values()) {
            parts.add(source.getGradient());
            shapes.add(toInts(source.getShape()));
        }
        double[] flat = EngineBridge.readBackFlat(parts, precision);
        int at = 1;
        int k = 0;
        Map<Integer, NdArray> gradient = new HashMap<>();
        for (int id : nodeSources.keySet()) {
            int[] shape = shapes.get(k++);
            gradient.put(id, NdArray.slice(flat, at, shape));
            at += Shapes.size(shape);
        }
        Map<Edge, NdArray> paths = new HashMap<>();
        for (Edge edge : edgeSources.keySet()) {
            int[] shape = shapes.get(k++);
            paths.put(edge, NdArray.slice(flat, at, shape));
            at += Shapes.size(shape);
        }
        return new Replay(flat[0], gradient, paths);
    }

    /**
     * @param value an array
     * @return its shape for the engine
     */
    static Shape shape(NdArray value) {
        long[] dims = new long[value.ndim()];
        for (int k = 0; k < dims.length; k++) {
            dims[k] = value.dim(k);
        }
        return new Shape(dims);
    }

    private static int[] toInts(Shape shape) {
        long[] dims = shape.getShape();
        int[] ints = new int[dims.length];
        for (int k = 0; k < dims.length; k++) {
            ints[k] = (int) dims[k];
        }
        return ints;
    }


    @Override
    public void close() {
        manager.close();
    }
}
