package bpdiff.command;

import bpdiff.diff.ComparisonResult;
import bpdiff.gradient.Environment;
import bpdiff.report.CompareHtml;
import bpdiff.report.CompareJson;
import bpdiff.report.CompareJunit;
import bpdiff.report.CompareMarkdown;
import bpdiff.report.CompareText;
import bpdiff.report.CompareTextSummary;

/**
 * A comparison and its renderings. Each view shows the epochs the comparison kept: {@link #json()} has every epoch
 * only when every one was kept (the server's); the command line streams its JSON instead ({@link CompareJson#start}).
 *
 * @param result the comparison
 * @param environment what it was computed with
 */
public record CompareOutcome(ComparisonResult result, Environment environment) implements Outcome {

    /** @return whether every epoch asked for was compared and all sources agree */
    @Override
    public boolean passed() {
        return result.agrees();
    }

    @Override
    public String summary() {
        return CompareTextSummary.line(result);
    }

    @Override
    public String text() {
        return CompareText.render(result, environment);
    }

    /** @return {@code bpdiff.compare/1} of the kept epochs */
    @Override
    public String json() {
        return CompareJson.render(result, environment);
    }

    @Override
    public String markdown() {
        return CompareMarkdown.render(result, environment);
    }

    @Override
    public String page() {
        return CompareHtml.render(result, environment);
    }

    @Override
    public String fragment() {
        return CompareHtml.fragment(result, environment);
    }

    @Override
    public String junitXml(double seconds) {
        return CompareJunit.render(result, seconds);
    }
}
