package bpdiff.gradient;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DJL autograd on many configurations at once: a sweep of step sizes, a batch of random seeds, trained as
 * one computation with the configurations as the leading tensor axis.
 *
 * <p>The weights are held on the engine as {@link TrainingLeaves} lays them out (a leaf per layer, or one gathered
 * {@code [C, P]} leaf) and the step sizes as a column; each epoch runs {@link BatchedGraph}'s forward pass and
 * per-configuration loss {@code [C]}, one {@code backward} of their sum (rows never mix, so row {@code c} of the
 * gradient is configuration {@code c}'s own), and \( W \leftarrow W - \eta \odot \partial L / \partial W \) on the
 * engine, after recording has stopped. The weights never leave the engine between epochs; a {@link Training} reads
 * them back once per call, and goes on from where it stopped.
 *
 * <p>Row {@code c} is what {@link DjlAutograd#step} gives for configuration {@code c} alone: the same
 * operations in the same precision (float32 steps round as PyTorch's float32 kernels do, and as
 * {@link DjlAutograd}'s update), so float64 results agree to the last bit or within an ulp where the engine picks a
 * different kernel for a batch (a long sum over many samples). Frozen parameters keep their value.
 *
 * <p>{@link #trajectories} gives a comparison everything it reads of autograd at every epoch: after the training,
 * the weights at the start of every epoch of every configuration are evaluated together by {@link AutogradPass},
 * {@value #EVALUATED_AT_ONCE} rows at a time, with every neuron's values and gradients. Each instance may be used by
 * one thread at a time; two instances may train on two threads at once.
 *
 * <p>Which rows give a single run's bits: every operation of the op-by-op sigmoid, ReLU, {@code torch.tanh}, the
 * leaky ReLU, the identity, the matrix products and the losses computes each element alone, the same in a batch of
 * any size (measured for tanh, the leaky ReLU and the identity: 40 random starts of five networks, 30 epochs, both
 * dtypes, not one loss a bit apart; {@code BatchedRunsTest} holds them to it). The engine's built-in sigmoid kernel
 * ({@code torch.sigmoid}) does not: its vectorised and scalar paths round differently, and which elements take which
 * depends on the batch's size. So a network with {@link Activation#BUILTIN_SIGMOID} in any layer is trained one
 * configuration at a time ({@link #exactInBatches}) and evaluated one point at a time, as {@link DjlAutograd}
 * computes it.
 */
public final class BatchedAutograd implements AutoCloseable {

    /** The most rows one evaluation pass takes: a few MB of read-back, and no reason to go further. */
    static final int EVALUATED_AT_ONCE = 1024;

    private final NetworkSpec spec;
    private final Precision precision;
    private final NDManager manager;
    /** How the parameters are held on the engine during training. */
    private final TrainingLeaves leaves;
    /** The evaluation pass, with every neuron's gradients. */
    private final AutogradPass pass;
    /** Evaluation graphs by their number of rows, made once: the chunks of a long training repeat their sizes. */
    private final Map<Integer, BatchedGraph> evaluationGraphs = new HashMap<>();

    /**
     * Prepares the network on the engine.
     *
     * @param spec the network (its wiring, activation, loss, samples and frozen parameters; the weights and steps
     *     come with each configuration)
     * @param precision float32 or float64
     * @throws EngineUnavailableException if the engine cannot start
     */
    public BatchedAutograd(NetworkSpec spec, Precision precision) {
        this.spec = spec;
        this.precision = precision;
        this.manager = EngineBridge.manager();
        this.leaves = new TrainingLeaves(spec);
        this.pass = new AutogradPass(spec, precision, true);
    }

    /** @return the precision the engine computes in */
    public Precision precision() {
        return precision;
    }

    /**
     * Whether configurations of a network may share a batch and still get, bit for bit, the numbers of training
     * alone (see the class comment).
     *
     * @param spec the network
     * @return false when a layer has the engine's built-in sigmoid
     */
    public static boolean exactInBatches(NetworkSpec spec) {
        return !spec.activations().contains(Activation.BUILTIN_SIGMOID);
    }

    /**
     * Trains every configuration for {@code epochs} epochs in one batched computation.
     *
     * @param configurations the rows: initial weights and step sizes
     * @param epochs how many steps of gradient descent
     * @return every configuration's loss at every epoch and its final weights
     */
    public BatchedTraining train(BatchedConfigurations configurations, int epochs) {
        try (Training training = start(configurations)) {
            return training.advance(epochs, false);
        }
    }

    /**
     * Puts configurations on the engine, to be trained a number of epochs at a time.
     *
     * @param configurations the rows: initial weights and step sizes
     * @return the training, to be closed
     */
    public Training start(BatchedConfigurations configurations) {
        return new Training(configurations);
    }

    /**
     * Trains every configuration and hands back, for each, every epoch's step as {@link DjlAutograd#step} gives it
     * with neuron gradients: the evaluation at the weights at the start of the epoch (loss, gradient, every neuron's
     * values and gradients) and the weights after it.
     *
     * @param configurations the rows: initial weights and step sizes
     * @param epochs how many epochs each configuration needs (the batch trains as many as the longest)
     * @return per configuration, its steps in epoch order, {@code epochs[c]} of them
     */
    public List<List<Step>> trajectories(BatchedConfigurations configurations, int[] epochs) {
        int longest = 0;
        for (int e : epochs) {
            longest = Math.max(longest, e);
        }
        try (Training training = start(configurations)) {
            return steps(training.advance(longest, true).path(), epochs);
        }
    }

    /**
     * Every epoch's step of a trained path: the evaluation at the weights at the start of the epoch and the weights
     * after it.
     *
     * @param path {@code path[c][e]}, the weights at the start of epoch {@code e + 1}, and after the last
     * @param epochs how many epochs of each configuration
     * @return per configuration, its steps
     */
    List<List<Step>> steps(double[][][] path, int[] epochs) {
        List<double[]> points = new ArrayList<>();
        for (int c = 0; c < path.length; c++) {
            for (int e = 0; e < epochs[c]; e++) {
                points.add(path[c][e]);
            }
        }
        List<Evaluation> evaluations = evaluateAll(points);
        List<List<Step>> steps = new ArrayList<>(path.length);
        int next = 0;
        for (int c = 0; c < path.length; c++) {
            List<Step> trajectory = new ArrayList<>(epochs[c]);
            for (int e = 0; e < epochs[c]; e++) {
                trajectory.add(new Step(evaluations.get(next++), path[c][e + 1]));
            }
            steps.add(trajectory);
        }
        return steps;
    }

    /**
     * Configurations on the engine, trained a number of epochs at a time: the weights stay there between calls, so a
     * long training in chunks costs what it costs in one. One thread at a time.
     */
    public final class Training implements AutoCloseable {

        private final NDManager run;
        private final int rows;
        private final BatchedGraph graph;
        private final NDArray[] rates;
        private final NDArray[] frozen;
        /** The leaves the next epoch starts from. */
        private NDArray[] weights;

        private Training(BatchedConfigurations configurations) {
            run = manager.newSubManager();
            rows = configurations.size();
            graph = new BatchedGraph(spec, precision, run, rows);
            rates = leaves.rates(run, precision, configurations.learningRates());
            frozen = leaves.frozen(run, rows);
            weights = leaves.create(run, precision, configurations.initialWeights());
        }

        /**
         * Trains every configuration some epochs more; everything is read back in one call.
         *
         * @param epochs how many
         * @param keepPath whether to keep the weights at the start of every epoch (and then not the losses, which
         *     the path's evaluation gives)
         * @return the losses (or {@code null}), the weights after the last epoch, and the path (or {@code null})
         */
        public BatchedTraining advance(int epochs, boolean keepPath) {
            List<NDArray> losses = keepPath ? null : new ArrayList<>(epochs);
            List<NDArray[]> history = keepPath ? new ArrayList<>(epochs + 1) : null;
            NDArray[] start = weights;
            weights = descend(epochs, losses, history);
            NDList results = new NDList();
            if (!keepPath && epochs > 0) {
                results.add(NDArrays.stack(new NDList(losses), 1).flatten());
            }
            if (keepPath) {
                history.add(weights);
                for (int k = 0; k < weights.length; k++) {
                    NDList states = new NDList(history.size());
                    for (NDArray[] state : history) {
                        states.add(state[k]);
                    }
                    results.add(NDArrays.stack(states).flatten());
                }
            } else {
                for (NDArray leaf : weights) {
                    results.add(leaf.flatten());
                }
            }
            double[] flat;
            try (NDList read = results;
                    NDArray packed = NDArrays.concat(read)) {
                flat = EngineBridge.readBack(packed, precision);
            }
            closeAll(losses);
            if (history != null) {
                // every state but the one the next call starts from
                for (NDArray[] state : history.subList(0, history.size() - 1)) {
                    closeAll(List.of(state));
                }
            } else if (epochs > 0) {
                closeAll(List.of(start));
            }
            if (!keepPath) {
                double[][] lossRows = new double[rows][epochs];
                for (int c = 0; c < rows; c++) {
                    System.arraycopy(flat, c * epochs, lossRows[c], 0, epochs);
                }
                return new BatchedTraining(lossRows, leaves.rows(flat, rows * epochs, rows), null);
            }
            double[][][] path = leaves.path(flat, 0, epochs + 1, rows);
            double[][] last = new double[rows][];
            for (int c = 0; c < rows; c++) {
                last[c] = path[c][epochs];
            }
            return new BatchedTraining(null, last, path);
        }

        /**
         * Runs the epochs on the engine from {@link #weights}.
         *
         * @param losses receives each epoch's losses {@code [C]}, or {@code null}
         * @param history receives the leaves at the start of each epoch, or {@code null}
         * @return the leaves after the last epoch, in {@link #run}
         */
        @SuppressWarnings("try") // the scope acts by being open, not by being called
        private NDArray[] descend(int epochs, List<NDArray> losses, List<NDArray[]> history) {
            int layers = spec.layerCount();
            NDArray[] current = weights;
            for (int epoch = 0; epoch < epochs; epoch++) {
                try (NDScope scope = new NDScope()) {
                    for (NDArray leaf : current) {
                        leaf.setRequiresGradient(true);
                    }
                    NDArray loss;
                    try (EngineBridge.Recording recording = EngineBridge.recording()) {
                        NDArray below = graph.inputs();
                        for (int l = 1; l <= layers; l++) {
                            below = graph.activate(l, leaves.neuronInputs(graph, run, current, l, below));
                        }
                        loss = graph.loss(below);
                        graph.backward(loss);
                    }
                    // recording has stopped: the update is not part of any graph
                    NDArray[] updated = new NDArray[current.length];
                    for (int k = 0; k < current.length; k++) {
                        updated[k] = current[k].sub(current[k].getGradient().mul(rates[k]));
                        if (frozen != null) {
                            updated[k] = NDArrays.where(frozen[k], current[k], updated[k]);
                        }
                    }
                    NDScope.unregister(updated);
                    if (losses != null) {
                        NDArray kept = loss.stopGradient();
                        NDScope.unregister(kept);
                        losses.add(kept);
                    }
                    if (history != null) {
                        // kept as they are until read back (the very first wrap Java buffers, from_blob)
                        history.add(current);
                    } else if (epoch > 0) {
                        closeAll(List.of(current));
                    }
                    current = updated;
                }
            }
            return current;
        }

        /** Frees the configurations' arrays. */
        @Override
        public void close() {
            run.close();
        }
    }

    private static void closeAll(List<NDArray> arrays) {
        if (arrays != null) {
            arrays.forEach(NDArray::close);
        }
    }

    /** Evaluates weight vectors with autograd and neuron gradients, {@link #EVALUATED_AT_ONCE} at a time. */
    @SuppressWarnings("try") // the scope acts by being open, not by being called
    private List<Evaluation> evaluateAll(List<double[]> points) {
        int parameters = spec.parameterCount();
        int atOnce = exactInBatches(spec) ? EVALUATED_AT_ONCE : 1;
        List<Evaluation> all = new ArrayList<>(points.size());
        for (int from = 0; from < points.size(); from += atOnce) {
            int rows = Math.min(atOnce, points.size() - from);
            BatchedGraph graph = evaluationGraphs.computeIfAbsent(rows,
                    r -> new BatchedGraph(spec, precision, manager, r));
            try (NDManager chunk = manager.newSubManager();
                    NDScope scope = new NDScope()) {
                NDArray leaf = EngineBridge.array(chunk, precision,
                        flatten(points.subList(from, from + rows).toArray(double[][]::new), parameters),
                        new Shape(rows, parameters));
                leaf.setRequiresGradient(true);
                all.addAll(pass.evaluate(chunk, graph, leaf, rows));
            }
        }
        return all;
    }

    private static double[] flatten(double[][] rows, int columns) {
        double[] flat = new double[rows.length * columns];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * columns, columns);
        }
        return flat;
    }

    @Override
    public void close() {
        manager.close();
    }
}
