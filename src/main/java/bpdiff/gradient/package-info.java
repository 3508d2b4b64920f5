/**
 * The gradient sources behind {@link bpdiff.gradient.GradientSource}: the homework's published and corrected
 * formulas ({@link bpdiff.gradient.PublishedHomework2}, their one home), the general hand chain rule
 * ({@link bpdiff.gradient.ChainRule}), DJL autograd on PyTorch ({@link bpdiff.gradient.DjlAutograd}) and central finite
 * differences ({@link bpdiff.gradient.FiniteDifferences}); {@link bpdiff.gradient.HandDerivation} names the hand ones.
 * Each evaluates at any weights and steps from there; a training computed ahead ({@link
 * bpdiff.gradient.AutogradAhead}, {@link bpdiff.gradient.RecordedSteps}) only steps: a
 * {@link bpdiff.gradient.TrainingSource}.
 *
 * <p>The forward pass and the back-propagation recurrence are written once, in {@link bpdiff.gradient.ChainRuleKernel};
 * the chain rule, finite differences, the homework's forward pass and the allocation-free
 * {@link bpdiff.gradient.HandStepper} all run it, so their numbers agree by construction. Activations and their
 * derivatives come from {@link bpdiff.network.Activation}, losses from {@link bpdiff.network.LossFunction}.
 * {@link bpdiff.gradient.BatchedAutograd} trains many configurations (step sizes, seeds) at once, with the
 * configurations as a tensor axis, giving the same numbers as one by one. {@link bpdiff.gradient.PyTorchEngine} starts
 * the engine offline with one intra-op thread; {@link bpdiff.gradient.EngineBridge} is the one way to it, for the
 * network's graph ({@link bpdiff.gradient.BatchedGraph}) and for a program's recorded tape alike.
 */
package bpdiff.gradient;
