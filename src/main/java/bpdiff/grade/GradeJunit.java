package bpdiff.grade;

import bpdiff.check.JunitXmlFormat;
import bpdiff.junit.JunitXml;
import bpdiff.junit.JunitXml.Outcome;
import bpdiff.junit.JunitXml.TestCase;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --junit-xml}: one suite {@code bpdiff.grade}, one test case per student and parameter
 * ({@code <failure>} when its gradient is wrong or unchecked), one {@code <error>} per submission that could not
 * be checked; each failure and error carries its mistake codes as {@code mistake-code} properties.
 */
final class GradeJunit {

    private static final String SUITE = "bpdiff.grade";

    private GradeJunit() {}

    /**
     * @param summary the class
     * @param seconds how long the run took
     * @return the XML document
     */
    static String write(ClassSummary summary, double seconds) {
        List<TestCase> cases = new ArrayList<>();
        for (Graded g : summary.graded()) {
            String className = SUITE + "." + g.fileName();
            if (!g.checked()) {
                cases.add(new TestCase(className, g.student() + ": not checked", Outcome.ERROR, g.codes().get(0).id(),
                        g.message().lines().findFirst().orElse(""), g.message(), JunitXmlFormat.codes(g.codes())));
                continue;
            }
            for (ParameterResult p : g.parameters()) {
                String name = g.student() + ": ∂L/∂" + p.name();
                if (p.verdict() == ParameterResult.Verdict.RIGHT) {
                    cases.add(TestCase.passed(className, name));
                } else {
                    String message = p.name() + " is " + p.verdict().id() + (p.code() == null ? "" : " (" + p.code().id()
                            + (p.line() > 0 ? ", " + g.lines().lineText(p.line()) : "") + ")");
                    cases.add(new TestCase(className, name, Outcome.FAILED, p.verdict().id(), message,
                            g.message(), JunitXmlFormat.codes(p.code() == null ? List.of() : List.of(p.code()))));
                }
            }
        }
        return JunitXml.write(SUITE, seconds, cases);
    }
}
