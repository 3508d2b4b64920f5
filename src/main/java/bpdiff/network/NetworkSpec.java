package bpdiff.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A fully connected network written as data: layer sizes, named parameters and how they are wired.
 *
 * <p>Layer 0 holds the inputs; layers {@code 1..L} compute
 * \( in_j = \sum_i w_{ji} \, out_i + b_j \) and \( out_j = act(in_j) \). Connections and biases refer to
 * parameters by name, so two connections that name the same parameter share it. The lecture network is
 * {@link Networks#lecture()}.
 *
 * <p>Neurons are named as in the lecture: {@code o1, o2, …} for the output layer, {@code h1, h2, …} for
 * a single hidden layer, and {@code h<layer>_<j>} (e.g. {@code h2_1}) when there are several.
 *
 * @param name a short name for reports
 * @param layerSizes neurons per layer, inputs first
 * @param weights {@code weights[l-1][j][i]} names the parameter on the connection from neuron {@code i}
 *     of layer {@code l-1} to neuron {@code j} of layer {@code l}
 * @param biases {@code biases[l-1][j]} names the bias of neuron {@code j} of layer {@code l}; a
 *     {@code null} row (or a {@code null} array) means that layer has no biases
 * @param parameters every distinct parameter, in the order used by all gradient vectors
 * @param activation applied by every neuron of layers {@code 1..L}
 * @param loss the loss of the outputs
 * @param learningRate the gradient-descent step
 * @param epochs how many steps of gradient descent to run
 * @param samples the training samples; the loss is taken over all of them at once
 */
public record NetworkSpec(
        String name,
        int[] layerSizes,
        String[][][] weights,
        String[][] biases,
        List<Parameter> parameters,
        Activation activation,
        LossFunction loss,
        double learningRate,
        int epochs,
        List<Sample> samples) {

    /** Makes the lists unmodifiable; the arrays are trusted not to change after construction. */
    public NetworkSpec {
        parameters = List.copyOf(parameters);
        samples = List.copyOf(samples);
        if (biases == null) {
            biases = new String[layerSizes.length - 1][];
        }
    }

    /**
     * Compares by value: the arrays by their contents, so that two specs built alike are equal (a cache may be
     * keyed on a spec).
     *
     * @param o another object
     * @return whether it is a spec with the same name, wiring, parameters, settings and samples
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkSpec s && name.equals(s.name) && Arrays.equals(layerSizes, s.layerSizes)
                && Arrays.deepEquals(weights, s.weights) && Arrays.deepEquals(biases, s.biases)
                && parameters.equals(s.parameters) && activation == s.activation && loss == s.loss
                && Double.compare(learningRate, s.learningRate) == 0 && epochs == s.epochs && samples.equals(s.samples);
    }

    /** @return a hash of the same contents {@link #equals} compares */
    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(layerSizes), Arrays.deepHashCode(weights), Arrays.deepHashCode(biases),
                parameters, activation, loss, learningRate, epochs, samples);
    }

    /** @return the name, the layer sizes and the settings, for messages */
    @Override
    public String toString() {
        return "NetworkSpec[" + name + " " + Arrays.toString(layerSizes) + ", " + activation + ", " + loss + ", step "
                + learningRate + ", " + epochs + " epochs]";
    }

    /** @return {@code L}, the number of computed layers (hidden layers and the output layer) */
    public int layerCount() {
        return layerSizes.length - 1;
    }

    /** @return the number of distinct parameters */
    public int parameterCount() {
        return parameters.size();
    }

    /**
     * Finds a parameter's position in every gradient vector.
     *
     * @param parameterName e.g. {@code w5}
     * @return its index in {@link #parameters()}, or −1 if there is none of that name
     */
    public int parameterIndex(String parameterName) {
        for (int p = 0; p < parameters.size(); p++) {
            if (parameters.get(p).name().equals(parameterName)) {
                return p;
            }
        }
        return -1;
    }

    /** @return the parameter names in vector order */
    public List<String> parameterNames() {
        return parameters.stream().map(Parameter::name).toList();
    }

    /** @return the initial values in vector order */
    public double[] initialWeights() {
        return parameters.stream().mapToDouble(Parameter::initialValue).toArray();
    }

    /** @return for each parameter, whether gradient descent may change it */
    public boolean[] trainable() {
        boolean[] trainable = new boolean[parameters.size()];
        for (int p = 0; p < trainable.length; p++) {
            trainable[p] = !parameters.get(p).frozen();
        }
        return trainable;
    }

    /**
     * The lecture's name of a neuron.
     *
     * @param layer {@code 1..L}
     * @param j 0-based index in the layer
     * @return {@code o<j+1>} in the output layer, {@code h<j+1>} in a single hidden layer, otherwise
     *     {@code h<layer>_<j+1>}
     */
    public String neuronName(int layer, int j) {
        if (layer == layerCount()) {
            return "o" + (j + 1);
        }
        return layerCount() == 2 ? "h" + (j + 1) : "h" + layer + "_" + (j + 1);
    }

    /** @return whether this is wired exactly as the lecture network, so the homework's formulas apply */
    public boolean isLecture() {
        Networks.LectureWiring wiring = Networks.LECTURE_WIRING;
        if (!Arrays.equals(layerSizes, wiring.layerSizes()) || !Arrays.deepEquals(weights, wiring.weights())) {
            return false;
        }
        for (String[] row : biases) {
            if (row != null) {
                return false;
            }
        }
        return samples.size() == 1;
    }

    /**
     * A copy with another activation.
     *
     * @param newActivation the activation
     * @return the modified spec
     */
    public NetworkSpec withActivation(Activation newActivation) {
        return new NetworkSpec(name, layerSizes, weights, biases, parameters, newActivation, loss, learningRate, epochs,
                samples);
    }

    /**
     * A copy with another loss.
     *
     * @param newLoss the loss
     * @return the modified spec
     */
    public NetworkSpec withLoss(LossFunction newLoss) {
        return new NetworkSpec(name, layerSizes, weights, biases, parameters, activation, newLoss, learningRate, epochs,
                samples);
    }

    /**
     * A copy with another step.
     *
     * @param newLearningRate \( \eta \)
     * @return the modified spec
     */
    public NetworkSpec withLearningRate(double newLearningRate) {
        return new NetworkSpec(name, layerSizes, weights, biases, parameters, activation, loss, newLearningRate, epochs,
                samples);
    }

    /**
     * A copy that trains for another number of epochs.
     *
     * @param newEpochs the epochs
     * @return the modified spec
     */
    public NetworkSpec withEpochs(int newEpochs) {
        return new NetworkSpec(name, layerSizes, weights, biases, parameters, activation, loss, learningRate, newEpochs,
                samples);
    }

    /**
     * A copy whose parameters start from other values.
     *
     * @param initial one value per parameter, in vector order
     * @return the modified spec
     */
    public NetworkSpec withInitialWeights(double[] initial) {
        List<Parameter> changed = new ArrayList<>(parameters.size());
        for (int p = 0; p < parameters.size(); p++) {
            Parameter old = parameters.get(p);
            changed.add(new Parameter(old.name(), initial[p], old.frozen()));
        }
        return new NetworkSpec(
                name, layerSizes, weights, biases, changed, activation, loss, learningRate, epochs, samples);
    }
}
