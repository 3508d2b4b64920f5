package bpdiff.check.program;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import bpdiff.program.SourceMap;
import bpdiff.program.array.Shapes;
import bpdiff.program.run.Events;
import bpdiff.program.run.LossExpression;
import bpdiff.program.run.Trace;
import bpdiff.program.tape.Closure;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The epochs of a run: its computations of the loss, grouped by the parameter values they depend on. A
 * program that adds the loss up sample by sample ({@code loss += …}) computes it several times at the same
 * weights; the last of them is the full-batch loss, and that is the epoch's. A loss computed where a parameter's
 * value was written in place (a numerical gradient check's {@code W[i, j] = old + h}) is at other weights.
 */
final class Epochs {

    private Epochs() {}

    /**
     * @param trace the run
     * @param parameters the parameters
     * @param notes where to say which computations of the loss were skipped
     * @param lossName the loss's name from {@code --loss-name}, or {@code null}
     * @return the epochs, in the order their loss was computed
     * @throws BadProgramException if the program computes no loss
     */
    static List<Epoch> of(Trace trace, Parameters parameters, List<String> notes, String lossName) {
        List<Epoch> epochs = in(trace, parameters, notes);
        if (epochs.isEmpty()) {
            throw noLoss(trace.program().source(), lossName, notes, null);
        }
        return epochs;
    }

    /**
     * The epochs of a part of a run, possibly none.
     *
     * @param trace the run, or a segment of it
     * @param parameters the parameters
     * @param notes where to say which computations of the loss were skipped
     * @return the epochs, in the order their losses were computed
     */
    static List<Epoch> in(Trace trace, Parameters parameters, List<String> notes) {
        return in(trace, parameters, notes, SourceMap.of(trace.program().source()), () -> { });
    }

    /**
     * The epochs of a part of a run, possibly none.
     *
     * @param trace the run, or a segment of it
     * @param parameters the parameters
     * @param notes where to say which computations of the loss were skipped
     * @param lines where the program's lines stand in its file, for the notes
     * @param checkpoint called before each computation of the loss is traced back: a loss assigned in every
     *     iteration of a loop (thousands of times) makes as many closures, each as long as the tape, and a caller's
     *     time limit must hold between them
     * @return the epochs, in the order their losses were computed
     */
    static List<Epoch> in(Trace trace, Parameters parameters, List<String> notes, SourceMap lines,
            Runnable checkpoint) {
        Tape tape = trace.tape();
        Set<Integer> seen = new HashSet<>();
        Map<Set<Integer>, Reach> byWeights = new LinkedHashMap<>();
        Map<Integer, Boolean> writes = new java.util.HashMap<>();
        Map<Integer, Boolean> selections = new java.util.HashMap<>();
        List<Reach> chosen = new ArrayList<>();
        String nonScalar = null;
        Set<Integer> stepInputs = stepInputs(trace);
        Reach previous = null;
        Reach lastWeighted = null;
        for (Events.Loss loss : trace.losses()) {
            checkpoint.run();
            if (loss.node() < 0 || !seen.add(loss.node()) || tape.node(loss.node()).isLeaf()
                    || !loss.backward() && stepInputs.contains(loss.node())) {
                continue;
            }
            if (!loss.value().isScalar() && loss.value().size() != 1) {
                nonScalar = loss.name() + " at " + lines.lineText(loss.span().line()) + " has shape "
                        + Shapes.text(loss.value().shape());
                continue;
            }
            Reach reach = Reach.of(tape, loss, parameters, writes, selections, previous);
            previous = reach;
            if (reach.weights.isEmpty()) {
                chosen.add(reach);
                continue;
            }
            Reach earlier = byWeights.get(reach.point);
            // a loss at the same weights after losses at other weights (a gradient check's, between the loss of the
            // weights it checks and the first update's) is computed again, not added up further: an epoch of its own
            boolean again = earlier != null && lastWeighted != earlier;
            if (earlier != null && !again && LossNames.rank(earlier.loss.name()) < LossNames.rank(loss.name())) {
                continue;
            }
            byWeights.put(reach.point, reach);
            if (earlier != null && !again) {
                chosen.remove(earlier);
            }
            chosen.add(reach);
            lastWeighted = reach;
        }
        if (nonScalar != null) {
            notes.add(NOT_A_LOSS + nonScalar + " (a loss is one number)");
        }
        List<Epoch> epochs = new ArrayList<>();
        for (Reach r : chosen) {
            epochs.add(new Epoch(r.loss, Closure.of(tape, r.loss.node(), parameters.nodes()),
                    Collections.unmodifiableSet(new LinkedHashSet<>(r.weights))));
        }
        epochs.sort((a, b) -> Integer.compare(a.loss.order(), b.loss.order()));
        return epochs;
    }

    /**
     * What a computation of the loss depends on, as far as choosing its epoch goes: the parameter values in its
     * closure ({@code weights}) and those with the values written on weights ({@code point}, where it was computed).
     * A loss added up sample by sample ({@code loss = loss + term}) reaches the previous computation of it, whose
     * reach is taken whole rather than walked again: an epoch of n samples costs n, not n².
     */
    private record Reach(Events.Loss loss, TreeSet<Integer> weights, TreeSet<Integer> point) {

        static Reach of(Tape tape, Events.Loss loss, Parameters parameters, Map<Integer, Boolean> writes,
                Map<Integer, Boolean> selections, Reach previous) {
            Set<Integer> cut = parameters.nodes();
            Reach reach = new Reach(loss, new TreeSet<>(), new TreeSet<>());
            int root = loss.node();
            int before = previous == null || cut.contains(previous.loss.node()) ? -1 : previous.loss.node();
            bpdiff.program.tape.NodeSet visited = new bpdiff.program.tape.NodeSet(tape);
            bpdiff.program.tape.IntStack todo = new bpdiff.program.tape.IntStack();
            todo.push(root);
            visited.add(root);
            while (!todo.isEmpty()) {
                int id = todo.pop();
                if (parameters.nameOf(id) != null) {
                    reach.weights.add(id);
                    reach.point.add(id);
                } else if (isWriteOnWeights(tape, id, parameters, writes, selections)) {
                    reach.point.add(id);
                }
                if (id != root && cut.contains(id)) {
                    continue;
                }
                if (id == before) {
                    reach.weights.addAll(previous.weights);
                    reach.point.addAll(previous.point);
                    continue;
                }
                for (int input : tape.node(id).inputs()) {
                    if (visited.add(input)) {
                        todo.push(input);
                    }
                }
            }
            return reach;
        }
    }

    /**
     * The values named like a loss that the steps are computed from: no loss, but a term of the backward pass
     * (Brownlee's {@code error += neuron['weights'][j] * neuron['delta']} for a hidden unit, which its delta and the
     * updates take in). A step's ancestry is walked back only as far as the oldest such value.
     */
    private static Set<Integer> stepInputs(Trace trace) {
        Tape tape = trace.tape();
        int oldest = Integer.MAX_VALUE;
        Set<Integer> losses = new HashSet<>();
        for (Events.Loss l : trace.losses()) {
            if (!l.backward() && l.node() >= 0 && !tape.isReleased(l.node())) {
                losses.add(l.node());
                oldest = Math.min(oldest, l.node());
            }
        }
        Set<Integer> found = new HashSet<>();
        if (losses.isEmpty()) {
            return found;
        }
        bpdiff.program.tape.NodeSet seen = new bpdiff.program.tape.NodeSet(tape);
        bpdiff.program.tape.IntStack todo = new bpdiff.program.tape.IntStack();
        for (Events.Update u : trace.updates()) {
            if (u.subtractedNode() >= oldest && !tape.isReleased(u.subtractedNode()) && seen.add(u.subtractedNode())) {
                todo.push(u.subtractedNode());
            }
        }
        while (!todo.isEmpty()) {
            int id = todo.pop();
            if (losses.contains(id)) {
                found.add(id);
            }
            for (int input : tape.node(id).inputs()) {
                if (input >= oldest && !tape.isReleased(input) && seen.add(input)) {
                    todo.push(input);
                }
            }
        }
        return found;
    }

    /**
     * Whether a node is a value of a parameter or of a leaf written in place ({@code W[i, j] = old + h} of a
     * numerical gradient check: the array, or the pieces of it still read, then the written part, gathered), directly
     * or after other such writes (the elements {@code x[ix] = oldval} restored, selected from the parameter; a leaf,
     * because the value the first update starts from may be the restored one; or a value made from constants alone,
     * CS231n's {@code weight_scale * np.random.randn(D, H)}, for the same reason): a loss computed there is computed
     * at other weights than the parameter's, an epoch of its own.
     *
     * @param known the answers found so far, filled in for every write followed
     * @param selections the answers of {@link #selectsWeights} found so far
     */
    private static boolean isWriteOnWeights(Tape tape, int id, Parameters parameters, Map<Integer, Boolean> known,
            Map<Integer, Boolean> selections) {
        List<Integer> chain = new ArrayList<>();
        int at = id;
        Boolean answer = null;
        while (answer == null) {
            answer = known.get(at);
            if (answer != null) {
                break;
            }
            TapeNode n = tape.node(at);
            TapeNode joined = n.op() == Op.GATHER && n.inputs().length == 1 ? tape.node(n.inputs()[0]) : null;
            if (joined == null || joined.op() != Op.CONCAT || joined.inputs().length < 2) {
                answer = false;
                break;
            }
            chain.add(at);
            // the pieces of the array written on (one, or those still read after earlier writes), then the value
            int[] pieces = java.util.Arrays.copyOf(joined.inputs(), joined.inputs().length - 1);
            boolean onWeights = false;
            for (int written : pieces) {
                onWeights |= selectsWeights(tape, written, parameters, selections) || tape.node(written).isLeaf()
                        || !Ancestry.dependsOn(tape, written, parameters.nodes());
            }
            if (onWeights) {
                answer = true;
            } else if (pieces.length == 1) {
                at = pieces[0];
            } else {
                answer = false;
            }
        }
        for (int c : chain) {
            known.put(c, answer);
        }
        return answer;
    }

    /**
     * Whether a piece of a write's join holds elements of the parameters as they are: a parameter, a selection from
     * one (gathered, reshaped, broadcast), or a join of such pieces; as the restoring write {@code x[ix] = oldval} of a
     * numerical gradient check leaves an array once every element has been written and restored, and as
     * deeplearning.ai's {@code dictionary_to_vector} joins the parameters reshaped to columns.
     *
     * @param known the answers found so far, filled in for every node decided
     */
    private static boolean selectsWeights(Tape tape, int id, Parameters parameters, Map<Integer, Boolean> known) {
        Boolean answer = known.get(id);
        if (answer != null) {
            return answer;
        }
        // depth first, each node once: a selection or join is decided when its inputs are
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        todo.push(id);
        while (!todo.isEmpty()) {
            int at = todo.peek();
            if (known.containsKey(at)) {
                todo.pop();
                continue;
            }
            TapeNode n = tape.node(at);
            boolean selection = n.op() == Op.GATHER || n.op() == Op.RESHAPE || n.op() == Op.BROADCAST;
            if (parameters.nameOf(at) != null) {
                known.put(at, true);
            } else if (!selection && n.op() != Op.CONCAT || n.inputs().length == 0
                    || selection && n.inputs().length != 1) {
                known.put(at, false);
            } else {
                boolean ready = true;
                boolean all = true;
                for (int input : n.inputs()) {
                    Boolean of = tape.isReleased(input) ? Boolean.FALSE : known.get(input);
                    if (of == null) {
                        ready = false;
                        todo.push(input);
                    } else {
                        all &= of;
                    }
                }
                if (!ready) {
                    continue;
                }
                known.put(at, all);
            }
            todo.pop();
        }
        return known.get(id);
    }

    /**
     * The error of a run in which no epoch was found.
     *
     * @param source the program's file name
     * @param lossName the {@code --loss-name}, or {@code null}
     * @param notes the notes of the run, which say whether a loss was found that is not one number
     * @param suggestion a {@code --loss-expr} to try ({@link LossSuggestion}), or {@code null}
     * @return the error
     */
    static BadProgramException noLoss(String source, String lossName, List<String> notes, String suggestion) {
        String nonScalar = notes.stream().filter(n -> n.startsWith(NOT_A_LOSS)).findFirst()
                .map(n -> n.substring(NOT_A_LOSS.length(), n.length() - " (a loss is one number)".length()))
                .orElse(null);
        return new BadProgramException(new Problem(Problem.Kind.USAGE, noLossMessage(lossName, nonScalar, suggestion),
                source, 0, 0));
    }

    private static final String NOT_A_LOSS = "not a loss: ";

    private static String noLossMessage(String lossName, String nonScalar, String suggestion) {
        if (nonScalar != null) {
            return "the loss " + nonScalar + ": a loss is one number (sum or average it: np.sum(…), np.mean(…))";
        }
        if (lossName != null && !LossExpression.isName(lossName)) {
            return "--loss-expr '" + lossName + "' was never computed: it is computed after each assignment to a name it "
                    + "reads, once every name it reads is bound there";
        }
        if (lossName != null) {
            return "--loss-name " + lossName + ": the program never assigns a computed number to " + lossName;
        }
        return "no loss found: bpdiff differentiates the loss the program computes, in a variable named "
                + LossNames.LISTED + " (or name yours with --loss-name NAME, or give it with --loss-expr "
                + (suggestion == null ? "'0.5 * np.sum((y - out) ** 2)')"
                : "EXPR: its steps start from the error of its first step, so perhaps --loss-expr '" + suggestion + "')");
    }

    /** For every node, the epochs whose loss depends on it, in order: where a value's epoch is looked up. */
    static final class Index {

        private final List<Epoch> epochs;

        /**
         * @param epochs the epochs, in order (a segment has a few; each closure answers by binary search)
         */
        Index(List<Epoch> epochs) {
            this.epochs = epochs;
        }

        /**
         * The epoch a value belongs to: among the epochs whose loss depends on the node, the last one whose loss
         * was computed before the value, else the first after it.
         *
         * @param node a node the loss depends on
         * @param order when the value was computed
         * @return the epoch, or {@code null} if no loss depends on the node
         */
        Epoch containing(int node, int order) {
            Epoch before = null;
            Epoch after = null;
            for (Epoch e : epochs) {
                if (!e.closure.contains(node)) {
                    continue;
                }
                if (e.loss.order() <= order) {
                    before = e;
                } else if (after == null) {
                    after = e;
                }
            }
            return before != null ? before : after;
        }
    }
}
