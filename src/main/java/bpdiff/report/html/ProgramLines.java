package bpdiff.report.html;

import bpdiff.check.FormulaVerdict;
import bpdiff.check.program.CheckedQuantity;
import bpdiff.check.program.NotChecked;
import bpdiff.check.program.ProgramReport;
import bpdiff.check.program.ProgramTextFormat;
import bpdiff.check.program.Shown;
import bpdiff.program.SourceMap;
import bpdiff.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The student's program, line by line, as the program page shows it beside the computation graph. A line
 * that claims a derivative lists each claim (yours, autograd, finite differences, verdict); a wrong one is
 * marked "✗ WRONG" with its diagnosis under it, and one the check could not judge "NOT CHECKED" with why.
 *
 * <p>A line is linked to the graph: a claim's line carries the ids of the nodes it claims the derivative of
 * ({@code data-nodes}), every line its number ({@code data-line}), so that pointing at it highlights those
 * nodes, or the operations the line computed. The numbers an epoch control changes carry their key in
 * {@code data-v} ({@code q3.student}), the claim its index in {@code data-q}.
 *
 * <p>A notebook's program is shown cell by cell: a heading {@code cell 4} before each cell's lines, each line
 * numbered in its cell and written as the cell has it ({@code %matplotlib inline} greyed, where the program ran
 * {@code pass}).
 */
final class ProgramLines {

    private ProgramLines() {}

    /**
     * @param report the check
     * @param text the program's text
     * @return an {@code <ol>} of every line
     */
    static String render(ProgramReport report, String text) {
        Map<Integer, List<Integer>> claimsByLine = new HashMap<>();
        for (int k = 0; k < report.quantities().size(); k++) {
            claimsByLine.computeIfAbsent(report.quantities().get(k).site().line(), x -> new ArrayList<>()).add(k);
        }
        Map<Integer, List<NotChecked>> notCheckedByLine = new HashMap<>();
        report.notChecked().forEach(n -> notCheckedByLine.computeIfAbsent(n.line(), x -> new ArrayList<>()).add(n));
        StringBuilder html = new StringBuilder("<ol class=\"program\">\n");
        List<String> lines = text.lines().toList();
        SourceMap map = report.lines();
        int cell = 0;
        for (int number = 1; number <= lines.size(); number++) {
            Position at = map.position(number, 0);
            if (at.cell() != cell) {
                cell = at.cell();
                html.append("<li class=\"cell-head\" id=\"cell-").append(cell).append("\">cell ").append(cell)
                        .append("</li>\n");
            }
            List<Integer> claims = claimsByLine.getOrDefault(number, List.of());
            List<NotChecked> unchecked = notCheckedByLine.getOrDefault(number, List.of());
            boolean wrong = claims.stream()
                    .anyMatch(k -> report.quantities().get(k).shown().verdict() == FormulaVerdict.WRONG);
            String kind = wrong ? "wrong" : !unchecked.isEmpty() ? "unchecked" : !claims.isEmpty() ? "right"
                    : map.runs(number) ? "" : "ipython";
            html.append("<li id=\"line-").append(number).append("\" data-line=\"").append(number).append('"');
            if (!kind.isEmpty()) {
                html.append(" class=\"").append(kind).append('"');
            }
            List<String> nodes = claims.stream().map(k -> report.quantities().get(k).derivative().node())
                    .filter(id -> id >= 0).distinct().map(String::valueOf).toList();
            if (!nodes.isEmpty()) {
                html.append(" data-nodes=\"").append(String.join(" ", nodes)).append('"');
            }
            html.append("><pre><span class=\"number\">").append(String.format("%4d", at.line())).append("</span>  ")
                    .append(Html.escape(map.written(number, lines.get(number - 1)))).append("</pre>");
            for (int k : claims) {
                claim(html, k, report.quantities().get(k), map);
            }
            for (NotChecked n : unchecked) {
                html.append("<p class=\"claim unchecked\"><span class=\"bad\">NOT CHECKED</span> ")
                        .append(Html.escape(n.message())).append("</p>");
            }
            html.append("</li>\n");
        }
        return html.append("</ol>\n").toString();
    }

    private static void claim(StringBuilder html, int k, CheckedQuantity q, SourceMap map) {
        boolean wrong = q.shown().verdict() == FormulaVerdict.WRONG;
        html.append("<div class=\"claim ").append(wrong ? "wrong" : "right").append("\" data-q=\"").append(k)
                .append("\"><span class=\"verdict\"><span class=\"said-wrong\">✗ WRONG</span><span class=\""
                        + "said-right\">✓ match</span></span> ")
                .append(Html.escape((q.site().update() ? "the update of " + q.site().name() + ": "
                        : q.site().name() + " = ") + q.label()))
                .append(": yours <span class=\"mono\" data-v=\"q").append(k).append(".student\">")
                .append(Html.escape(Shown.cell(q.shown().student(), q.derivative().shape())))
                .append("</span>, autograd <span class=\"mono\" data-v=\"q").append(k).append(".autograd\">")
                .append(Html.escape(Shown.cell(q.shown().autograd(), q.derivative().shape())))
                .append("</span>, finite differences <span class=\"mono\" data-v=\"q").append(k).append(".numeric\">")
                .append(Html.escape(Shown.cell(q.shown().numeric(), q.derivative().shape()))).append("</span>");
        if (q.failed()) {
            html.append("<ul class=\"diagnosis\">");
            for (String sentence : ProgramTextFormat.explanation(q, map)) {
                html.append("<li>").append(Html.escape(sentence)).append("</li>");
            }
            html.append("</ul>");
        }
        html.append("</div>");
    }
}
