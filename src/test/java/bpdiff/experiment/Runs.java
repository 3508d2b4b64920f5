package bpdiff.experiment;

import bpdiff.gradient.Environment;
import bpdiff.gradient.Precision;
import java.util.List;

/**
 * Runs the experiments once per test JVM (float64, the real sources) and hands out their results, so that
 * each test class asserts against the same run without repeating it.
 */
final class Runs {

    private static RunResult full;

    private Runs() {}

    /** @return every experiment's result, from one run with the real sources */
    static synchronized RunResult all() {
        if (full == null) {
            full = run(Sources.standard(), Experiments.all(), List.of());
        }
        return full;
    }

    /**
     * One experiment's result from {@link #all()}.
     *
     * @param id the experiment's id
     * @return its result
     */
    static ExperimentResult result(String id) {
        return all().results().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Runs some experiments with given sources.
     *
     * @param sources the gradient sources
     * @param catalogue the experiments to choose from
     * @param ids the ids to run (empty for all)
     * @return the run
     */
    static RunResult run(Sources sources, List<Experiment<?>> catalogue, List<String> ids) {
        Lab lab = new Lab(sources, Precision.FLOAT64, line -> { });
        return new ExperimentRunner(lab).run(Experiments.select(catalogue, ids, "test"),
                new Environment("test", "test", "test", "float64", "test", "test"));
    }
}
