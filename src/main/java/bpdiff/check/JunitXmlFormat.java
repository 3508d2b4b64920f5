package bpdiff.check;

import bpdiff.junit.JunitXml;
import bpdiff.junit.JunitXml.Outcome;
import bpdiff.junit.JunitXml.TestCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check of a formula list as JUnit XML in the Surefire report format, for CI systems: one
 * {@code <testcase>} per checked formula (helpers are not test cases), and one per derivative left unchecked.
 *
 * <p>A wrong formula is a {@code <failure type="WrongDerivative">}; one that cannot be computed is an
 * {@code <error type="EvaluationError">}; a derivative not checked is a {@code <failure type="NotChecked">}.
 */
public final class JunitXmlFormat {

    /** The derivative a not-checked sentence is about: its first word, {@code d_w5} of {@code d_w5: no line …}. */
    private static final Pattern LEADING_NAME = Pattern.compile("[A-Za-z_]\\w*");

    private JunitXmlFormat() {}

    /**
     * Writes a report.
     *
     * @param report the check
     * @param seconds how long the check took, for the {@code time} attribute
     * @return the XML document
     */
    public static String write(CheckReport report, double seconds) {
        String suite = suiteName(report.source());
        List<TestCase> cases = new ArrayList<>();
        for (FormulaResult r : report.results()) {
            if (!r.checked()) {
                continue;
            }
            String name = "line " + r.assignment().line() + ": " + r.assignment().formula();
            String text = String.join("\n", TextFormat.explanation(r));
            if (r.verdict() == FormulaVerdict.ERROR) {
                cases.add(new TestCase(suite, name, Outcome.ERROR, "EvaluationError", r.error(), text,
                        codes(r.codes())));
            } else if (r.verdict() == FormulaVerdict.WRONG) {
                cases.add(new TestCase(suite, name, Outcome.FAILED, "WrongDerivative", r.target().label()
                        + ": student " + ValueText.of(r.value()) + ", autograd " + ValueText.of(r.autograd()), text,
                        codes(r.codes())));
            } else {
                cases.add(TestCase.passed(suite, name));
            }
        }
        for (String n : report.notChecked()) {
            Matcher name = LEADING_NAME.matcher(n);
            cases.add(new TestCase(suite, "not checked: " + (name.lookingAt() ? name.group() : n), Outcome.FAILED,
                    "NotChecked", n, n, codes(List.of(MistakeCode.NOT_CHECKED))));
        }
        return JunitXml.write(suite, seconds, cases);
    }

    /**
     * The properties of a test case about a mistake, the same for a formula list, a program and a graded class.
     *
     * @param codes mistake codes
     * @return one {@code mistake-code} property per code
     */
    public static Map<String, List<String>> codes(List<MistakeCode> codes) {
        return Map.of("mistake-code", codes.stream().map(MistakeCode::id).toList());
    }

    /**
     * The suite of a checked file, which is also every test case's class name.
     *
     * @param source the checked file
     * @return {@code bpdiff.check.<file name without extension>}, other characters than letters, digits and
     *     {@code _} replaced by {@code _}
     */
    public static String suiteName(String source) {
        Path name = Path.of(source).getFileName();
        String file = name == null ? source : name.toString();
        int dot = file.lastIndexOf('.');
        return "bpdiff.check." + (dot > 0 ? file.substring(0, dot) : file).replaceAll("[^A-Za-z0-9_]", "_");
    }
}
