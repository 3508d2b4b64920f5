package bpdiff.network;

/**
 * A named, trainable number of the network: a weight such as {@code w1} or a bias such as {@code b1}.
 *
 * <p>Every connection that names the same parameter uses this one value, so its gradient is the sum of
 * the gradients of all its uses. A frozen parameter takes part in the forward pass and gets a gradient,
 * but gradient descent does not change it.
 *
 * @param name the textbook name, e.g. {@code w5}
 * @param initialValue the value before the first epoch
 * @param frozen whether gradient descent leaves it unchanged
 */
public record Parameter(String name, double initialValue, boolean frozen) {}
