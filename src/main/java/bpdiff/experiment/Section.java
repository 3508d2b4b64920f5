package bpdiff.experiment;

import java.util.List;
import java.util.Map;

/**
 * An experiment's part of the report, made from its measured record: the tables, the plots, the expected findings
 * and the conclusion.
 *
 * @param tables the measured numbers, formatted for reading
 * @param findings the expected findings and whether each holds
 * @param conclusion the finding in one or two sentences, generated from the numbers
 * @param timings measured wall-clock times (microseconds per step), empty for most experiments; never part of a
 *     finding
 */
public record Section(List<Table> tables, List<Plot> plots, List<Finding> findings, String conclusion,
        Map<String, Double> timings) {

    /** A section without timings. */
    public Section(List<Table> tables, List<Plot> plots, List<Finding> findings, String conclusion) {
        this(tables, plots, findings, conclusion, Map.of());
    }
}
