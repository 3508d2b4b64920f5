package bpdiff.report.run;

import bpdiff.experiment.ExperimentResult;
import bpdiff.experiment.Finding;
import bpdiff.experiment.RunResult;
import bpdiff.junit.JunitXml;
import bpdiff.junit.JunitXml.Outcome;
import bpdiff.junit.JunitXml.TestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code run --junit-xml}: one test case per expected finding, grouped by experiment ({@code classname}
 * {@code bpdiff.run.<experiment>}), in Surefire's format; a finding that does not hold is a {@code <failure>}
 * with its statement and what was measured.
 */
public final class RunJunit {

    private RunJunit() {}

    /**
     * Renders a run.
     *
     * @param seconds how long it took
     * @return the XML document
     */
    public static String render(RunResult run, double seconds) {
        List<TestCase> cases = new ArrayList<>();
        for (ExperimentResult experiment : run.results()) {
            String group = "bpdiff.run." + experiment.id();
            for (Finding finding : experiment.findings()) {
                cases.add(finding.holds()
                        ? TestCase.passed(group, finding.id())
                        : new TestCase(group, finding.id(), Outcome.FAILED, "finding",
                                "does not hold: " + finding.statement(), measured(finding.measured())));
            }
        }
        return JunitXml.write("bpdiff.run", seconds, cases);
    }

    private static String measured(Map<String, Double> measured) {
        return measured.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
