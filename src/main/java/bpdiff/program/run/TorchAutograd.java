package bpdiff.program.run;

import bpdiff.gradient.Precision;
import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Closure;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import bpdiff.program.tape.Replay;
import bpdiff.program.tape.Tape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A program's own {@code loss.backward()}, run by DJL autograd on the PyTorch engine: the part of the tape that
 * PyTorch's graph of the loss covers ({@link TorchGraph}: tracked operations, down to the leaves that require grad
 * and the constants) is replayed by {@link bpdiff.program.tape.TapeAutograd} in the loss's precision (float32 for a
 * {@code torch.Tensor}), and each leaf's gradient is added to its {@code .grad} as PyTorch does: a new tensor the
 * first time, then accumulated in place until the program zeroes or drops it. A non-leaf that called
 * {@code retain_grad()} gets its gradient too.
 *
 * <p>Each gradient is recorded as a {@link Op#GRAD} node of the weights it was taken at, so the check knows that an
 * update subtracting {@code w.grad} subtracts a derivative, and whether it was taken at this epoch's weights; an
 * accumulated gradient is the sum of the gradients it holds.
 */
final class TorchAutograd {

    private TorchAutograd() {}

    /**
     * @param torch the torch state
     * @param loss the tensor {@code backward()} is called on
     * @param gradient the gradient given for a tensor of more than one element, or {@code null}
     * @param retainGraph whether the graph may be differentiated again
     * @param at where
     */
    static void backward(Torch torch, PyTensor loss, PyTensor gradient, boolean retainGraph, Span at) {
        Interpreter machine = torch.machine;
        if (!loss.requiresGrad()) {
            torch.hint(TorchHints.noGrad(torch), "does not require grad");
            throw ProgramError.of("RuntimeError", "element 0 of tensors does not require grad and does not have a "
                    + "grad_fn");
        }
        if (gradient == null && loss.value().size() != 1) {
            throw ProgramError.of("RuntimeError", "grad can be implicitly created only for scalar outputs");
        }
        Tape tape = machine.tape();
        if (tape == null) {
            throw new ProgramError("backward() is not run while a correction is computed");
        }
        int root = loss.node();
        if (gradient != null) {
            root = weighted(torch, loss, gradient, at);
        }
        Graph graph = traverse(torch, root, loss);
        Precision precision = loss.value().dtype() == DType.FLOAT64 ? Precision.FLOAT64 : Precision.FLOAT32;
        java.util.TreeMap<Integer, NdArray> pending = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        Map<Integer, PyTensor> retained = new LinkedHashMap<>();
        Map<Integer, NdArray> retainedGrads = new HashMap<>();
        List<Graph> graphs = new ArrayList<>(List.of(graph));
        if (torch.graph.custom(root) != null) {
            pending.put(root, ones(tape.node(root).value()));
        } else {
            stage(torch, graph, root, precision, pending, retained, retainedGrads, at);
        }
        // custom functions' own backward, latest first: every use of a result was differentiated before it
        while (!pending.isEmpty()) {
            Map.Entry<Integer, NdArray> next = pending.pollFirstEntry();
            TorchCustomFunction.Call call = torch.graph.custom(next.getKey());
            List<NdArray> grads = TorchCustomFunction.backward(torch, call, next.getValue(), at);
            for (int k = 0; k < grads.size(); k++) {
                if (grads.get(k) == null) {
                    continue;
                }
                PyTensor input = (PyTensor) call.inputs().get(k);
                if (input.isLeaf()) {
                    accumulate(torch, input, input.node(), grads.get(k), at);
                } else if (torch.graph.custom(input.node()) != null) {
                    pending.merge(input.node(), grads.get(k), TorchAutograd::sum);
                } else {
                    torch.enter(true);
                    int from;
                    try {
                        from = weighted(torch, input, TorchOps.constant(grads.get(k)), at);
                    } finally {
                        torch.exit();
                    }
                    Graph part = traverse(torch, from, input);
                    graphs.add(part);
                    stage(torch, part, from, precision, pending, retained, retainedGrads, at);
                }
            }
        }
        retained.forEach((node, t) -> t.grad(gradient(torch, node, typed(retainedGrads.get(node), t), at)));
        if (!retainGraph) {
            graphs.forEach(g -> free(torch, g));
        }
        if (gradient == null) {
            torch.backwardRoot(loss);
        }
        if (machine.listener instanceof BackwardObserver observer) {
            observer.backward(machine.globals());
        }
    }

    /**
     * Replays one part of a backward pass, from {@code root} down to the leaves, the constants and the results of
     * custom functions: adds each leaf's gradient to its {@code .grad}, each retained tensor's to what it gets, and
     * each custom result's to what its function's {@code backward} is given.
     */
    private static void stage(Torch torch, Graph graph, int root, Precision precision,
            Map<Integer, NdArray> pending, Map<Integer, PyTensor> retained, Map<Integer, NdArray> retainedGrads,
            Span at) {
        Tape tape = torch.machine.tape();
        Replay replay = replay(torch, graph.closure(tape, root), precision);
        for (Map.Entry<Integer, PyTensor> e : graph.leaves.entrySet()) {
            accumulate(torch, e.getValue(), e.getKey(), replay.gradient().get(e.getKey()), at);
        }
        for (Map.Entry<Integer, PyTensor> e : graph.retained.entrySet()) {
            NdArray g = replay.gradient().get(e.getKey());
            if (g != null) {
                retained.put(e.getKey(), e.getValue());
                retainedGrads.merge(e.getKey(), g, TorchAutograd::sum);
            }
        }
        for (int id : graph.customs) {
            NdArray g = replay.gradient().get(id);
            if (g != null) {
                DType type = tape.node(id).value().dtype();
                pending.merge(id, new NdArray(g.shape(), g.data(), DType.FLOAT64).withDType(type), TorchAutograd::sum);
            }
        }
    }

    private static NdArray sum(NdArray a, NdArray b) {
        return Op.ADD.apply(OpArgs.NONE, a, b).withDType(a.dtype());
    }

    private static NdArray ones(NdArray like) {
        double[] data = new double[like.size()];
        java.util.Arrays.fill(data, 1);
        return new NdArray(like.shape(), data, like.dtype());
    }

    /**
     * {@code torch.autograd.grad(outputs, inputs, retain_graph=None, create_graph=False, allow_unused=False)}: the
     * gradients of a one-element output with respect to each input, as new tensors, the same numbers
     * {@code backward()} would add to their {@code .grad}, which stay as they are.
     *
     * @param torch the torch state
     * @param a the arguments
     * @param at where
     * @return a tuple of one gradient (or {@code None}, if unused and allowed) per input
     */
    static Value grad(Torch torch, Arguments a, Span at) {
        PyTensor loss = single(a.required(0, "outputs"));
        Value inputsValue = a.required(1, "inputs");
        List<Value> inputs = inputsValue instanceof PyTensor t ? List.of(t) : Numbers.items(inputsValue);
        Value gradOutputs = a.get(2, "grad_outputs");
        if (gradOutputs != null && gradOutputs != PyNone.NONE) {
            throw new ProgramError("torch.autograd.grad with grad_outputs is not supported: differentiate a sum, "
                    + "(output * weights).sum()");
        }
        Value create = a.get(4, "create_graph");
        if (create != null && Truth.of(torch.machine, create)) {
            throw new ProgramError("torch.autograd.grad(create_graph=True) is not supported: bpdiff takes first "
                    + "derivatives only");
        }
        Value retain = a.get(3, "retain_graph");
        Value unused = a.get(6, "allow_unused");
        boolean allowUnused = unused != null && Truth.of(torch.machine, unused);
        if (!loss.requiresGrad()) {
            throw ProgramError.of("RuntimeError", "element 0 of tensors does not require grad and does not have a "
                    + "grad_fn");
        }
        if (loss.value().size() != 1) {
            throw ProgramError.of("RuntimeError", "grad can be implicitly created only for scalar outputs");
        }
        if (torch.machine.tape() == null) {
            throw new ProgramError("torch.autograd.grad() is not run while a correction is computed");
        }
        List<PyTensor> tensors = new ArrayList<>();
        for (Value v : inputs) {
            if (!(v instanceof PyTensor t)) {
                throw ProgramError.of("TypeError", "grad(): argument 'inputs' must be tuple of Tensors, not "
                        + BuiltinTypes.typeOf(v).name());
            }
            if (!t.requiresGrad()) {
                throw ProgramError.of("RuntimeError", "One of the differentiated Tensors does not require grad");
            }
            tensors.add(t);
        }
        Graph graph = traverse(torch, loss.node(), loss);
        if (!graph.customs.isEmpty()) {
            throw new ProgramError("torch.autograd.grad through a custom torch.autograd.Function is not supported by "
                    + "bpdiff: call backward() and read .grad");
        }
        Precision precision = loss.value().dtype() == DType.FLOAT64 ? Precision.FLOAT64 : Precision.FLOAT32;
        Replay replay = replay(torch, graph.closure(torch.machine.tape(), loss.node()), precision);
        List<Value> gradients = new ArrayList<>();
        for (PyTensor t : tensors) {
            boolean reached = graph.leaves.containsKey(t.node()) || graph.interior.contains(t.node());
            NdArray g = reached ? replay.gradient().get(t.node()) : null;
            if (g == null && !allowUnused) {
                throw ProgramError.of("RuntimeError", "One of the differentiated Tensors appears to not have been used "
                        + "in the graph. Set allow_unused=True if this is the desired behavior.");
            }
            gradients.add(g == null ? PyNone.NONE : gradient(torch, t.node(), typed(g, t), at));
        }
        if (retain == null || retain == PyNone.NONE || !Truth.of(torch.machine, retain)) {
            free(torch, graph);
        }
        return new PyTuple(gradients);
    }

    /**
     * Replays a graph on the engine, charged to the run's budget before it runs as \( 3W \), \( W \) the work of its
     * forward pass ({@link Closure#work}): the replay computes the forward pass again, and its backward pass is about
     * twice that (a product's backward is two products). The clock is read before and after: one call runs natively
     * and cannot be stopped inside, so a {@code backward()} in a loop is stopped at the first call past the limit,
     * and calls of more work than the budget has left are refused before they run.
     */
    private static Replay replay(Torch torch, Closure closure, Precision precision) {
        Budget budget = torch.machine.budget;
        long work = Budget.product(closure.work(), 3);
        budget.clock();
        budget.work(work);
        Replay replay = torch.engine(precision).replay(closure, id -> false);
        budget.worked(work);
        budget.clock();
        return replay;
    }

    /** The one tensor of {@code outputs}: a tensor, or a list or tuple of one. */
    private static PyTensor single(Value outputs) {
        Value v = outputs;
        if (!(v instanceof PyTensor)) {
            List<Value> items = Numbers.items(outputs);
            if (items.size() != 1) {
                throw new ProgramError("torch.autograd.grad of " + items.size() + " outputs is not supported: "
                        + "differentiate their sum");
            }
            v = items.get(0);
        }
        if (!(v instanceof PyTensor t)) {
            throw ProgramError.of("TypeError", "grad(): argument 'outputs' must be tuple of Tensors, not "
                    + BuiltinTypes.typeOf(v).name());
        }
        return t;
    }

    /** Frees what the graph's backward nodes saved, as a backward pass without {@code retain_graph} does. */
    private static void free(Torch torch, Graph graph) {
        for (int node : graph.interior) {
            TorchGraph.Function f = torch.graph.function(node);
            if (f != null && TorchGraph.savesTensors(f.op())) {
                torch.graph.free(node);
            }
        }
    }

    /**
     * Told after each {@code backward()} with the module's variables: how tests read the gradients a program's own
     * backward pass filled in.
     */
    interface BackwardObserver {

        /**
         * @param globals the module's variables after the backward pass
         */
        void backward(Map<String, Value> globals);
    }

    /** {@code L.backward(g)} of a tensor: the backward pass of \( \sum L \cdot g \), which has the same gradients. */
    private static int weighted(Torch torch, PyTensor loss, PyTensor gradient, Span at) {
        if (!java.util.Arrays.equals(loss.value().shape(), gradient.value().shape())) {
            throw ProgramError.of("RuntimeError", "Mismatch in shape: grad_output[0] has a shape of "
                    + TorchOps.text(gradient.value().shape()) + " and output[0] has a shape of "
                    + TorchOps.text(loss.value().shape()) + ".");
        }
        PyTensor product = torch.ops.elementwise(Op.MUL, "MulBackward0", at, false, loss,
                TorchOps.constant(gradient.value()));
        return torch.ops.same(Op.SUM, OpArgs.reduction(null, false), "SumBackward0", product, at).node();
    }

    /** The part of PyTorch's graph a backward pass from {@code root} covers. */
    private static final class Graph {
        final Map<Integer, PyTensor> leaves = new LinkedHashMap<>();
        final Map<Integer, PyTensor> retained = new LinkedHashMap<>();
        final Set<Integer> interior = new HashSet<>();
        final Set<Integer> constants = new HashSet<>();
        /** Results of custom functions, where this part of the pass stops. */
        final Set<Integer> customs = new HashSet<>();

        Closure closure(Tape tape, int root) {
            Set<Integer> all = new java.util.TreeSet<>(interior);
            all.addAll(leaves.keySet());
            all.addAll(constants);
            all.add(root);
            Set<Integer> cut = new HashSet<>(leaves.keySet());
            cut.addAll(constants);
            cut.addAll(customs);
            return Closure.over(tape, root, all.stream().mapToInt(Integer::intValue).toArray(), cut);
        }
    }

    private static Graph traverse(Torch torch, int root, PyTensor loss) {
        Graph graph = new Graph();
        Tape tape = torch.machine.tape();
        if (loss.isLeaf()) {
            graph.leaves.put(root, loss);
            return graph;
        }
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(root);
        graph.interior.add(root);
        while (!todo.isEmpty()) {
            int id = todo.pop();
            if (torch.graph.custom(id) != null && !tape.isReleased(id)) {
                graph.customs.add(id);
                continue;
            }
            TorchGraph.Function f = torch.graph.function(id);
            if (f == null || tape.isReleased(id) || tape.node(id).isLeaf()) {
                throw new ProgramError("backward() reaches a value of an epoch bpdiff has already checked and let go: "
                        + "the loss depends on an earlier epoch's graph (update parameters with .data or inside "
                        + "torch.no_grad())", true);
            }
            if (torch.graph.isFreed(id)) {
                throw ProgramError.of("RuntimeError", "Trying to backward through the graph a second time (or directly "
                        + "access saved tensors after they have already been freed). Saved intermediate values of the "
                        + "graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if "
                        + "you need to backward through the graph a second time or if you need to access saved tensors "
                        + "after calling backward.");
            }
            for (int p = 0; p < f.saved().length; p++) {
                PyTensor saved = f.saved()[p];
                if (saved != null && saved.version() != f.versions()[p]) {
                    torch.hint(TorchHints.changedInPlace(torch, saved, f.inputs()[p], root), "modified by an inplace");
                    throw ProgramError.of("RuntimeError", "one of the variables needed for gradient computation has "
                            + "been modified by an inplace operation: [torch." + TensorOperators.scalarName(
                            saved.value().dtype()) + "Tensor " + TorchOps.text(saved.value().shape()) + "] is at version "
                            + saved.version() + "; expected version " + f.versions()[p] + " instead. Hint: enable anomaly "
                            + "detection to find the operation that failed to compute its gradient, with "
                            + "torch.autograd.set_detect_anomaly(True).");
                }
            }
            for (int p = 0; p < f.inputs().length; p++) {
                int input = f.inputs()[p];
                if (f.leaves()[p] != null) {
                    graph.leaves.putIfAbsent(input, f.leaves()[p]);
                } else if (f.tracked()[p]) {
                    if (graph.interior.add(input)) {
                        todo.push(input);
                    }
                } else {
                    graph.constants.add(input);
                }
            }
        }
        for (PyTensor t : torch.retaining()) {
            if (graph.interior.contains(t.node())) {
                graph.retained.put(t.node(), t);
            }
        }
        if (loss.retainsGrad()) {
            graph.retained.put(loss.node(), loss);
        }
        return graph;
    }

    /** PyTorch's {@code AccumulateGrad}: a new gradient tensor, or the sum with the one the leaf holds. */
    private static void accumulate(Torch torch, PyTensor leaf, int node, NdArray g, Span at) {
        if (g == null) {
            return;
        }
        NdArray value = typed(g, leaf);
        PyTensor held = leaf.grad();
        if (held == null) {
            leaf.grad(gradient(torch, node, value, at));
            return;
        }
        NdArray sum = Op.ADD.apply(OpArgs.NONE, held.value(), value).withDType(held.value().dtype());
        boolean zero = true;
        for (int k = 0; k < held.value().size(); k++) {
            zero &= held.value().get(k) == 0;
        }
        int fresh = gradient(torch, node, value, at).node();
        int summed = zero || held.node() < 0 ? fresh : torch.machine.recorder.record(Op.ADD, OpArgs.NONE, at, sum,
                new NdArray[] {held.value(), value}, held, new PyTensor(value, fresh, false, null));
        held.set(sum, summed);
    }

    private static NdArray typed(NdArray g, PyTensor like) {
        return new NdArray(g.shape(), g.data(), DType.FLOAT64).withDType(like.value().dtype());
    }

    /** A gradient tensor recorded as {@link Op#GRAD} of the weights it was taken at. */
    private static PyTensor gradient(Torch torch, int weights, NdArray value, Span at) {
        Recorder recorder = torch.machine.recorder;
        int leaf = recorder.leaf(value, null, at);
        int node = recorder.node(Op.GRAD, new int[] {weights, leaf}, value, at);
        return new PyTensor(value, node, false, null);
    }
}
