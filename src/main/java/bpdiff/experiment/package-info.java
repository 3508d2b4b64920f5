/**
 * The homework's questions as experiments, each answered with measured numbers and stated as data.
 *
 * <p>{@link bpdiff.experiment.Experiment} says how one is stated. {@link bpdiff.experiment.ExperimentRunner} collects
 * every {@link bpdiff.experiment.Setup}, has the {@link bpdiff.experiment.Lab} run all comparisons at once, then
 * measures and reports each experiment in the homework's order. {@link bpdiff.experiment.Sources} hands out the
 * gradient sources (a test may pass broken ones); {@code bpdiff run} exits 0 only when every
 * {@link bpdiff.experiment.Finding} holds.
 *
 * <p>The experiments: {@code lecture}, {@code published-vs-autograd}, {@code corrected}, {@code methods},
 * {@code builtin-sigmoid}, {@code relu}, {@code builtin-mse}, {@code cross-entropy}, {@code step-and-epochs},
 * {@code random-init}, {@code zero-init}, {@code summary}.
 */
package bpdiff.experiment;
