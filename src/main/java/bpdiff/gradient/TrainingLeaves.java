package bpdiff.gradient;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * How a batched training holds its parameters on the engine, {@code C} configurations at once.
 *
 * <p>When every parameter is named by exactly one connection or bias, each layer's weight matrix
 * {@code [C, n_l, n_{l-1}]} and bias column {@code [C, n_l, 1]} is a leaf of its own, which the layer uses as it is:
 * no gather forward and no scatter backward, two nodes fewer per layer in every {@code backward}. When some are shared,
 * the parameters are the one {@code [C, P]} leaf that every layer gathers from with {@code take}, so that autograd
 * sums a shared parameter's uses. Either way the update is w − η·∂L/∂w element by element, the same numbers (a
 * gradient of −0 that the scatter would have added to +0 leaves a weight's value unchanged either way).
 */
final class TrainingLeaves {

    private final NetworkSpec spec;
    private final boolean gathered;
    /** Per leaf, the parameter of each of its elements in one configuration, row-major. */
    private final List<int[]> positions = new ArrayList<>();
    /** Per leaf, its shape in one configuration. */
    private final List<long[]> shapes = new ArrayList<>();
    /** Per layer, its weight leaf and its bias leaf (−1: none). */
    private final int[] weightLeaf;
    private final int[] biasLeaf;

