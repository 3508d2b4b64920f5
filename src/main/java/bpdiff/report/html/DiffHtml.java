package bpdiff.report.html;

import bpdiff.check.diff.DiffNarrative;
import bpdiff.check.diff.DiffReport;
import bpdiff.check.diff.EpochPair;
import bpdiff.check.diff.ComparedParameter;
import bpdiff.check.program.ProgramReport;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code bpdiff diff A.py B.py --format html}: one self-contained page — the verdict, the losses, the forward pass,
 * the parameters of both programs side by side — and each program's computation graph (as {@code bpdiff check}
 * draws it, its own wrong claims marked), with the parameters whose gradients or updates differ between the two
 * programs drawn with a thick dashed vermillion border. Only the common script of every page (highlighting) runs.
 *
 * <p>{@link #render} gives the whole page, {@link #fragment} the same content without the page around it, for
 * {@code bpdiff serve}'s page. The table and each graph scroll sideways inside their own box, so that a phone's
 * narrow window never does.
 */
public final class DiffHtml {

    private DiffHtml() {}

    /**
     * @param r the diff
     * @return the page
     */
    public static String render(DiffReport r) {
        return Page.open("bpdiff diff " + r.sourceA() + " " + r.sourceB(), "wide") + fragment(r) + Page.close();
    }

    /**
     * The page's content: its own style rules (the marks of the differing parameters among them), no
     * {@code <html>} around it and no script.
     *
     * @param r the diff
     * @return the HTML text
     */
    public static String fragment(DiffReport r) {
        StringBuilder html = new StringBuilder("<style>").append(ProgramStyle.CSS).append("table.diff td.differs{color:")
                .append(Palette.VERMILLION).append(";font-weight:bold}").append(marks(r)).append("</style>\n");
        html.append("<h1>bpdiff diff <code>").append(Html.escape(r.sourceA())).append("</code> <code>")
                .append(Html.escape(r.sourceB())).append("</code></h1>\n");
        html.append("<p class=\"verdict ").append(r.same() ? "ok" : "bad").append("\">")
                .append(Html.escape(DiffNarrative.verdict(r))).append("</p>\n<ul><li>")
                .append(Html.escape(DiffNarrative.loss(r))).append("</li>");
        String forward = DiffNarrative.forward(r);
        if (forward != null) {
            html.append("<li>").append(Html.escape(forward)).append("</li>");
        }
        html.append("<li>").append(r.epochs()).append(r.epochs() == 1 ? " epoch" : " epochs").append(" compared; autograd ").append(Html.escape(r.dtype()))
                .append(" on ").append(Html.escape(r.engine())).append("</li></ul>\n");
        html.append("<div class=\"scroll\"><table class=\"diff\"><thead><tr><th>parameter</th><th>epoch</th>"
                + "<th>gradient A</th><th>gradient B</th><th>updated A</th><th>updated B</th><th>differs</th>"
                + "<th>autograd's</th></tr></thead><tbody>\n");
        for (ComparedParameter p : r.parameters()) {
            EpochPair e = p.shown();
            String cls = p.differs() ? " class=\"differs\"" : "";
            html.append("<tr><td").append(cls).append(">").append(Html.escape(p.label())).append("</td><td>")
                    .append(e.epoch()).append("</td><td>").append(DiffNarrative.brief(e.gradientA())).append("</td><td>")
                    .append(DiffNarrative.brief(e.gradientB())).append("</td><td>")
                    .append(DiffNarrative.brief(e.updatedA())).append("</td><td>")
                    .append(DiffNarrative.brief(e.updatedB())).append("</td><td").append(cls).append(">")
                    .append(p.differs() ? "✗ from epoch " + p.firstDifferent() : "same").append("</td><td>")
                    .append(e.rightA() && e.rightB() ? "both" : e.rightA() ? "A" : e.rightB() ? "B" : "neither")
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n");
        graph(html, "A", r.checkA());
        graph(html, "B", r.checkB());
        return html.toString();
    }

    /** A style rule per differing parameter: its node drawn with a thick dashed vermillion border in both graphs. */
    private static String marks(DiffReport r) {
        Set<String> names = new LinkedHashSet<>();
        for (ComparedParameter p : r.differing()) {
            names.add(p.a().replaceAll("\\[.*", ""));
            names.add(p.b().replaceAll("\\[.*", ""));
        }
        StringBuilder css = new StringBuilder();
        for (String n : names) {
            css.append(".gnode.parameter[data-name=\"").append(n.replace("\"", "")).append("\"] rect{stroke:")
                    .append(Palette.VERMILLION).append(";stroke-width:3;stroke-dasharray:6 3}");
        }
        return css.toString();
    }

    private static void graph(StringBuilder html, String side, ProgramReport report) {
        html.append("<h2>").append(side).append(": <code>").append(Html.escape(report.source()))
                .append("</code>, its forward pass at epoch ").append(report.shownEpoch()).append("</h2>\n<p>")
                .append(Html.escape(report.summary())).append("</p>\n<div class=\"picture\">");
        ComputationGraph graph = ComputationGraph.of(report);
        html.append(ComputationGraphSvg.render(graph, report.shownEpoch(), report.lines()).replace("id=\"node-", "id=\"" + side
                + "-node-")).append("</div>\n");
    }
}
