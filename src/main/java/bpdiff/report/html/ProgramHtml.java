package bpdiff.report.html;

import bpdiff.check.program.CheckedQuantity;
import bpdiff.check.program.NotChecked;
import bpdiff.check.program.ProgramReport;
import bpdiff.program.SourceMap;
import java.util.List;

/**
 * {@code bpdiff check PROGRAM --format html}: the student's program beside the computation graph of its
 * forward pass. Each line that claims a derivative is linked to the value it claims it of (pointing at the line
 * highlights that node of the graph, a click pins it); a wrong line is marked with its diagnosis under it;
 * what could not be checked says so, on its line and at the top. With several epochs, a slider shows each
 * epoch's claims and loss; the graph is that of the shown epoch (the first failing one, else the first).
 *
 * <p>A pure function of the {@link ProgramReport} and the program's text: {@link #render} gives a whole page,
 * {@link #fragment} the same content without the page around it and without its script ({@link #script()}), for a
 * page that embeds it under a policy that runs no inline script ({@code bpdiff serve}'s).
 *
 * <p>The lecture's network picture ({@link NetworkSvg}) is not drawn for programs: the report names the
 * parameters but not which neurons each one connects, and guessing a network from a program's arithmetic
 * could draw a network the program does not compute. The computation graph shows what it does compute.
 */
public final class ProgramHtml {

    private ProgramHtml() {}

    /**
     * Renders a program check as a page.
     *
     * @param report the check
     * @param text the program's text (its lines are shown)
     */
    public static String render(ProgramReport report, String text) {
        return Page.open("bpdiff check " + report.source(), "wide") + fragment(report, text) + "<script>" + script()
                + "bpdiffProgram();\n</script>\n" + Page.close();
    }

    /**
     * The script of a program's page: it defines {@code bpdiffProgram()}, to be called, as well as
     * {@code bpdiffPage()} ({@link Page#script()}), after the fragment is in the document (linking lines and graph,
     * the claims of each epoch).
     *
     * @return JavaScript text
     */
    public static String script() {
        return ProgramScript.JS;
    }

    /**
     * Renders a program check as a part of a page: its own style rules, no {@code <html>} around it and no script
     * ({@link #script()}).
     *
     * @param report the check
     * @param text the program's text
     * @return the HTML text
     */
    public static String fragment(ProgramReport report, String text) {
        StringBuilder html = new StringBuilder("<style>").append(ProgramStyle.CSS).append("</style>\n");
        SourceMap lines = report.lines();
        html.append("<h1>bpdiff check <code>").append(Html.escape(report.source())).append("</code></h1>\n<p>Loss <code>")
                .append(Html.escape(report.loss())).append("</code> (").append(lines.lineText(report.lossLine()))
                .append("), autograd ").append(Html.escape(report.dtype())).append(" on ")
                .append(Html.escape(report.engine())).append(", ").append(report.epochs()).append(report.epochs() == 1
                        ? " epoch" : " epochs").append("; parameters: ").append(report.parameters().isEmpty() ? "none"
                        : Html.escape(String.join(", ", report.parameters())))
                .append(". Each gradient is ∂").append(Html.escape(report.lossSymbol()))
                .append("/∂v of ").append(Html.escape(report.lossMeaning())).append(".</p>\n");
        html.append("<p class=\"verdict ").append(report.passed() ? "ok" : "bad").append("\">")
                .append(Html.escape((report.passed() ? "All match: " : "Not passed: ") + report.summary()))
                .append("</p>\n");
        where(html, report);
        if (!report.notChecked().isEmpty()) {
            html.append("<ul class=\"not-checked\">");
            for (NotChecked n : report.notChecked()) {
                html.append("<li><span class=\"bad\">NOT CHECKED</span> ").append(n.line() > 0 ? "<a href=\"#line-"
                        + n.line() + "\">" + lines.lineText(n.line()) + "</a>: " : "").append(Html.escape(n.message()))
                        .append("</li>");
            }
            html.append("</ul>\n");
        }
        for (String note : report.notes()) {
            html.append("<p class=\"note\">note: ").append(Html.escape(note)).append("</p>\n");
        }
        ProgramEpochs.control(html, report);
        ComputationGraph graph = ComputationGraph.of(report);
        html.append("<div class=\"side program-side\"><div><h2>Your program</h2>\n").append(ProgramLines.render(report, text))
                .append("</div>\n<div class=\"drawing\"><h2>Its forward pass")
                .append(report.epochs() > 1 ? ", epoch " + report.shownEpoch() : "").append("</h2>\n")
                .append("<p class=\"note\">Every operation the loss depends on, from the parameters and data at the "
                        + "top to the loss at the bottom, with its value and ∂").append(Html.escape(report.lossSymbol()))
                .append("/∂value from autograd and from finite differences; a value your program claims the "
                        + "derivative of also shows yours. A wrong one is drawn <span class=\"bad\">dashed in "
                        + "vermillion</span>, its claim marked ✗, and so are the edges its gradient flows back along. "
                        + "Laid out by Eclipse ELK (layered).")
                .append(report.epochs() > 1 ? " These are the values of epoch " + report.shownEpoch()
                        + (report.firstFailingEpoch() > 0 ? ", the first failing one" : "") + "." : "")
                .append("</p>\n");
        if (graph.note() != null) {
            html.append("<p class=\"note cap\">").append(Html.escape(graph.note())).append("</p>\n");
        }
        html.append("<div class=\"picture\">").append(graph.nodes().isEmpty() ? "<p>The loss depends on nothing "
                + "recorded.</p>" : ComputationGraphSvg.render(graph, report.shownEpoch(), lines)).append("</div></div></div>\n");
        return html.toString();
    }

    /** Where the error enters: the first line with a mistake of its own, linked. */
    private static void where(StringBuilder html, ProgramReport report) {
        CheckedQuantity first = report.firstWrong();
        if (first == null) {
            html.append("<p id=\"where\">").append(report.failed().isEmpty() ? "Every checked claim agrees with "
                    + "autograd." : "Every wrong claim follows from another one.").append("</p>\n");
            return;
        }
        CheckedQuantity.Site site = first.site();
        int node = first.derivative().node();
        html.append("<p id=\"where\" class=\"where\">Where the error enters: <a href=\"#line-").append(site.line())
                .append("\">").append(report.lines().lineText(site.line())).append("</a>, <code>")
                .append(Html.escape(site.statement()))
                .append("</code>").append(node >= 0 ? " (<a href=\"#node-" + node + "\">"
                        + Html.escape(first.label()) + " in the graph</a>)" : "")
                .append(". The wrong lines that depend on it inherit its error.</p>\n");
        List<String> likely = first.likely();
        if (!likely.isEmpty()) {
            html.append("<p class=\"where-likely\">likely: ").append(Html.escape(likely.get(0))).append("</p>\n");
        }
    }
}