    /**
     * Lays the parameters out as leaves.
     *
     * @param spec the network
     */
    TrainingLeaves(NetworkSpec spec) {
        this.spec = spec;
        ChainRuleKernel layout = new ChainRuleKernel(spec);
        int layers = spec.layerCount();
        int[] sizes = spec.layerSizes();
        int[] uses = new int[spec.parameterCount()];
        weightLeaf = new int[layers];
        biasLeaf = new int[layers];
        for (int l = 1; l <= layers; l++) {
            int[] weights = new int[sizes[l] * sizes[l - 1]];
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < sizes[l - 1]; i++) {
                    weights[j * sizes[l - 1] + i] = layout.weightIndex(l, j, i);
                    uses[layout.weightIndex(l, j, i)]++;
                }
            }
            weightLeaf[l - 1] = add(weights, new long[] {sizes[l], sizes[l - 1]});
            biasLeaf[l - 1] = -1;
            if (layout.biasIndex(l, 0) >= 0) {
                int[] biases = new int[sizes[l]];
                for (int j = 0; j < sizes[l]; j++) {
                    biases[j] = layout.biasIndex(l, j);
                    uses[biases[j]]++;
                }
                biasLeaf[l - 1] = add(biases, new long[] {sizes[l], 1});
            }
        }
        boolean once = true;
        for (int u : uses) {
            once &= u == 1;
        }
        gathered = !once;
        if (gathered) {
            positions.clear();
            shapes.clear();
            int[] all = new int[spec.parameterCount()];
            for (int p = 0; p < all.length; p++) {
                all[p] = p;
            }
            add(all, new long[] {all.length});
        }
    }

    private int add(int[] elements, long[] shape) {
        positions.add(elements);
        shapes.add(shape);
        return positions.size() - 1;
    }

    /**
     * The leaves of {@code C} configurations, filled from their parameter vectors.
     *
     * @param manager their manager
     * @param precision the working precision
     * @param rows {@code [C][P]}
     * @return one array per leaf, {@code [C, …]}
     */
    NDArray[] create(NDManager manager, Precision precision, double[][] rows) {
        NDArray[] leaves = new NDArray[positions.size()];
        for (int k = 0; k < leaves.length; k++) {
            int[] at = positions.get(k);
            double[] values = new double[rows.length * at.length];
            for (int c = 0; c < rows.length; c++) {
                for (int e = 0; e < at.length; e++) {
                    values[c * at.length + e] = rows[c][at[e]];
                }
            }
            leaves[k] = EngineBridge.array(manager, precision, values, shape(rows.length, k));
        }
        return leaves;
    }

    /**
     * Which elements of each leaf are frozen parameters, or {@code null} when none is.
     *
     * @param manager their manager
     * @param configurations {@code C}
     * @return one mask per leaf, true where the update keeps the old value
     */
    NDArray[] frozen(NDManager manager, int configurations) {
        boolean[] trainable = spec.trainable();
        boolean any = false;
        for (boolean t : trainable) {
            any |= !t;
        }
        if (!any) {
            return null;
        }
        NDArray[] masks = new NDArray[positions.size()];
        for (int k = 0; k < masks.length; k++) {
            int[] at = positions.get(k);
            boolean[] frozen = new boolean[configurations * at.length];
            for (int c = 0; c < configurations; c++) {
                for (int e = 0; e < at.length; e++) {
                    frozen[c * at.length + e] = !trainable[at[e]];
                }
            }
            masks[k] = manager.create(frozen, shape(configurations, k));
        }
        return masks;
    }

    /**
     * The step sizes in a shape each leaf's update broadcasts: {@code [C, 1]} or {@code [C, 1, 1]}.
     *
     * @param manager their manager
     * @param precision the working precision
     * @param learningRates {@code [C]}
     * @return one column per leaf
     */
    NDArray[] rates(NDManager manager, Precision precision, double[] learningRates) {
        NDArray[] rates = new NDArray[positions.size()];
        for (int k = 0; k < rates.length; k++) {
            long[] ones = new long[1 + shapes.get(k).length];
            ones[0] = learningRates.length;
            for (int d = 1; d < ones.length; d++) {
                ones[d] = 1;
            }
            rates[k] = EngineBridge.array(manager, precision, learningRates, new Shape(ones));
        }
        return rates;
    }

    /**
     * Layer {@code l}'s neuron inputs from the leaves.
     *
     * @param graph the graph
     * @param step the manager of gathered weights
     * @param leaves the leaves
     * @param layer {@code 1..L}
     * @param below \( out_{l-1} \)
     * @return \( in_l \)
     */
    NDArray neuronInputs(BatchedGraph graph, NDManager step, NDArray[] leaves, int layer, NDArray below) {
        if (gathered) {
            return graph.neuronInputs(step, leaves[0], layer, below);
        }
        int bias = biasLeaf[layer - 1];
        return graph.neuronInputs(leaves[weightLeaf[layer - 1]], bias < 0 ? null : leaves[bias], below);
    }

    /** @return how many values one configuration's leaves hold (each parameter once, or all of them gathered) */
    int elements() {
        return positions.stream().mapToInt(a -> a.length).sum();
    }

    /**
     * Parameter vectors from the leaves' values as one flat read-back: leaf after leaf, each {@code [C, …]}
     * row-major.
     *
     * @param flat the values
     * @param from where they start
     * @param configurations {@code C}
     * @return {@code [C][P]}
     */
    double[][] rows(double[] flat, int from, int configurations) {
        double[][] rows = new double[configurations][spec.parameterCount()];
        int offset = from;
        for (int[] at : positions) {
            for (int c = 0; c < configurations; c++) {
                for (int e = 0; e < at.length; e++) {
                    rows[c][at[e]] = flat[offset++];
                }
            }
        }
        return rows;
    }

    /**
     * Every epoch's parameter vectors from the leaves' histories as one flat read-back: leaf after leaf, each
     * stacked over the epochs, {@code [epochs, C, …]} row-major.
     *
     * @param flat the values
     * @param from where they start
     * @param epochs how many states each leaf's history holds
     * @param configurations {@code C}
     * @return {@code [C][epochs][P]}
     */
    double[][][] path(double[] flat, int from, int epochs, int configurations) {
        double[][][] path = new double[configurations][epochs][spec.parameterCount()];
        int offset = from;
        for (int[] at : positions) {
            for (int e = 0; e < epochs; e++) {
                for (int c = 0; c < configurations; c++) {
                    for (int i = 0; i < at.length; i++) {
                        path[c][e][at[i]] = flat[offset++];
                    }
                }
            }
        }
        return path;
    }

    private Shape shape(int configurations, int leaf) {
        long[] one = shapes.get(leaf);
        long[] all = new long[one.length + 1];
        all[0] = configurations;
        System.arraycopy(one, 0, all, 1, one.length);
        return new Shape(all);
    }
}
