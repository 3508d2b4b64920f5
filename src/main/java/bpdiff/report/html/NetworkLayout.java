package bpdiff.report.html;

import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the network picture puts each neuron and connection, as the lecture draws it: one column per layer
 * (inputs, hidden, outputs), and between two columns a lane of connection boxes, one per connection,
 * grouped by the neuron they feed. Each connection runs from its source neuron through its box to its target,
 * so every label sits on its own connection and no two overlap, whatever the wiring.
 *
 * <p>A bias is a connection from a square "+1" node below the column before. Large networks are capped: at
 * most {@value #MAX_DRAWN} neurons of a layer are drawn (the rest are counted), connection boxes shrink to
 * the parameter's name above {@value #FULL_LIMIT} connections between two layers, and above
 * {@value #COMPACT_LIMIT} connections are plain lines named in their tooltip.
 */
final class NetworkLayout {

    /** The most neurons drawn per layer. */
    static final int MAX_DRAWN = 32;
    /** The most connections between two layers whose boxes show every number. */
    static final int FULL_LIMIT = 16;
    /** The most connections between two layers that get a box with their name. */
    static final int COMPACT_LIMIT = 256;
    /** The radius of a neuron. */
    static final double RADIUS = 26;
    /** The height of one line of figures. */
    static final double LINE = 14;

    /** How much a connection's box shows. */
    enum Labels {
        /** Name, state and every figure. */
        FULL,
        /** The name only; the figures are in the tooltip. */
        COMPACT,
        /** No box: a straight line, named in the tooltip. */
        NONE
    }

    /**
     * A neuron or bias node, at centre {@code (x, y)}.
     *
     * @param name {@code x1}, {@code h1}, {@code o1}, or {@code +1} for a bias node
     * @param layer 0 for the inputs
     */
    record Node(String name, int layer, double x, double y) {}

    /** One connection and its box, whose top left corner is {@code (boxX, boxY)}. */
    record Connection(String parameter, Node from, Node to, boolean bias, double boxX, double boxY) {}

    final Labels labels;
    final double boxWidth;
    final double boxHeight;
    final List<List<Node>> layers = new ArrayList<>();
    final List<Node> biasNodes = new ArrayList<>();
    final List<Connection> connections = new ArrayList<>();
    final int[] notDrawn;
    double width;
    double height;

    /**
     * @param boxLines the most figures a connection shows
     * @param neuronLines the most figures a neuron shows
     */
    NetworkLayout(NetworkSpec spec, int boxLines, int neuronLines) {
        int[] sizes = spec.layerSizes();
        int layerCount = spec.layerCount();
        int[] drawn = new int[sizes.length];
        notDrawn = new int[sizes.length];
        int most = 0;
        for (int l = 0; l < sizes.length; l++) {
            drawn[l] = Math.min(sizes[l], MAX_DRAWN);
            notDrawn[l] = sizes[l] - drawn[l];
            if (l > 0) {
                most = Math.max(most, drawn[l] * (drawn[l - 1] + (spec.biases()[l - 1] == null ? 0 : 1)));
            }
        }
        labels = most <= FULL_LIMIT ? Labels.FULL : most <= COMPACT_LIMIT ? Labels.COMPACT : Labels.NONE;
        boxWidth = labels == Labels.FULL ? 272 : 76;
        boxHeight = labels == Labels.FULL ? (boxLines + 1) * LINE + 10 : 20;
        double slot = boxHeight + 12;
        double neuronSpan = labels == Labels.FULL ? 2 * RADIUS + neuronLines * LINE + 44 : 2 * RADIUS + 16;
        double gap = labels == Labels.FULL ? boxWidth + 300 : labels == Labels.COMPACT ? boxWidth + 220 : 220;
        double left = labels == Labels.FULL ? 140 : 60;
        double top = 56;
        // the height of each target's group of boxes, and of each lane
        double[][] group = new double[sizes.length][];
        double[] lane = new double[sizes.length];
        double tallest = drawn[0] * neuronSpan;
        for (int l = 1; l < sizes.length; l++) {
            int perTarget = labels == Labels.NONE ? 0 : drawn[l - 1] + (spec.biases()[l - 1] == null ? 0 : 1);
            group[l] = new double[drawn[l]];
            for (int j = 0; j < drawn[l]; j++) {
                group[l][j] = Math.max(perTarget * slot, neuronSpan);
                lane[l] += group[l][j];
            }
            tallest = Math.max(tallest, lane[l]);
        }
        for (int l = 0; l < sizes.length; l++) {
            List<Node> column = new ArrayList<>();
            double x = left + l * gap;
            for (int j = 0; j < drawn[l]; j++) {
                double y;
                if (l == 0) {
                    double span = Math.max(lane.length > 1 ? lane[1] : 0, drawn[0] * neuronSpan);
                    y = top + (tallest - span) / 2 + (j + 0.5) * span / drawn[0];
                } else {
                    double start = top + (tallest - lane[l]) / 2;
                    for (int k = 0; k < j; k++) {
                        start += group[l][k];
                    }
                    y = start + group[l][j] / 2;
                }
                column.add(new Node(l == 0 ? "x" + (j + 1) : spec.neuronName(l, j), l, x, y));
            }
            layers.add(column);
        }
        double bottom = top + tallest;
        for (int l = 1; l <= layerCount; l++) {
            List<Node> sources = layers.get(l - 1);
            Node bias = null;
            if (spec.biases()[l - 1] != null) {
                Node last = sources.get(sources.size() - 1);
                double below = labels == Labels.FULL ? RADIUS + 30 + neuronLines * LINE : RADIUS + 24;
                bias = new Node("+1", l - 1, last.x(), last.y() + below + (notDrawn[l - 1] > 0 ? 24 : 0));
                biasNodes.add(bias);
                bottom = Math.max(bottom, bias.y() + 30);
            }
            double laneX = (sources.get(0).x() + layers.get(l).get(0).x()) / 2 - boxWidth / 2;
            double start = top + (tallest - lane[l]) / 2;
            for (int j = 0; j < drawn[l]; j++) {
                Node target = layers.get(l).get(j);
                int count = drawn[l - 1] + (bias == null ? 0 : 1);
                double y = start + (group[l][j] - count * slot) / 2 + (slot - boxHeight) / 2;
                for (int i = 0; i < count; i++) {
                    boolean isBias = i == drawn[l - 1];
                    String parameter = isBias ? spec.biases()[l - 1][j] : spec.weights()[l - 1][j][i];
                    connections.add(new Connection(parameter, isBias ? bias : sources.get(i), target, isBias, laneX,
                            y + i * slot));
                }
                start += group[l][j];
            }
        }
        width = left * 2 + layerCount * gap;
        height = bottom + (labels == Labels.FULL ? neuronLines * LINE + 40 : 40);
    }
}
