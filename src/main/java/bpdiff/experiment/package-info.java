/**
 * The homework's questions as experiments, each answered with measured numbers and stated as data.
 *
 * <p>An {@link bpdiff.experiment.Experiment} states what it is ({@link bpdiff.experiment.About}), what it runs
 * ({@link bpdiff.experiment.Setup}: its three-way comparisons as {@link bpdiff.experiment.Run}s), what it measures (a
 * typed record, whose components are the numbers of its findings) and, from that record alone, its report
 * {@link bpdiff.experiment.Section}: tables, plots, expected {@link bpdiff.experiment.Finding}s and a conclusion.
 * {@link bpdiff.experiment.ExperimentRunner} collects every setup, has the {@link bpdiff.experiment.Lab} run all
 * comparisons at once (autograd batched per network and precision, on every core) and then measures and reports each
 * experiment in the homework's order; the summary reads the other experiments' records
 * ({@link bpdiff.experiment.Lab#measured}). {@link bpdiff.experiment.Sources} hands out the gradient sources (a test
 * may pass broken ones); {@code bpdiff run} exits 0 only when every finding holds.
 *
 * <p>The experiments: {@code lecture}, {@code published-vs-autograd}, {@code corrected}, {@code methods},
 * {@code builtin-sigmoid}, {@code relu}, {@code builtin-mse}, {@code cross-entropy}, {@code step-and-epochs},
 * {@code random-init}, {@code zero-init}, {@code summary}.
 */
package bpdiff.experiment;
