package bpdiff.diff;

/**
 * Where both sides stopped together, the reason for the verdict {@link Verdict#DIVERGED}.
 *
 * @param epoch the epoch at which both stopped, from 1; epochs before it were compared
 * @param quantity what stopped, as autograd (PyTorch's side) saw it: {@code loss}, {@code gradient of w3},
 *     {@code updated w3}, or an output outside the loss's domain such as {@code out_o1 = 1.5 (sample 1)}
 * @param outOfDomain true when an output left the loss's domain, false when a number stopped being finite
 */
public record Divergence(int epoch, String quantity, boolean outOfDomain) {}
