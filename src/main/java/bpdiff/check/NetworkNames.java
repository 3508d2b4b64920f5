package bpdiff.check;

import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a derivation may use for a network, and what each {@code d_…} name is the derivative of.
 *
 * <p>Known names: the inputs {@code x1, x2, …}; the targets {@code y1, …}; every parameter by its spec
 * name ({@code w1, …, b1, …}); the forward quantities {@code in_<neuron>} and {@code out_<neuron>} with
 * the neuron names of {@link NetworkSpec#neuronName} ({@code h1, o1, …}); the learning rate as
 * {@code lr} or {@code step}.
 *
 * <p>Derivative names, tried in this order:
 *
 * <ul>
 *   <li>{@code d_<parameter>} is \( \partial L / \partial parameter \) (e.g. {@code d_w5});
 *   <li>{@code d_<neuron>} and {@code d_out_<neuron>} are \( \partial L / \partial out \) (so
 *       {@code d_o1 = out_o1 - y1}, as in the homework);
 *   <li>{@code d_in_<neuron>} and {@code delta_<neuron>} are \( \delta = \partial L / \partial in \).
 * </ul>
 *
 * Any other assigned name is a helper: computed and shown, not checked.
 */
public final class NetworkNames {

    /** The names of the learning rate. */
    public static final List<String> LEARNING_RATE = List.of("lr", "step");

    private final NetworkSpec spec;

    /**
     * Names for a network.
     *
     * @param spec the network
     */
    public NetworkNames(NetworkSpec spec) {
        this.spec = spec;
    }

    /** @return the network */
    public NetworkSpec spec() {
        return spec;
    }

    /** @return {@code x1..xn} */
    public List<String> inputs() {
        return numbered("x", spec.layerSizes()[0]);
    }

    /** @return {@code y1..ym} */
    public List<String> targets() {
        return numbered("y", spec.layerSizes()[spec.layerCount()]);
    }

    /** @return the parameter names in vector order */
    public List<String> parameters() {
        return spec.parameterNames();
    }

    /** @return {@code in_<neuron>, out_<neuron>} for every neuron, layer by layer */
    public List<String> forward() {
        List<String> names = new ArrayList<>();
        for (int l = 1; l <= spec.layerCount(); l++) {
            for (int j = 0; j < spec.layerSizes()[l]; j++) {
                names.add(in(l, j));
                names.add(out(l, j));
            }
        }
        return names;
    }

    /** @return every known name, in the order above */
    public Set<String> all() {
        Set<String> all = new LinkedHashSet<>(inputs());
        all.addAll(targets());
        all.addAll(parameters());
        all.addAll(forward());
        all.addAll(LEARNING_RATE);
        return all;
    }

    /** @return one example of every derivative name, in the order of {@link #all()} */
    public List<String> derivativeNames() {
        List<String> names = new ArrayList<>();
        parameters().forEach(p -> names.add("d_" + p));
        for (int l = 1; l <= spec.layerCount(); l++) {
            for (int j = 0; j < spec.layerSizes()[l]; j++) {
                names.add("d_" + spec.neuronName(l, j));
                names.add("delta_" + spec.neuronName(l, j));
            }
        }
        return names;
    }

    /**
     * The name of a neuron's input.
     *
     * @param layer {@code 1..L}
     * @param j the neuron
     * @return {@code in_<neuron>}
     */
    public String in(int layer, int j) {
        return "in_" + spec.neuronName(layer, j);
    }

    /**
     * The name of a neuron's output.
     *
     * @param layer {@code 1..L}
     * @param j the neuron
     * @return {@code out_<neuron>}
     */
    public String out(int layer, int j) {
        return "out_" + spec.neuronName(layer, j);
    }

    /**
     * The name of the {@code out} of neuron {@code i} of a layer, where layer 0 is the inputs.
     *
     * @param layer {@code 0..L}
     * @param i the neuron
     * @return {@code x<i+1>} for layer 0, else {@code out_<neuron>}
     */
    public String source(int layer, int i) {
        return layer == 0 ? "x" + (i + 1) : out(layer, i);
    }

    /**
     * What a name is the derivative of.
     *
     * @param name an assigned name, e.g. {@code d_w1}, {@code d_o1}, {@code delta_h1}
     * @return the target, or {@code null} for a helper
     */
    public DerivativeTarget derivativeOf(String name) {
        if (name.startsWith("d_")) {
            String rest = name.substring(2);
            int p = spec.parameterIndex(rest);
            if (p >= 0) {
                return parameterTarget(p);
            }
            if (rest.startsWith("out_")) {
                return neuronTarget(rest.substring(4), DerivativeTarget.Kind.NEURON_OUT);
            }
            if (rest.startsWith("in_")) {
                return neuronTarget(rest.substring(3), DerivativeTarget.Kind.NEURON_IN);
            }
            return neuronTarget(rest, DerivativeTarget.Kind.NEURON_OUT);
        }
        if (name.startsWith("delta_")) {
            return neuronTarget(name.substring(6), DerivativeTarget.Kind.NEURON_IN);
        }
        return null;
    }

    private DerivativeTarget neuronTarget(String neuron, DerivativeTarget.Kind kind) {
        for (int l = 1; l <= spec.layerCount(); l++) {
            for (int j = 0; j < spec.layerSizes()[l]; j++) {
                if (spec.neuronName(l, j).equals(neuron)) {
                    String quantity = kind == DerivativeTarget.Kind.NEURON_IN ? in(l, j) : out(l, j);
                    return new DerivativeTarget(kind, -1, l, j, quantity);
                }
            }
        }
        return null;
    }

    private DerivativeTarget parameterTarget(int p) {
        String name = spec.parameters().get(p).name();
        int layer = -1;
        int neuron = -1;
        for (int[] use : uses(name)) {
            if (layer == -1) {
                layer = use[0];
                neuron = use[1];
            } else if (layer != use[0] || neuron != use[1]) {
                return new DerivativeTarget(DerivativeTarget.Kind.PARAMETER, p, 0, -1, name);
            }
        }
        return new DerivativeTarget(DerivativeTarget.Kind.PARAMETER, p, Math.max(layer, 0), neuron, name);
    }

    /**
     * Every place a parameter is used.
     *
     * @param parameter its name
     * @return {@code {layer, j, i}} for each connection {@code i -> j} into {@code layer}, and
     *     {@code {layer, j, -1}} for each bias
     */
    public List<int[]> uses(String parameter) {
        List<int[]> uses = new ArrayList<>();
        for (int l = 1; l <= spec.layerCount(); l++) {
            String[] biasRow = spec.biases()[l - 1];
            for (int j = 0; j < spec.layerSizes()[l]; j++) {
                for (int i = 0; i < spec.layerSizes()[l - 1]; i++) {
                    if (spec.weights()[l - 1][j][i].equals(parameter)) {
                        uses.add(new int[] {l, j, i});
                    }
                }
                if (biasRow != null && parameter.equals(biasRow[j])) {
                    uses.add(new int[] {l, j, -1});
                }
            }
        }
        return uses;
    }

    private static List<String> numbered(String prefix, int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add(prefix + i);
        }
        return names;
    }
}
