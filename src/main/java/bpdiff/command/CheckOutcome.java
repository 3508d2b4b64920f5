package bpdiff.command;

/**
 * A checked text and its renderings, the same whoever asked: {@code bpdiff check --format …} and the answers of
 * {@code bpdiff serve}. Each rendering is made when it is asked for.
 */
public sealed interface CheckOutcome permits ProgramOutcome, FormulaOutcome {

    /** @return whether everything checked matches and nothing was left unchecked (exit status 0) */
    boolean passed();

    /** @return the one-line summary */
    String summary();

    /** @return {@code --format text} */
    String text();

    /** @return {@code --format json}: {@code bpdiff.check-program/1} or {@code bpdiff.check/1} */
    String json();

    /** @return {@code --format markdown} */
    String markdown();

    /** @return {@code --format html}: a whole page */
    String page();

    /**
     * @return the page's content without the page around it, for a page of its own that shows it (its script is
     *     {@link bpdiff.report.html.Page#script()}, and for a program also {@link
     *     bpdiff.report.html.ProgramHtml#script()})
     */
    String fragment();

    /**
     * {@code --junit-xml}.
     *
     * @param seconds how long the check took
     * @return the JUnit XML report
     */
    String junitXml(double seconds);
}
