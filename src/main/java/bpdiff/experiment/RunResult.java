package bpdiff.experiment;

import bpdiff.gradient.Environment;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@code bpdiff run} found: the environment and one result per experiment, in run order.
 *
 * @param environment what the run ran on
 * @param results the experiments' results
 */
public record RunResult(Environment environment, List<ExperimentResult> results) {

    /** Copies the list. */
    public RunResult {
        results = List.copyOf(results);
    }

    /**
     * A finding that does not hold, with its experiment.
     *
     * @param experiment the experiment's id
     */
    public record Failure(String experiment, Finding finding) {}

    /** @return whether every finding of every experiment holds: exit status 0 */
    public boolean holds() {
        return results.stream().allMatch(ExperimentResult::holds);
    }

    /** @return the findings that do not hold, in run order */
    public List<Failure> failures() {
        List<Failure> failures = new ArrayList<>();
        for (ExperimentResult result : results) {
            for (Finding finding : result.failing()) {
                failures.add(new Failure(result.id(), finding));
            }
        }
        return failures;
    }

    /** @return the number of findings */
    public int findingCount() {
        return results.stream().mapToInt(r -> r.findings().size()).sum();
    }
}
