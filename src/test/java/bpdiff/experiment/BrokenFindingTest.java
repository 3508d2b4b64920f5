package bpdiff.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The experiments are a regression check: a broken gradient source or a broken expectation must make the
 * run fail and name the experiment.
 */
class BrokenFindingTest {

    @Test
    void aWrongHandDerivativeFailsTheExperimentsThatUseIt() {
        RunResult run = Runs.run(new BrokenSources(1.001), Experiments.all(), List.of("corrected", "relu", "zero-init"));
        assertFalse(run.holds());
        List<String> failing = run.failures().stream().map(f -> f.experiment() + "/" + f.finding().id()).toList();
        assertTrue(failing.contains("corrected/three-way"), failing.toString());
        assertTrue(failing.contains("relu/three-way-relu-float64"), failing.toString());
        assertTrue(failing.contains("zero-init/three-way-float64"), failing.toString());
    }

    @Test
    void aBrokenExpectationFailsItsExperiment() {
        LectureExperiment lecture = new LectureExperiment();
        Experiment<LectureExperiment.Measured> negated = new Experiment<>() {
            @Override
            public About about() {
                return lecture.about();
            }

            @Override
            public Setup setup(bpdiff.gradient.Precision dtype) {
                return lecture.setup(dtype);
            }

            @Override
            public LectureExperiment.Measured measure(Lab lab) {
                return lecture.measure(lab);
            }

            @Override
            public Section report(LectureExperiment.Measured measured, bpdiff.gradient.Precision dtype) {
                Section r = lecture.report(measured, dtype);
                List<Finding> findings = r.findings().stream()
                        .map(f -> f.id().equals("forward-matches-lecture") ? f.negated() : f).toList();
                return new Section(r.tables(), r.plots(), findings, r.conclusion(), r.timings());
            }
        };
        RunResult run = Runs.run(Sources.standard(), List.of(negated), List.of());
        assertEquals(1, run.failures().size());
        assertEquals("lecture", run.failures().get(0).experiment());
        assertEquals("forward-matches-lecture", run.failures().get(0).finding().id());
    }

    @Test
    void anUnknownIdIsBadInputNamingIt() {
        Executable select = () -> Experiments.select(Experiments.all(), List.of("lecture", "nonsense"), "--only");
        BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class, select);
        assertTrue(e.getMessage().contains("'nonsense'"), e.getMessage());
    }

    @Test
    void theSummaryBringsEverythingItQuotes() {
        List<String> ids = Experiments.select(Experiments.all(), List.of("summary"), "--only").stream()
                .map(e -> e.id()).toList();
        assertEquals(Experiments.all().stream().map(e -> e.id()).toList(), ids);
    }
}
