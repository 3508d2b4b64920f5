package bpdiff.experiment;

import bpdiff.gradient.Precision;

/**
 * One of the homework's questions, answered with measured numbers and stated as data: what it is ({@link #about}),
 * what it runs ({@link #setup}), what it measures (its record {@code M}, from {@link #measure}) and what it expects
 * and shows ({@link #report}: findings, tables, plots, conclusion, all read off the record).
 *
 * <p>The runner first collects every experiment's setup and runs all their comparisons together, autograd batched
 * ({@link Lab#prepare}); then each experiment measures, from the finished comparisons, and reports. A later
 * experiment reads an earlier one's record ({@link Lab#measured}), never its text. An experiment takes every
 * gradient source from the {@link Lab}, so a test can hand it a broken one.
 *
 * @param <M> the record of what it measures
 */
public interface Experiment<M extends Record> {

    /** @return its id, title, description, question and the experiments it reads */
    About about();

    /** @return the id used by {@code bpdiff run --only}, e.g. {@code relu} */
    default String id() {
        return about().id();
    }

    /**
     * What it runs.
     *
     * @param dtype the precision asked for with {@code --dtype} (some experiments run both regardless)
     * @return the description and the comparisons
     */
    Setup setup(Precision dtype);

    /**
     * Reads the measured quantities off the finished runs (and any small measurement of its own).
     *
     * @param lab the runs, the sources and the records of the experiments it requires
     * @return the typed record
     * @throws bpdiff.gradient.EngineUnavailableException if the PyTorch engine cannot start
     */
    M measure(Lab lab);

    /**
     * The report section, from the record alone.
     *
     * @param measured what {@link #measure} returned
     * @param dtype the precision asked for with {@code --dtype}
     * @return tables, plots, findings and conclusion
     */
    Section report(M measured, Precision dtype);
}
