package bpdiff.report.html;

import bpdiff.check.FormulaVerdict;
import bpdiff.check.program.CheckedQuantity;
import bpdiff.check.program.GraphNode;
import bpdiff.check.program.Shown;
import bpdiff.program.SourceMap;
import bpdiff.report.html.ComputationGraph.Drawn;
import bpdiff.report.html.ComputationGraph.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The picture of a program's forward pass: the {@link ComputationGraph} laid out by {@link GraphLayout} (ELK,
 * top to bottom: parameters and data above, the loss at the bottom) and drawn as inline SVG.
 *
 * <p>Every node is a {@code g.gnode[data-node][data-line]} box showing the value, \( \partial L / \partial v \)
 * from autograd and from finite differences, and each claim the program makes about it ("yours", from its
 * line). A node whose claim is wrong is drawn dashed in vermillion and its claim marked ✗ (not colour alone), and so
 * are the edges out of it, along which its gradient flows back; a node with a matching claim says "✓". A value
 * the check could not check (a parameter whose gradient nothing computes) is dotted and says "NOT CHECKED".
 * Every number is given in full in the node's tooltip, as {@code --format json} writes it.
 */
final class ComputationGraphSvg {

    /** The width of a node's box. */
    static final double WIDTH = 196;
    /** The height of one line of text in a box. */
    static final double LINE = 14;

    private ComputationGraphSvg() {}

