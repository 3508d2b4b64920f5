package bpdiff.experiment;

import java.util.List;

/**
 * One of the homework's questions, answered with measured numbers.
 *
 * <p>An experiment takes every gradient source from the {@link Lab} (so a test can hand it a broken
 * one), runs hand chain rule, autograd and finite differences side by side, and returns its findings,
 * each stated in code with whether the numbers bear it out.
 */
public interface Experiment {

    /** @return the id used by {@code bpdiff run --only}, e.g. {@code relu} */
    String id();

    /** @return a one-line description for {@code bpdiff run --list} */
    String description();

    /** @return the homework question this experiment answers */
    Question question();

    /**
     * The experiments whose results this one reads; the runner runs them first, also under {@code --only}.
     *
     * @return their ids, empty for most experiments
     */
    default List<String> requires() {
        return List.of();
    }

    /**
     * Runs the experiment.
     *
     * @param lab the gradient sources, precision, progress output and earlier results
     * @return what it measured and found
     * @throws bpdiff.gradient.EngineUnavailableException if the PyTorch engine cannot start
     */
    ExperimentResult run(Lab lab);
}
