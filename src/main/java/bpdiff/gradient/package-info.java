/**
 * The gradient sources behind {@link bpdiff.gradient.GradientSource}: the homework's published formulas
 * ({@link bpdiff.gradient.PublishedHomework2}), the general hand chain rule
 * ({@link bpdiff.gradient.ChainRule}), DJL autograd on PyTorch ({@link bpdiff.gradient.DjlAutograd}) and
 * central finite differences ({@link bpdiff.gradient.FiniteDifferences}).
 *
 * <p>For speed: {@link bpdiff.gradient.HandStepper} trains a hand derivation in place without allocating;
 * {@link bpdiff.gradient.BatchedAutograd} and {@link bpdiff.gradient.BatchedHand} train many configurations
 * (step sizes, seeds) at once, with the configurations as a tensor axis, giving the same numbers as one by
 * one. {@link bpdiff.gradient.PyTorchEngine} starts the engine offline with one intra-op thread.
 */
package bpdiff.gradient;
