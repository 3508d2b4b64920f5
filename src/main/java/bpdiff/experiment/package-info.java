/**
 * The homework's questions as experiments, each answered with measured numbers.
 *
 * <p>An {@link bpdiff.experiment.Experiment} runs in a {@link bpdiff.experiment.Lab}, which hands out the
 * gradient sources ({@link bpdiff.experiment.Sources}; a test may pass broken ones) and runs every three-way
 * comparison (hand chain rule, DJL autograd, finite differences; {@link bpdiff.diff.Comparison}). Each
 * experiment returns an {@link bpdiff.experiment.ExperimentResult}: tables, plots, a conclusion generated from
 * the numbers, and its expected {@link bpdiff.experiment.Finding}s, each stated in code with whether it
 * holds. {@link bpdiff.experiment.Experiments} lists them in the homework's order and
 * {@link bpdiff.experiment.ExperimentRunner} runs a selection; {@code bpdiff run} exits 0 only when every
 * finding holds.
 *
 * <p>The experiments: {@code lecture}, {@code published-vs-autograd}, {@code corrected}, {@code methods},
 * {@code builtin-sigmoid}, {@code relu}, {@code builtin-mse}, {@code cross-entropy}, {@code step-and-epochs},
 * {@code random-init}, {@code zero-init}, {@code summary}.
 */
package bpdiff.experiment;
