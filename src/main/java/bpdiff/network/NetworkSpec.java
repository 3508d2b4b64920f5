package bpdiff.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * @param activations the activation of each computed layer, {@code activations.get(l - 1)} applied by every neuron of
 *     layer {@code l = 1..L} (hidden layers first, the output layer last)
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
        List<Activation> activations,
        LossFunction loss,
        double learningRate,
        int epochs,
        List<Sample> samples) {

    /**
     * Makes the lists unmodifiable; the arrays are trusted not to change after construction.
     *
     * @throws IllegalArgumentException if there is not one activation per computed layer (the loader and the options
     *     check that first, naming the JSON path or the flag)
     */
    public NetworkSpec {
        parameters = List.copyOf(parameters);
        samples = List.copyOf(samples);
        activations = List.copyOf(activations);
        if (activations.size() != layerSizes.length - 1) {
            throw new IllegalArgumentException("one activation per computed layer: " + (layerSizes.length - 1)
                    + ", not " + activations.size());
        }
        if (biases == null) {
            biases = new String[layerSizes.length - 1][];
        }
    }

    /**
     * A network with one activation for every computed layer.
     *
     * @param name a short name for reports
     * @param layerSizes neurons per layer, inputs first
     * @param weights the parameter names of the connections, as in the canonical constructor
     * @param biases the parameter names of the biases, as in the canonical constructor
     * @param parameters every distinct parameter, in vector order
     * @param activation applied by every neuron of layers {@code 1..L}
     * @param loss the loss of the outputs
     * @param learningRate the gradient-descent step
     * @param epochs how many steps of gradient descent to run
     * @param samples the training samples
     */
    public NetworkSpec(String name, int[] layerSizes, String[][][] weights, String[][] biases,
            List<Parameter> parameters, Activation activation, LossFunction loss, double learningRate, int epochs,
            List<Sample> samples) {
        this(name, layerSizes, weights, biases, parameters, Collections.nCopies(layerSizes.length - 1, activation),
                loss, learningRate, epochs, samples);
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
                && parameters.equals(s.parameters) && activations.equals(s.activations) && loss == s.loss
                && Double.compare(learningRate, s.learningRate) == 0 && epochs == s.epochs && samples.equals(s.samples);
    }

    /** @return a hash of the same contents {@link #equals} compares */
    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(layerSizes), Arrays.deepHashCode(weights), Arrays.deepHashCode(biases),
                parameters, activations, loss, learningRate, epochs, samples);
    }

    /** @return the name, the layer sizes and the settings, for messages */
    @Override
    public String toString() {
        return "NetworkSpec[" + name + " " + Arrays.toString(layerSizes) + ", " + activationNames() + ", " + loss + ", step "
                + learningRate + ", " + epochs + " epochs]";
    }

    /** @return {@code L}, the number of computed layers (hidden layers and the output layer) */
    public int layerCount() {
        return layerSizes.length - 1;
    }

    /**
     * The activation of one computed layer.
     *
     * @param layer {@code 1..L}
     * @return the activation every neuron of that layer applies
     */
    public Activation activation(int layer) {
        return activations.get(layer - 1);
    }

    /** @return whether every computed layer has the same activation (a network file may then name it once) */
    public boolean oneActivation() {
        return activations.stream().distinct().count() == 1;
    }

    /**
     * The activations as {@code --activation} takes them: one name when every layer has the same, else one name per
     * computed layer, comma separated, hidden layers first.
     *
     * @return e.g. {@code sigmoid} or {@code relu,identity}
     */
    public String activationNames() {
        return oneActivation() ? activations.get(0).id()
                : String.join(",", activations.stream().map(Activation::id).toList());
    }

    /** @return the number of computed neurons (hidden and output), \( \sum_{l=1}^{L} n_l \) */
    public int neuronCount() {
        int neurons = 0;
        for (int l = 1; l <= layerCount(); l++) {
            neurons += layerSizes[l];
        }
        return neurons;
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
     * A copy with one activation for every computed layer.
     *
     * @return the modified spec
     */
    public NetworkSpec withActivation(Activation newActivation) {
        return withActivations(Collections.nCopies(layerCount(), newActivation));
    }

    /**
     * A copy with an activation per computed layer.
     *
     * @param newActivations one per computed layer, hidden layers first
     * @return the modified spec
     * @throws IllegalArgumentException if there is not one per computed layer
     */
    public NetworkSpec withActivations(List<Activation> newActivations) {
        return new NetworkSpec(name, layerSizes, weights, biases, parameters, newActivations, loss, learningRate,
                epochs, samples);
    }

    /**
     * A copy trained on other samples.
     *
     * @return the modified spec
     */
    public NetworkSpec withSamples(List<Sample> newSamples) {
        return new NetworkSpec(name, layerSizes, weights, biases, parameters, activations, loss, learningRate, epochs,
                newSamples);
    }

    /**
     * A copy with another loss.
     *
     * @return the modified spec
     */
    public NetworkSpec withLoss(LossFunction newLoss) {
        return new NetworkSpec(name, layerSizes, weights, biases, parameters, activations, newLoss, learningRate, epochs,
                samples);
    }

    /**
     * A copy with another step.
     *
     * @param newLearningRate \( \eta \)
     * @return the modified spec
     */
    public NetworkSpec withLearningRate(double newLearningRate) {
        return new NetworkSpec(name, layerSizes, weights, biases, parameters, activations, loss, newLearningRate, epochs,
                samples);
    }

    /**
     * A copy that trains for another number of epochs.
     *
     * @return the modified spec
     */
    public NetworkSpec withEpochs(int newEpochs) {
        return new NetworkSpec(name, layerSizes, weights, biases, parameters, activations, loss, learningRate, newEpochs,
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
                name, layerSizes, weights, biases, changed, activations, loss, learningRate, epochs, samples);
    }
}
