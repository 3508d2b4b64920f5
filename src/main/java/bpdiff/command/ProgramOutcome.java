package bpdiff.command;

import bpdiff.check.program.ProgramJsonFormat;
import bpdiff.check.program.ProgramJunitFormat;
import bpdiff.check.program.ProgramMarkdownFormat;
import bpdiff.check.program.ProgramReport;
import bpdiff.check.program.ProgramTextFormat;
import bpdiff.report.html.ProgramHtml;

/**
 * A checked program.
 *
 * @param report the check
 * @param source the program's text, whose lines the page shows
 */
record ProgramOutcome(ProgramReport report, String source) implements CheckOutcome {

    @Override
    public boolean passed() {
        return report.passed();
    }

    @Override
    public String summary() {
        return report.summary();
    }

    @Override
    public String text() {
        return ProgramTextFormat.write(report);
    }

    @Override
    public String json() {
        return ProgramJsonFormat.write(report);
    }

    @Override
    public String markdown() {
        return ProgramMarkdownFormat.write(report);
    }

    @Override
    public String page() {
        return ProgramHtml.render(report, source);
    }

    @Override
    public String fragment() {
        return ProgramHtml.fragment(report, source);
    }

    @Override
    public String junitXml(double seconds) {
        return ProgramJunitFormat.write(report, seconds);
    }
}
