package bpdiff.command;

import bpdiff.check.CheckReport;
import bpdiff.check.JsonFormat;
import bpdiff.check.JunitXmlFormat;
import bpdiff.check.MarkdownFormat;
import bpdiff.check.TextFormat;
import bpdiff.network.NetworkSpec;
import bpdiff.report.html.CheckHtml;

/**
 * A checked formula list.
 *
 * @param report the check
 * @param network the network it was checked on, which the page draws
 */
record FormulaOutcome(CheckReport report, NetworkSpec network) implements CheckOutcome {

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
        return TextFormat.write(report);
    }

    @Override
    public String json() {
        return JsonFormat.write(report);
    }

    @Override
    public String markdown() {
        return MarkdownFormat.write(report);
    }

    @Override
    public String page() {
        return CheckHtml.render(report, network);
    }

    @Override
    public String fragment() {
        return CheckHtml.fragment(report, network);
    }

    @Override
    public String junitXml(double seconds) {
        return JunitXmlFormat.write(report, seconds);
    }
}
