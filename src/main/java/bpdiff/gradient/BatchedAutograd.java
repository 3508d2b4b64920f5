package bpdiff.gradient;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * DJL autograd on many configurations at once: a sweep of step sizes, a batch of random seeds, trained as
 * one computation with the configurations as the leading tensor axis.
 *
 * <p>The weights are one {@code [C, P]} tensor and the step sizes one {@code [C, 1]} column; each epoch runs
 * {@link BatchedGraph}'s forward pass and per-configuration loss {@code [C]}, one {@code backward} of their
 * sum (rows never mix, so row {@code c} of the gradient is configuration {@code c}'s own), and
 * \( W \leftarrow W - \eta \odot \partial L / \partial W \) on the engine, after the
 * {@link GradientCollector} has closed. The weights never leave the engine between epochs; the losses of
 * every epoch and the final weights are read back once, at the end.
 *
 * <p>Row {@code c} is what {@link DjlAutograd#step} gives for configuration {@code c} alone: the same
 * operations in the same precision (float32 steps round as PyTorch's float32 kernels do), so float64
 * results agree to the last bit or within an ulp where the engine picks a different matrix kernel for
 * a batch. Frozen parameters keep their value.
 */
public final class BatchedAutograd implements AutoCloseable {

    private final NetworkSpec spec;
    private final Precision precision;
    private final Engine engine;
    private final NDManager manager;
    private final boolean[] trainable;
    private final boolean anyFrozen;

    /**
     * Prepares the network on the engine.
     *
     * @param spec the network
     * @param precision float32 or float64
     * @throws EngineUnavailableException if the engine cannot start
     */
    public BatchedAutograd(NetworkSpec spec, Precision precision) {
        this.spec = spec;
        this.precision = precision;
        this.engine = PyTorchEngine.get();
        this.manager = engine.newBaseManager(Device.cpu());
        this.trainable = spec.trainable();
        boolean frozen = false;
        for (boolean t : trainable) {
            frozen |= !t;
        }
        this.anyFrozen = frozen;
    }

    /** @return the precision the engine computes in */
    public Precision precision() {
        return precision;
    }

    /**
     * Trains every configuration for {@code epochs} epochs in one batched computation.
     *
     * @param configurations the rows: initial weights and step sizes
     * @param epochs how many steps of gradient descent
     * @return every configuration's loss at every epoch and its final weights
     */
    @SuppressWarnings("try") // the scope and the collector act by being open, not by being called
    public BatchedTraining train(BatchedConfigurations configurations, int epochs) {
        int rows = configurations.size();
        int parameters = spec.parameterCount();
        int layers = spec.layerCount();
        try (NDManager run = manager.newSubManager()) {
            BatchedGraph graph = new BatchedGraph(spec, precision, run, rows);
            NDArray rates = BatchedEngine.array(run, precision, configurations.learningRates(), new Shape(rows, 1));
            NDArray frozenMask = anyFrozen ? frozenMask(run, rows) : null;
            NDArray weights = BatchedEngine.array(
                    run, precision, flatten(configurations.initialWeights(), parameters), new Shape(rows, parameters));
            List<NDArray> losses = new ArrayList<>(epochs);
            for (int epoch = 0; epoch < epochs; epoch++) {
                try (NDScope scope = new NDScope()) {
                    weights.setRequiresGradient(true);
                    NDArray loss;
                    try (GradientCollector collector = engine.newGradientCollector()) {
                        NDArray below = graph.inputs();
                        for (int l = 1; l <= layers; l++) {
                            below = graph.activate(graph.neuronInputs(run, weights, l, below));
                        }
                        loss = graph.loss(below);
                        graph.backward(loss);
                    }
                    // The collector is closed: the update is not recorded.
                    NDArray updated = weights.sub(weights.getGradient().mul(rates));
                    if (frozenMask != null) {
                        updated = NDArrays.where(frozenMask, weights, updated);
                    }
                    NDArray kept = loss.stopGradient();
                    NDScope.unregister(kept, updated);
                    losses.add(kept);
                    weights.close();
                    weights = updated;
                }
            }
            NDList results = new NDList(2);
            if (epochs > 0) {
                results.add(NDArrays.stack(new NDList(losses), 1).flatten());
            }
            results.add(weights.flatten());
            return unpack(BatchedEngine.readBack(NDArrays.concat(results), precision), rows, parameters, epochs);
        }
    }

    private static BatchedTraining unpack(double[] flat, int rows, int parameters, int epochs) {
        double[][] losses = new double[rows][epochs];
        double[][] weights = new double[rows][parameters];
        int pos = 0;
        for (int c = 0; c < rows; c++) {
            System.arraycopy(flat, pos, losses[c], 0, epochs);
            pos += epochs;
        }
        for (int c = 0; c < rows; c++) {
            System.arraycopy(flat, pos, weights[c], 0, parameters);
            pos += parameters;
        }
        return new BatchedTraining(losses, weights);
    }

    /** {@code [C, P]}: true where a parameter is frozen, so the update keeps its old value. */
    private NDArray frozenMask(NDManager run, int rows) {
        boolean[] frozen = new boolean[rows * trainable.length];
        for (int c = 0; c < rows; c++) {
            for (int p = 0; p < trainable.length; p++) {
                frozen[c * trainable.length + p] = !trainable[p];
            }
        }
        return run.create(frozen, new Shape(rows, trainable.length));
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
