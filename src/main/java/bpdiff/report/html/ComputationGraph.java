package bpdiff.report.html;

import bpdiff.check.FormulaVerdict;
import bpdiff.check.program.CheckedQuantity;
import bpdiff.check.program.GraphNode;
import bpdiff.check.program.ProgramReport;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the picture of a program's forward pass draws, taken from {@link ProgramReport#graph()}: one node per
 * recorded operation (an array operation is one node, whatever the array's size), each parameter and named
 * value, and the edges from every operation's inputs to it. A literal number (the {@code 1} of
 * {@code 1 / (1 + exp(-z))}) is not a node of its own: it is written into the operation that uses it
 * ({@code 1 + ·}).
 *
 * <p>Large forward passes stay readable: above {@value #MAX_NODES} nodes the unnamed intermediate operations are
 * left out (their named ends are joined directly), and if that is still too many, only the
 * {@value #MAX_NODES} nodes nearest the loss are drawn; {@link #note()} says what was left out.
 */
final class ComputationGraph {

    /** A place in the program: a line and a column, both 1-based. */
    private record Position(int line, int column) {}

    /** The most nodes drawn. */
    static final int MAX_NODES = 150;

    /**
     * A node as drawn.
     *
     * @param node the recorded operation
     * @param operation the operation with its literal inputs written in ({@code 1 + ·}), or the kind of leaf
     * @param claims the program's claims about \( \partial L / \partial \) this value
     * @param joined whether unnamed operations between this node and its inputs were left out
     * @param unchecked what the check could not check about this value (a parameter whose gradient nothing
     *     computes), or {@code null}
     */
    record Drawn(GraphNode node, String operation, List<CheckedQuantity> claims, boolean joined, String unchecked) {

        /** @return whether a claim about this value is wrong at the shown epoch */
        boolean wrong() {
            return claims.stream().anyMatch(q -> q.shown().verdict() == FormulaVerdict.WRONG);
        }
    }

    /**
     * An edge: the value {@code from} is an input of {@code to}.
     *
     * @param from the index of the input's node in {@link #nodes()}
     * @param to the index of the operation's node
     */
    record Link(int from, int to) {}

    private final List<Drawn> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final String note;

    private ComputationGraph(String note) {
        this.note = note;
    }

    /** @return the nodes, inputs before the operations that use them */
    List<Drawn> nodes() {
        return nodes;
    }

    /** @return the edges */
    List<Link> links() {
        return links;
    }

    /** @return what was left out, or {@code null} if everything is drawn */
    String note() {
        return note;
    }

    /**
     * @param report the program check
     * @return the graph of its shown epoch
     */
    static ComputationGraph of(ProgramReport report) {
        Map<Integer, GraphNode> byId = new LinkedHashMap<>();
        report.graph().forEach(n -> byId.put(n.id(), n));
        Set<Integer> literals = new HashSet<>();
        for (GraphNode n : report.graph()) {
            if (isLiteral(n)) {
                literals.add(n.id());
            }
        }
        Map<Position, String> unchecked = new HashMap<>();
        report.notChecked().stream().filter(n -> n.line() > 0)
                .forEach(n -> unchecked.putIfAbsent(new Position(n.line(), n.column()), n.message()));
        Map<Integer, List<CheckedQuantity>> claims = new HashMap<>();
        for (CheckedQuantity q : report.quantities()) {
            if (byId.containsKey(q.derivative().node())) {
                claims.computeIfAbsent(q.derivative().node(), k -> new ArrayList<>()).add(q);
            }
        }
        List<Integer> kept = new ArrayList<>(byId.keySet());
        kept.removeAll(literals);
        int total = kept.size();
        boolean join = total > MAX_NODES;
        if (join) {
            kept.removeIf(id -> !isNamed(byId.get(id), claims) && !isSink(id, report));
        }
        int named = kept.size();
        if (kept.size() > MAX_NODES) {
            kept = nearestTheLoss(kept, byId, literals, claims, join);
        }
        String note = null;
        if (join) {
            note = "The forward pass has " + total + " operations: " + (kept.size() == named
                    ? "the " + named + " named values and parameters are drawn, the unnamed operations between them "
                            + "are left out (a joined edge is dotted)."
                    : "the " + kept.size() + " named values nearest the loss are drawn, " + (named - kept.size())
                            + " more named values and every unnamed operation are left out.");
        }
        ComputationGraph graph = new ComputationGraph(note);
        Map<Integer, Integer> index = new HashMap<>();
        Set<Integer> keptSet = new LinkedHashSet<>(kept);
        for (int id : kept) {
            GraphNode n = byId.get(id);
            Set<Integer> inputs = inputsOf(n, byId, literals, keptSet, join, claims);
            boolean joined = join && !inputs.containsAll(nonLiteral(n, literals));
            index.put(id, graph.nodes.size());
            graph.nodes.add(new Drawn(n, operation(n, byId, literals), claims.getOrDefault(id, List.of()), joined,
                    unchecked.get(new Position(n.line(), n.column()))));
        }
        for (int id : kept) {
            for (int input : inputsOf(byId.get(id), byId, literals, keptSet, join, claims)) {
                if (index.containsKey(input)) {
                    graph.links.add(new Link(index.get(input), index.get(id)));
                }
            }
        }
        return graph;
    }

    /** A number written in the program: a leaf with no name that nothing is differentiated with respect to. */
    private static boolean isLiteral(GraphNode n) {
        return n.op().equals("leaf") && n.name() == null && !n.parameter() && n.autograd() == null;
    }

    private static boolean isNamed(GraphNode n, Map<Integer, List<CheckedQuantity>> claims) {
        return n.name() != null || n.parameter() || claims.containsKey(n.id());
    }

    /** The loss: the node no other node uses. */
    private static boolean isSink(int id, ProgramReport report) {
        return report.graph().stream().noneMatch(n -> n.inputs().contains(id));
    }

    private static List<Integer> nonLiteral(GraphNode n, Set<Integer> literals) {
        return n.inputs().stream().filter(i -> !literals.contains(i)).toList();
    }

    /** A node's inputs among the drawn nodes: through left-out unnamed operations when joining. */
    private static Set<Integer> inputsOf(GraphNode n, Map<Integer, GraphNode> byId, Set<Integer> literals,
            Set<Integer> kept, boolean join, Map<Integer, List<CheckedQuantity>> claims) {
        Set<Integer> inputs = new LinkedHashSet<>();
        Deque<Integer> open = new ArrayDeque<>(nonLiteral(n, literals));
        Set<Integer> seen = new HashSet<>();
        while (!open.isEmpty()) {
            int id = open.pop();
            if (!seen.add(id) || !byId.containsKey(id)) {
                continue;
            }
            if (kept.contains(id) || !join) {
                inputs.add(id);
            } else if (!isNamed(byId.get(id), claims)) {
                open.addAll(nonLiteral(byId.get(id), literals));
            }
        }
        return inputs;
    }

    /** The nodes reached first walking back from the loss. */
    private static List<Integer> nearestTheLoss(List<Integer> candidates, Map<Integer, GraphNode> byId,
            Set<Integer> literals, Map<Integer, List<CheckedQuantity>> claims, boolean join) {
        Set<Integer> wanted = new HashSet<>(candidates);
        Set<Integer> chosen = new HashSet<>();
        Deque<Integer> open = new ArrayDeque<>();
        open.add(candidates.get(candidates.size() - 1));
        Set<Integer> seen = new HashSet<>();
        while (!open.isEmpty() && chosen.size() < MAX_NODES) {
            int id = open.poll();
            if (!seen.add(id)) {
                continue;
            }
            if (wanted.contains(id)) {
                chosen.add(id);
            }
            open.addAll(nonLiteral(byId.get(id), literals));
        }
        return candidates.stream().filter(chosen::contains).toList();
    }

    /** The operation with its literal inputs written in: {@code 1 + ·}, {@code · ** 2}, {@code exp(·)}. */
    private static String operation(GraphNode n, Map<Integer, GraphNode> byId, Set<Integer> literals) {
        if (n.op().equals("leaf")) {
            return n.parameter() ? "parameter" : "data";
        }
        List<String> terms = new ArrayList<>();
        for (int input : n.inputs()) {
            GraphNode in = byId.get(input);
            terms.add(literals.contains(input) && in != null ? literal(in) : "·");
        }
        return switch (terms.size()) {
            case 1 -> n.op().equals("T") ? terms.get(0) + ".T" : n.op().equals("neg") ? "−" + terms.get(0)
                    : n.op() + "(" + terms.get(0) + ")";
            case 2 -> Character.isLetter(n.op().charAt(0)) ? n.op() + "(" + terms.get(0) + ", " + terms.get(1) + ")"
                    : terms.get(0) + " " + n.op() + " " + terms.get(1);
            default -> n.op() + "(" + String.join(", ", terms) + ")";
        };
    }

    private static String literal(GraphNode n) {
        return n.value().length == 1 ? Html.shortNumber(n.value()[0]) : "[…]";
    }
}
