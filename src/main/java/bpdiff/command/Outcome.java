package bpdiff.command;

import bpdiff.report.OutputFormat;

/**
 * What a command found and its renderings, the same whoever asked: the command line's {@code --format} and
 * {@code --junit-xml}, and the answers of {@code bpdiff serve}. Each rendering is made when it is asked for.
 */
public interface Outcome {

    /** @return whether it passed: exit status 0, otherwise 1 */
    boolean passed();

    /** @return the one line the command prints when the rendering goes to a file ({@code --out}) */
    String summary();

    /** @return {@code --format text} */
    String text();

    /** @return {@code --format json} */
    String json();

    /** @return {@code --format markdown} */
    String markdown();

    /** @return {@code --format html}: a whole page */
    String page();

    /** @return the page's content without the page around it, for a page of its own that shows it */
    String fragment();

    /**
     * {@code --junit-xml}.
     *
     * @param seconds how long the command took
     * @return the JUnit XML report
     */
    String junitXml(double seconds);

    /**
     * One format's rendering.
     *
     * @return {@link #text()}, {@link #json()}, {@link #markdown()} or {@link #page()}
     */
    default String render(OutputFormat format) {
        return switch (format) {
            case JSON -> json();
            case MARKDOWN -> markdown();
            case HTML -> page();
            case TEXT -> text();
        };
    }
}
