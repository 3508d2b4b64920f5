package bpdiff.command;

import bpdiff.check.diff.DiffJsonFormat;
import bpdiff.check.diff.DiffJunitFormat;
import bpdiff.check.diff.DiffMarkdownFormat;
import bpdiff.check.diff.DiffNarrative;
import bpdiff.check.diff.DiffReport;
import bpdiff.check.diff.DiffTextFormat;
import bpdiff.report.html.DiffHtml;

/**
 * Two programs compared, and the renderings: {@link #json()} is {@code bpdiff.diff/1}.
 *
 * @param report the comparison
 */
public record DiffOutcome(DiffReport report) implements Outcome {

    /** @return whether the two programs' gradients and updates are the same */
    @Override
    public boolean passed() {
        return report.same();
    }

    @Override
    public String summary() {
        return DiffNarrative.verdict(report);
    }

    @Override
    public String text() {
        return DiffTextFormat.render(report);
    }

    @Override
    public String json() {
        return DiffJsonFormat.write(report);
    }

    @Override
    public String markdown() {
        return DiffMarkdownFormat.render(report);
    }

    @Override
    public String page() {
        return DiffHtml.render(report);
    }

    @Override
    public String fragment() {
        return DiffHtml.fragment(report);
    }

    @Override
    public String junitXml(double seconds) {
        return DiffJunitFormat.write(report, seconds);
    }
}
