package bpdiff.check;

/**
 * What a {@code d_…} name is the derivative of: a parameter, or the input or output of a neuron.
 *
 * @param kind which of the three
 * @param parameter for {@link Kind#PARAMETER}, the parameter's position in the weight vector, else −1
 * @param layer for a neuron, its layer {@code 1..L}; for a parameter, the layer of the neuron it feeds
 *     (0 when it feeds neurons of several layers)
 * @param neuron for a neuron, its index in the layer; for a parameter, the neuron it feeds
 *     (−1 when it feeds several)
 * @param quantity the name differentiated: {@code w1}, {@code in_h1} or {@code out_o1}
 */
public record DerivativeTarget(Kind kind, int parameter, int layer, int neuron, String quantity) {

    /** The three kinds of quantity whose derivative can be checked. */
    public enum Kind {
        /** \( \partial L / \partial w \) of a parameter. */
        PARAMETER,
        /** \( \delta_j = \partial L / \partial in_j \). */
        NEURON_IN,
        /** \( \partial L / \partial out_j \). */
        NEURON_OUT
    }

    /** @return e.g. {@code ∂L/∂w1} */
    public String label() {
        return "∂L/∂" + quantity;
    }

    /** @return whether the quantity belongs to (or feeds) exactly one neuron */
    public boolean hasNeuron() {
        return neuron >= 0;
    }
}
