package bpdiff.report.run;

import bpdiff.experiment.ExperimentResult;
import bpdiff.experiment.Finding;
import bpdiff.experiment.Plot;
import bpdiff.experiment.RunResult;
import bpdiff.experiment.Table;
import bpdiff.report.html.Html;
import bpdiff.report.html.Page;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}: the same sections as {@link MarkdownReport}, self-contained: the style sheet is inline
 * and every plot is embedded as a {@code data:image/png;base64} URI, so the one file can be mailed or opened
 * anywhere. The page skeleton is {@link Page}'s: it fits a phone (tables scroll sideways, plots scale) and
 * shows the homework's Chinese in a CJK font where one is installed, with the English always beside it.
 */
public final class HtmlReport {

    private HtmlReport() {}

    /**
     * Writes the HTML report.
     *
     * @param pngs every plot's PNG, by plot name
     * @return the HTML text
     */
    public static String of(RunResult run, Map<String, byte[]> pngs) {
        StringBuilder html = new StringBuilder(Page.open("bpdiff run: the homework's experiments")
                + "<h1>bpdiff run: the homework's experiments</h1>\n");
        html.append("<p>").append(escape(MarkdownReport.environment(run.environment()))).append("</p>\n");
        html.append("<p class=\"").append(run.holds() ? "ok" : "fail").append("\">")
                .append(escape(MarkdownReport.verdict(run))).append("</p>\n");
        if (!run.holds()) {
            html.append("<ul>\n");
            run.failures().forEach(f -> html.append("<li class=\"fail\"><code>").append(escape(f.experiment() + "/"
                    + f.finding().id())).append("</code>: ").append(escape(f.finding().statement())).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<div class=\"scroll\"><table><tr><th>question</th><th>experiment</th><th>findings holding</th></tr>\n");
        for (ExperimentResult r : run.results()) {
            html.append("<tr><td>").append(r.question().number()).append("</td><td><a href=\"#").append(r.id())
                    .append("\">").append(escape(r.title())).append("</a></td><td class=\"").append(r.holds() ? "ok" : "fail")
                    .append("\">").append(MarkdownReport.holding(r)).append("</td></tr>\n");
        }
        html.append("</table></div>\n");
        for (ExperimentResult r : run.results()) {
            section(html, r, pngs);
        }
        return html.append(Page.close()).toString();
    }

    private static void section(StringBuilder html, ExperimentResult r, Map<String, byte[]> pngs) {
        html.append("<section id=\"").append(r.id()).append("\">\n<h2>").append(r.question().number()).append(". ")
                .append(escape(r.title())).append(" (<code>").append(r.id()).append("</code>)</h2>\n");
        html.append("<blockquote><p lang=\"zh\">").append(escape(r.question().chinese())).append("</p><p><em>")
                .append(escape(r.question().english())).append("</em></p></blockquote>\n");
        html.append("<p><strong>Setup.</strong> ").append(escape(r.setup())).append("</p>\n");
        for (Table table : r.tables()) {
            html.append("<div class=\"caption\">").append(escape(table.caption())).append("</div>\n<div class=\"scroll\">"
                    + "<table><tr>");
            table.headers().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
            html.append("</tr>\n");
            for (List<String> row : table.rows()) {
                html.append("<tr>");
                row.forEach(c -> html.append("<td>").append(escape(c)).append("</td>"));
                html.append("</tr>\n");
            }
            html.append("</table></div>\n");
        }
        for (Plot plot : r.plots()) {
            html.append("<figure><img alt=\"").append(escape(plot.title())).append("\" width=\"")
                    .append(PlotRenderer.WIDTH).append("\" height=\"").append(PlotRenderer.HEIGHT)
                    .append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(pngs.get(plot.name()))).append("\">");
            for (String note : MarkdownReport.plotNotes(plot)) {
                html.append("<figcaption class=\"note\">").append(escape(note)).append("</figcaption>");
            }
            html.append("</figure>\n");
        }
        html.append("<p class=\"caption\">Expected findings</p>\n<ul>\n");
        for (Finding f : r.findings()) {
            html.append("<li><span class=\"").append(f.holds() ? "ok\">✔ holds" : "fail\">✘ DOES NOT HOLD")
                    .append("</span> <code>").append(escape(f.id())).append("</code>: ").append(escape(f.statement()))
                    .append(". <small>Measured: ").append(escape(MarkdownReport.measured(f.measured())))
                    .append("</small></li>\n");
        }
        html.append("</ul>\n<p class=\"conclusion\"><strong>Finding.</strong> ").append(escape(r.conclusion()))
                .append("</p>\n</section>\n");
    }

    private static String escape(String text) {
        return Html.escape(text);
    }
}