    /**
     * Draws a program's forward pass.
     *
     * @param graph what to draw
     * @param epoch the epoch whose values these are
     * @param lines where the program's lines stand in its file: each box names its line ({@code l. 12}, a notebook's
     *     {@code l. 4:3})
     * @return an {@code <svg>} element
     */
    static String render(ComputationGraph graph, int epoch, SourceMap lines) {
        List<GraphLayout.Box> boxes = new ArrayList<>();
        for (Drawn d : graph.nodes()) {
            boxes.add(new GraphLayout.Box(WIDTH, (rows(d, lines).size() + 1) * LINE + 8));
        }
        List<GraphLayout.Edge> edges = graph.links().stream().map(l -> new GraphLayout.Edge(l.from(), l.to())).toList();
        GraphLayout.Result layout = GraphLayout.layOut(boxes, edges);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"graph\" viewBox=\"0 0 %.0f %.0f\" style=\"min-width:%.0fpx\""
                + " role=\"group\" aria-label=\"the computation graph of the forward pass at epoch %d: every operation "
                + "with its value and both gradients\">", layout.width(), layout.height(),
                Math.min(layout.width(), 1000) * 0.62, epoch));
        svg.append("<defs>").append(marker("garrow", "#666")).append(marker("garrow-wrong", Palette.VERMILLION))
                .append("</defs>\n");
        for (int k = 0; k < graph.links().size(); k++) {
            edge(svg, graph, graph.links().get(k), layout.routes().get(k));
        }
        for (int k = 0; k < graph.nodes().size(); k++) {
            node(svg, graph.nodes().get(k), layout.places().get(k), boxes.get(k), lines);
        }
        return svg.append("</svg>").toString();
    }

    private static String marker(String id, String colour) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"8\" "
                + "markerHeight=\"8\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0 0L8 4L0 8z\" fill=\""
                + colour + "\"/></marker>";
    }

    private static void edge(StringBuilder svg, ComputationGraph graph, Link link, double[] route) {
        Drawn from = graph.nodes().get(link.from());
        Drawn to = graph.nodes().get(link.to());
        StringBuilder d = new StringBuilder();
        for (int k = 0; k + 1 < route.length; k += 2) {
            d.append(k == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", route[k], route[k + 1]));
        }
        svg.append("<g class=\"gedge").append(from.wrong() ? " mismatch" : "").append(to.joined() ? " joined" : "")
                .append("\" data-from=\"").append(from.node().id()).append("\" data-to=\"").append(to.node().id())
                .append("\"><title>").append(Html.escape(title(from) + " → " + title(to)))
                .append(from.wrong() ? Html.escape("\nthe wrong ∂L/∂" + title(from) + " flows back along here") : "")
                .append("</title><path d=\"").append(d).append("\"/></g>\n");
    }

    private static void node(StringBuilder svg, Drawn d, GraphLayout.Place place, GraphLayout.Box box,
            SourceMap lines) {
        GraphNode n = d.node();
        boolean right = !d.claims().isEmpty() && !d.wrong();
        svg.append("<g class=\"gnode").append(n.parameter() ? " parameter" : n.op().equals("leaf") ? " data" : "")
                .append(d.wrong() ? " mismatch" : right ? " match" : "").append(d.unchecked() != null ? " unchecked" : "")
                .append("\" data-node=\"").append(n.id())
                .append("\" data-line=\"").append(n.line()).append("\"").append(n.name() == null ? ""
                        : " data-name=\"" + Html.escape(n.name()) + "\"")
                .append(" id=\"node-").append(n.id()).append("\"><title>").append(Html.escape(tooltip(d, lines)))
                .append("</title>");
        double x = place.x();
        double y = place.y();
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%d\"/>",
                x, y, box.width(), box.height(), n.parameter() ? 10 : 3));
        double textY = y + LINE + 1;
        svg.append(String.format(Locale.ROOT, "<text class=\"gname\" x=\"%.1f\" y=\"%.1f\">%s</text>"
                + "<text class=\"gline\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">l. %s</text>", x + 6, textY,
                Html.escape(heading(d)), x + box.width() - 6, textY, lines.position(n.line(), 0).shortText()));
        for (String[] row : rows(d, lines)) {
            textY += LINE;
            svg.append(String.format(Locale.ROOT, "<text class=\"gfig%s\" x=\"%.1f\" y=\"%.1f\">%s</text>"
                    + "<text class=\"gval\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>", row[2], x + 6, textY,
                    Html.escape(row[0]), x + box.width() - 6, textY, Html.escape(row[1])));
        }
        svg.append("</g>\n");
    }

    /** The box's first line: the name and the operation ({@code out_h1 = 1 / ·}). */
    private static String heading(Drawn d) {
        GraphNode n = d.node();
        if (n.op().equals("leaf")) {
            return n.name() != null ? n.name() : d.operation();
        }
        String op = clip(d.operation(), n.name() == null ? 24 : 12);
        return n.name() == null ? op : clip(n.name(), 12) + " = " + op;
    }

    private static String title(Drawn d) {
        return d.node().name() != null ? d.node().name() : d.operation();
    }

    /** The rows under the heading: caption, value, extra CSS class. */
    private static List<String[]> rows(Drawn d, SourceMap lines) {
        GraphNode n = d.node();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"value" + shapeText(n.shape()), brief(n.value()), ""});
        if (n.autograd() != null || n.numeric() != null) {
            rows.add(new String[] {"∂L autograd", brief(n.autograd()), ""});
            rows.add(new String[] {"∂L numeric", brief(n.numeric()), ""});
        }
        if (d.unchecked() != null) {
            rows.add(new String[] {"NOT CHECKED", "", " said-wrong"});
        }
        for (CheckedQuantity q : d.claims()) {
            boolean wrong = q.shown().verdict() == FormulaVerdict.WRONG;
            rows.add(new String[] {(wrong ? "✗" : "✓") + " yours l. " + lines.position(q.site().line(), 0).shortText(),
                    brief(q.shown().student()), wrong ? " said-wrong" : " said-right"});
        }
        return rows;
    }

    private static String tooltip(Drawn d, SourceMap lines) {
        GraphNode n = d.node();
        StringBuilder t = new StringBuilder(title(d)).append(" (").append(d.operation()).append(", ")
                .append(lines.lineText(n.line())).append(')');
        t.append("\nvalue ").append(exact(n.value(), n.shape()));
        t.append("\n∂L/∂").append(title(d)).append(" autograd ").append(n.autograd() == null ? "—"
                : exact(n.autograd(), n.shape()));
        t.append("\n∂L/∂").append(title(d)).append(" finite differences ").append(n.numeric() == null ? "—"
                : exact(n.numeric(), n.shape()));
        for (CheckedQuantity q : d.claims()) {
            CheckedQuantity.Site site = q.site();
            t.append("\nyours (").append(lines.lineText(site.line())).append(", ")
                    .append(site.update() ? "the update" : site.name()).append(") ")
                    .append(exact(q.shown().student(), q.derivative().shape())).append(' ')
                    .append(q.shown().verdict().label());
        }
        if (d.unchecked() != null) {
            t.append("\nNOT CHECKED: ").append(d.unchecked());
        }
        if (d.joined()) {
            t.append("\n(unnamed operations between this value and its inputs are not drawn)");
        }
        return t.toString();
    }

    /** Every element as {@code --format json} writes it. */
    private static String exact(double[] data, int[] shape) {
        return Shown.full(data, shape, Html::number);
    }

    private static String shapeText(int[] shape) {
        if (shape.length == 0) {
            return "";
        }
        List<String> sizes = new ArrayList<>();
        for (int s : shape) {
            sizes.add(Integer.toString(s));
        }
        return " (" + String.join("×", sizes) + ")";
    }

    /** A value for a box: the number, or the first element and how many more. */
    private static String brief(double[] data) {
        if (data == null) {
            return "—";
        }
        if (data.length == 1) {
            return Html.shortNumber(data[0]);
        }
        return "[" + Html.shortNumber(data[0]) + ", …]";
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
