package bpdiff.check.program;

import bpdiff.check.JunitXmlFormat;
import bpdiff.check.MistakeCode;
import bpdiff.junit.JunitXml;
import bpdiff.junit.JunitXml.Outcome;
import bpdiff.junit.JunitXml.TestCase;
import bpdiff.program.Problem;
import bpdiff.program.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The program check as JUnit XML for CI: one test case per checked claim (a {@code <failure>} when it is
 * wrong), one {@code <failure>} per thing not checked, and, for a program that cannot be checked, one
 * {@code <error>} per problem (each syntax or name error of the file) with its {@code file:line:column}: CI
 * always gets a report.
 */
public final class ProgramJunitFormat {

    private ProgramJunitFormat() {}

    /**
     * @param report the check
     * @param seconds how long it took
     * @return the XML document
     */
    public static String write(ProgramReport report, double seconds) {
        String suite = JunitXmlFormat.suiteName(report.source());
        SourceMap lines = report.lines();
        List<TestCase> cases = new ArrayList<>();
        for (CheckedQuantity q : report.quantities()) {
            String name = lines.lineText(q.site().line()) + ": " + q.site().statement().replaceAll("\\s+", " ") + " ("
                    + q.label() + ")";
            if (q.failed()) {
                String text = String.join("\n", ProgramTextFormat.explanation(q, lines));
                cases.add(new TestCase(suite, name, Outcome.FAILED, "WrongDerivative", lines.where(q.site().line(), 0)
                        + ": " + q.label() + " is wrong" + (q.likely().isEmpty() ? "" : ": "
                        + q.likely().get(0)), text, JunitXmlFormat.codes(q.codes())));
            } else {
                cases.add(TestCase.passed(suite, name));
            }
        }
        for (NotChecked n : report.notChecked()) {
            String where = lines.where(n.line(), 0);
            cases.add(new TestCase(suite, "not checked: " + where, Outcome.FAILED, "NotChecked", n.message() + " ("
                    + where + ")", n.message(), JunitXmlFormat.codes(List.of(MistakeCode.NOT_CHECKED))));
        }
        return JunitXml.write(suite, seconds, cases);
    }

    /**
     * The report of a check that could not run: one error per problem.
     *
     * @param source the checked file
     * @param problems the problems, each with its position
     * @param seconds how long it took
     * @return the XML document
     */
    public static String problems(String source, List<Problem> problems, double seconds) {
        String suite = JunitXmlFormat.suiteName(source);
        List<TestCase> cases = new ArrayList<>();
        for (Problem p : problems) {
            String type = switch (p.kind()) {
                case SYNTAX -> "SyntaxError";
                case NAME -> "NameError";
                case UNSUPPORTED -> "Unsupported";
                case RUNTIME -> "ProgramError";
                case USAGE -> "UsageError";
            };
            cases.add(new TestCase(suite, p.kind().name().toLowerCase(Locale.ROOT) + " at " + p.where(), Outcome.ERROR,
                    type, p.text(), p.text(), JunitXmlFormat.codes(List.of(MistakeCode.of(p)))));
        }
        return JunitXml.write(suite, seconds, cases);
    }
}
