package bpdiff.diff;

/**
 * A source whose output left the loss's domain (an output outside [0, 1] under {@code bce}, where PyTorch raises
 * "all elements of input should be between 0 and 1"): from this epoch on it is no longer compared.
 *
 * @param source the side whose output left the domain ({@link Side#MANUAL} or {@link Side#AUTOGRAD})
 * @param epoch the first epoch with such an output, from 1
 * @param quantity which output, its sample and value, e.g. {@code out_o1 = 1.5 (sample 1)}
 */
public record OutOfDomain(Side source, int epoch, String quantity) {}
