package bpdiff.grade;

import bpdiff.check.program.GraphNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layer of each parameter, counted from the input, read from the forward pass the program computes: a
 * parameter is in a layer one below another when its value reaches the loss through a product with that other
 * parameter ({@code w5 * out_h1}, {@code W2 @ a1}). With \( d(p) \) the most such products on a way from \( p \) to
 * the loss, \( layer(p) = \max_q d(q) - d(p) + 1 \): {@code w1..w4} of the lecture network are layer 1,
 * {@code w5..w8} layer 2, and a bias is in the layer of the weights it is added to.
 */
final class Layers {

    private static final Set<String> PRODUCTS = Set.of("*", "@", "outer");
    private static final Set<String> SAME_VALUE = Set.of("T", "reshape", "broadcast");

    private Layers() {}

    /**
     * @param graph a checked program's forward pass ({@code ProgramReport.graph()})
     * @return each parameter's layer, from 1 at the input; empty if the graph names no parameter
     */
    static Map<String, Integer> of(List<GraphNode> graph) {
        Map<Integer, GraphNode> byId = new HashMap<>();
        Map<Integer, List<GraphNode>> consumers = new HashMap<>();
        for (GraphNode n : graph) {
            byId.put(n.id(), n);
        }
        for (GraphNode n : graph) {
            for (int input : n.inputs()) {
                consumers.computeIfAbsent(input, k -> new ArrayList<>()).add(n);
            }
        }
        List<GraphNode> descending = new ArrayList<>(graph);
        descending.sort((a, b) -> Integer.compare(b.id(), a.id()));
        Map<Integer, Integer> depth = new HashMap<>();
        for (GraphNode n : descending) {
            int d = 0;
            for (GraphNode c : consumers.getOrDefault(n.id(), List.of())) {
                d = Math.max(d, depth.getOrDefault(c.id(), 0) + (throughParameter(c, n.id(), byId) ? 1 : 0));
            }
            depth.put(n.id(), d);
        }
        Map<String, Integer> parameterDepth = new LinkedHashMap<>();
        for (GraphNode n : graph) {
            if (n.parameter() && n.name() != null) {
                parameterDepth.merge(n.name(), depth.get(n.id()), Math::max);
            }
        }
        int deepest = parameterDepth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<String, Integer> layers = new LinkedHashMap<>();
        parameterDepth.forEach((name, d) -> layers.put(name, deepest - d + 1));
        return layers;
    }

    /** Whether a product multiplies the value {@code from} by another parameter (or its transpose). */
    private static boolean throughParameter(GraphNode consumer, int from, Map<Integer, GraphNode> byId) {
        if (!PRODUCTS.contains(consumer.op())) {
            return false;
        }
        for (int input : consumer.inputs()) {
            if (input != from && isParameter(byId.get(input), byId, 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isParameter(GraphNode n, Map<Integer, GraphNode> byId, int depth) {
        if (n == null || depth > 4) {
            return false;
        }
        if (n.parameter()) {
            return true;
        }
        return SAME_VALUE.contains(n.op()) && n.inputs().size() == 1
                && isParameter(byId.get(n.inputs().get(0)), byId, depth + 1);
    }
}
