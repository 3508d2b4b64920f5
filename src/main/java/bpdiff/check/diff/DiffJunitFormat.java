package bpdiff.check.diff;

import bpdiff.check.JunitXmlFormat;
import bpdiff.junit.JunitXml;
import bpdiff.junit.JunitXml.Outcome;
import bpdiff.junit.JunitXml.TestCase;
import java.util.ArrayList;
import java.util.List;

/**
 * The diff as JUnit XML: a test case for the losses and one per compared parameter, a {@code <failure>} where the
 * programs differ (its message names the epoch, both values and which program is right), and one per parameter
 * only one program has.
 */
public final class DiffJunitFormat {

    private DiffJunitFormat() {}

    /**
     * @param r the diff
     * @param seconds how long it took
     * @return the XML document
     */
    public static String write(DiffReport r, double seconds) {
        String suite = JunitXmlFormat.suiteName(r.sourceA() + " vs " + r.sourceB());
        List<TestCase> cases = new ArrayList<>();
        cases.add(r.loss().equal() ? TestCase.passed(suite, "loss")
                : new TestCase(suite, "loss", Outcome.FAILED, "DifferentLoss", DiffNarrative.loss(r),
                        DiffNarrative.loss(r)));
        for (ComparedParameter p : r.parameters()) {
            String name = p.label();
            cases.add(p.differs() ? new TestCase(suite, name, Outcome.FAILED, "Different", DiffNarrative.parameter(r, p),
                    DiffNarrative.parameter(r, p)) : TestCase.passed(suite, name));
        }
        for (String only : r.onlyA()) {
            cases.add(new TestCase(suite, only, Outcome.FAILED, "OnlyInA", "only " + r.sourceA() + " has " + only,
                    "only " + r.sourceA() + " has " + only));
        }
        for (String only : r.onlyB()) {
            cases.add(new TestCase(suite, only, Outcome.FAILED, "OnlyInB", "only " + r.sourceB() + " has " + only,
                    "only " + r.sourceB() + " has " + only));
        }
        return JunitXml.write(suite, seconds, cases);
    }
}
