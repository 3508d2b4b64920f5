package bpdiff.check;

/**
 * The check of a formula list as JUnit XML in the Surefire report format, for CI systems: one
 * {@code <testcase>} per checked formula (helpers are not test cases), and one per derivative left unchecked.
 *
 * <p>A wrong formula is a {@code <failure type="WrongDerivative">}; one that cannot be computed is an
 * {@code <error type="EvaluationError">}; a derivative not checked is a {@code <failure type="NotChecked">}.
 */
public final class JunitXmlFormat {

    private JunitXmlFormat() {}

    /**
     * Writes a report.
     *
     * @param report the check
     * @param seconds how long the check took, for the {@code time} attribute
     * @return the XML document
     */
    public static String write(CheckReport report, double seconds) {
        JunitSuite suite = new JunitSuite(report.source());
        for (FormulaResult r : report.results()) {
            if (!r.checked()) {
                continue;
            }
            String name = "line " + r.assignment().line() + ": " + r.assignment().formula();
            String text = String.join("\n", TextFormat.explanation(r));
            if (r.verdict() == FormulaVerdict.ERROR) {
                suite.error(name, "EvaluationError", r.error(), text);
            } else if (r.verdict() == FormulaVerdict.WRONG) {
                suite.failure(name, "WrongDerivative", r.target().label() + ": student " + ValueText.of(r.value())
                        + ", autograd " + ValueText.of(r.autograd()), text);
            } else {
                suite.pass(name);
            }
        }
        for (String n : report.notChecked()) {
            suite.failure("not checked: " + n.substring(0, Math.max(1, n.indexOf(' '))), "NotChecked", n, n);
        }
        return suite.write(seconds);
    }
}
