package bpdiff.report.html;

import bpdiff.network.NetworkSpec;
import bpdiff.report.html.NetworkLayout.Connection;
import bpdiff.report.html.NetworkLayout.Labels;
import bpdiff.report.html.NetworkLayout.Node;
import bpdiff.report.html.PictureState.Status;
import java.util.List;
import java.util.Locale;

/**
 * The network picture shared by every page: the layout of {@link NetworkLayout} drawn as inline SVG with the
 * numbers of a {@link PictureState}.
 *
 * <p>Every neuron is one {@code <circle>} in a {@code g.neuron[data-neuron]}; every connection is one
 * {@code g.edge[data-parameter]} holding its wire and its box, whose label names the parameter. A mismatching
 * connection is drawn in vermillion and dashed, and says "mismatch" in words; the neuron where the error
 * enters gets a dashed ring and a badge that links to the page's {@code #where} sentence. A number that the
 * epoch control changes carries its key in {@code data-v}. Above each computed layer's column its activation is
 * named ({@code text.layer-activation[data-layer]}), and each neuron's tooltip names it too.
 */
public final class NetworkSvg {

    private static final int MAX_PLAIN_LABELS = 200;

    private NetworkSvg() {}

    /**
     * Draws a network.
     *
     * @param spec the network (its wiring and parameter names)
     * @param state the numbers to show
     * @return an {@code <svg>} element
     */
    public static String render(NetworkSpec spec, PictureState state) {
        int boxLines = state.parameters().values().stream().mapToInt(List::size).max().orElse(0);
        int neuronLines = state.neurons().values().stream().mapToInt(List::size).max().orElse(0);
        NetworkLayout layout = new NetworkLayout(spec, boxLines, neuronLines);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"network labels-%s\" viewBox=\"0 0 %.0f %.0f\" "
                + "style=\"min-width:%.0fpx\" role=\"group\" aria-label=\"the network %s: neurons in columns, every "
                + "connection labelled with its parameter\">", layout.labels.name().toLowerCase(Locale.ROOT),
                layout.width, layout.height, Math.min(layout.width, 900) * 0.62, Html.escape(spec.name())));
        svg.append("<defs>").append(marker("arrow", "#555")).append(marker("arrow-mismatch", Palette.VERMILLION))
                .append("</defs>\n");
        int plainLabels = 0;
        for (Connection c : layout.connections) {
            boolean labelled = layout.labels != Labels.NONE
                    || state.statusOf(c.parameter()) == Status.MISMATCH && plainLabels++ < MAX_PLAIN_LABELS;
            edge(svg, spec, layout, c, state, labelled);
        }
        for (Node bias : layout.biasNodes) {
            svg.append(String.format(Locale.ROOT, "<g class=\"bias-node\"><rect x=\"%.1f\" y=\"%.1f\" width=\"24\" "
                    + "height=\"24\" rx=\"3\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">+1</text></g>\n",
                    bias.x() - 12, bias.y() - 12, bias.x(), bias.y() + 4));
        }
        for (List<Node> column : layout.layers) {
            int layer = column.get(0).layer();
            if (layer > 0) {
                activation(svg, spec, column);
            }
            for (Node n : column) {
                neuron(svg, layout, n, state, layer > 0 ? spec.activation(layer).id() : null);
            }
            int more = layout.notDrawn[column.get(0).layer()];
            if (more > 0) {
                Node last = column.get(column.size() - 1);
                svg.append(String.format(Locale.ROOT, "<text class=\"more\" x=\"%.1f\" y=\"%.1f\" "
                        + "text-anchor=\"middle\">… %d more not drawn</text>\n", last.x(),
                        last.y() + NetworkLayout.RADIUS + 18, more));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** An arrowhead of fixed size, whatever the width of the line it ends. */
    private static String marker(String id, String colour) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"10\" "
                + "markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0 0L8 4L0 8z\" "
                + "fill=\"" + colour + "\"/></marker>";
    }

    private static void edge(StringBuilder svg, NetworkSpec spec, NetworkLayout layout, Connection c, PictureState state,
            boolean labelled) {
        Status status = state.statusOf(c.parameter());
        List<Figure> figures = state.parameters().getOrDefault(c.parameter(), List.of());
        svg.append("<g class=\"edge ").append(status.id()).append(c.bias() ? " bias" : "")
                .append("\" data-parameter=\"").append(Html.escape(c.parameter())).append("\" data-from=\"")
                .append(Html.escape(c.from().name())).append("\" data-to=\"").append(Html.escape(c.to().name()))
                .append("\"><title>").append(Html.escape(c.parameter() + ": " + c.from().name() + " → "
                        + c.to().name()));
        for (Figure f : figures) {
            svg.append('\n').append(Html.escape(f.caption() + " " + f.value()));
        }
        svg.append("</title>");
        double r = NetworkLayout.RADIUS;
        double fromX = c.from().x() + (c.bias() ? 12 : r);
        double toX = c.to().x() - r;
        if (layout.labels == Labels.NONE) {
            svg.append(String.format(Locale.ROOT, "<path class=\"wire\" d=\"M%.1f %.1fL%.1f %.1f\"/>", fromX,
                    c.from().y(), toX, c.to().y()));
            if (labelled) {
                svg.append(String.format(Locale.ROOT, "<text class=\"edge-label\" x=\"%.1f\" y=\"%.1f\" "
                        + "text-anchor=\"middle\">%s</text>", (fromX + toX) / 2, (c.from().y() + c.to().y()) / 2 - 4,
                        Html.escape(c.parameter())));
            }
            svg.append("</g>\n");
            return;
        }
        double boxMid = c.boxY() + layout.boxHeight / 2;
        double boxRight = c.boxX() + layout.boxWidth;
        double in = (fromX + c.boxX()) / 2;
        double out = (boxRight + toX) / 2;
        svg.append(String.format(Locale.ROOT, "<path class=\"wire\" d=\"M%.1f %.1fC%.1f %.1f %.1f %.1f %.1f %.1f"
                + "M%.1f %.1fC%.1f %.1f %.1f %.1f %.1f %.1f\"/>", fromX, c.from().y(), in, c.from().y(), in, boxMid,
                c.boxX(), boxMid, boxRight, boxMid, out, boxMid, out, c.to().y(), toX, c.to().y()));
        svg.append(String.format(Locale.ROOT, "<rect class=\"box\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                + "height=\"%.1f\" rx=\"4\"/>", c.boxX(), c.boxY(), layout.boxWidth, layout.boxHeight));
        double line = NetworkLayout.LINE;
        double textY = c.boxY() + line + 1;
        if (layout.labels == Labels.COMPACT) {
            svg.append(String.format(Locale.ROOT, "<text class=\"edge-label\" x=\"%.1f\" y=\"%.1f\" "
                    + "text-anchor=\"middle\">%s</text></g>\n", c.boxX() + layout.boxWidth / 2, textY,
                    Html.escape(c.parameter())));
            return;
        }
        svg.append(String.format(Locale.ROOT, "<text class=\"edge-label\" x=\"%.1f\" y=\"%.1f\">%s</text>"
                + "<text class=\"state\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\"><tspan class=\"said-mismatch\">"
                + "✗ mismatch</tspan><tspan class=\"said-match\">✓ match</tspan></text>", c.boxX() + 8, textY,
                Html.escape(c.parameter() + shared(spec, layout, c.parameter())), boxRight - 8, textY));
        for (Figure f : figures) {
            textY += line;
            figure(svg, f, c.boxX() + 8, boxRight - 8, textY);
        }
        svg.append("</g>\n");
    }

    /**
     * A parameter named on several connections is shared: its gradient is the sum over all of them. A frozen
     * one keeps its value.
     */
    private static String shared(NetworkSpec spec, NetworkLayout layout, String parameter) {
        long uses = layout.connections.stream().filter(c -> c.parameter().equals(parameter)).count();
        int index = spec.parameterIndex(parameter);
        boolean frozen = index >= 0 && spec.parameters().get(index).frozen();
        return (uses > 1 ? " · shared by " + uses : "") + (frozen ? " · frozen" : "");
    }

    /**
     * A computed layer's activation, named above its column (above the error badges), so that a network with an
     * activation per layer shows which is which.
     */
    private static void activation(StringBuilder svg, NetworkSpec spec, List<Node> column) {
        int layer = column.get(0).layer();
        Node top = column.get(0);
        svg.append(String.format(Locale.ROOT, "<text class=\"layer-activation\" data-layer=\"%d\" x=\"%.1f\" "
                + "y=\"%.1f\" text-anchor=\"middle\">%s</text>\n", layer, top.x(), top.y() - NetworkLayout.RADIUS - 28,
                Html.escape(spec.activation(layer).id())));
    }

    private static void neuron(StringBuilder svg, NetworkLayout layout, Node n, PictureState state, String activation) {
        String badge = state.errors().get(n.name());
        svg.append("<g class=\"neuron").append(badge == null ? "" : " error-entry").append("\" data-neuron=\"")
                .append(Html.escape(n.name())).append("\" id=\"neuron-").append(Html.escape(n.name())).append("\">")
                .append("<title>").append(Html.escape(n.name() + (activation == null ? "" : " (" + activation + ")")));
        List<Figure> figures = state.neurons().getOrDefault(n.name(), List.of());
        for (Figure f : figures) {
            svg.append('\n').append(Html.escape(f.caption() + " " + f.value()));
        }
        double r = NetworkLayout.RADIUS;
        svg.append(String.format(Locale.ROOT, "</title><circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>"
                + "<text class=\"neuron-name\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>"
                + "<a href=\"#where\"><text class=\"error-badge\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                + "data-v=\"error.%s\">%s</text></a>", n.x(), n.y(), r, n.x(), n.y() + 5, Html.escape(n.name()),
                n.x(), n.y() - r - 10, Html.escape(n.name()), Html.escape(badge == null ? "" : badge)));
        if (layout.labels == Labels.FULL && !figures.isEmpty()) {
            double line = NetworkLayout.LINE;
            double top = n.y() + r + 6;
            svg.append(String.format(Locale.ROOT, "<rect class=\"figures\" x=\"%.1f\" y=\"%.1f\" width=\"260\" "
                    + "height=\"%.1f\" rx=\"3\"/>", n.x() - 130, top, figures.size() * line + 8));
            double y = top + line;
            for (Figure f : figures) {
                figure(svg, f, n.x() - 124, n.x() + 124, y);
                y += line;
            }
        }
        svg.append("</g>\n");
    }

    private static void figure(StringBuilder svg, Figure f, double left, double right, double y) {
        svg.append(String.format(Locale.ROOT, "<text class=\"figure\" x=\"%.1f\" y=\"%.1f\">%s</text>"
                + "<text class=\"value\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\"%s>%s</text>", left, y,
                Html.escape(f.caption()), right, y, f.key() == null ? "" : " data-v=\"" + Html.escape(f.key()) + "\"",
                Html.escape(f.value())));
    }
}
