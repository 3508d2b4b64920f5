package bpdiff.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one experiment measured and concluded: one section of the report and one entry of
 * {@code results.json}.
 *
 * <p>Everything except {@link #timings()} is deterministic: the same run gives the same numbers, so two
 * runs' {@code results.json} differ only under {@code "timings"}.
 *
 * @param id the experiment's id, e.g. {@code relu}
 * @param title a short title
 * @param question the homework's question it answers
 * @param setup what was run, in one or two sentences
 * @param tables the measured numbers, formatted for reading
 * @param findings the expected findings and whether each holds
 * @param conclusion the finding in one or two sentences, generated from the numbers
 * @param timings measured wall-clock times (microseconds per training step), empty for most experiments;
 *     never part of a finding
 */
public record ExperimentResult(String id, String title, Question question, String setup, List<Table> tables,
        List<Plot> plots, List<Finding> findings, String conclusion, Map<String, Double> timings) {

    /** Copies the lists and keeps the timings in the order given. */
    public ExperimentResult {
        tables = List.copyOf(tables);
        plots = List.copyOf(plots);
        findings = List.copyOf(findings);
        timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    }

    /** @return whether every finding holds */
    public boolean holds() {
        return findings.stream().allMatch(Finding::holds);
    }

    /** @return the findings that do not hold */
    public List<Finding> failing() {
        return findings.stream().filter(f -> !f.holds()).toList();
    }

    /**
     * One finding by its id.
     *
     * @param findingId e.g. {@code loss-after-10-float32}
     * @throws IllegalArgumentException if there is none of that id
     */
    public Finding finding(String findingId) {
        return findings.stream().filter(f -> f.id().equals(findingId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no finding " + findingId));
    }

    /**
     * One measured number of a finding.
     *
     * @param name the number's name in {@link Finding#measured()}
     * @throws IllegalArgumentException if there is no such finding or number
     */
    public double measured(String findingId, String name) {
        Double value = finding(findingId).measured().get(name);
        if (value == null) {
            throw new IllegalArgumentException(id + "/" + findingId + " has no measured " + name);
        }
        return value;
    }
}
