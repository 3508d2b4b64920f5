package bpdiff.check.program;

import bpdiff.check.Agreement;
import bpdiff.check.Diagnosis;
import bpdiff.check.FormulaVerdict;
import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Program;
import bpdiff.program.tape.Closure;
import bpdiff.program.tape.TapeNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link ProgramReport} epoch by epoch, keeping only what it shows: for every claim its history and
 * the judgements it may show (at its first epoch, at its first failure, at the first epoch any claim failed),
 * diagnosed while the epoch's tape is still held; the loss curve; and the forward graph of the shown epoch (the
 * first failing one, else the first).
 */
final class Assembly {

    private final Program program;
    private final Parameters parameters;
    private final ProgramDiagnoser diagnoser;
    private final Map<Key, Tally> byClaim = new LinkedHashMap<>();

    /** A claim's identity over the epochs: how it is made, where, and what it is the derivative of. */
    private record Key(Claim.Kind kind, String name, int line, int column, String target) {}
    private final List<Double> losses = new ArrayList<>();
    private int firstFailing = -1;
    private Epoch shownEpoch;
    /** Whether the shown epoch is one without claims, named only until an epoch with claims is judged. */
    private boolean shownIsFallback;
    private List<GraphNode> graph = List.of();

    /** One claim over the epochs. */
    private static final class Tally {
        final List<CheckedQuantity.AtEpoch> history = new ArrayList<>();
        Judgement first;
        Judgement firstFailed;
        Judgement atFirstFailing;
        List<Diagnosis> likelyAtFirstFailed = List.of();
        List<Diagnosis> likelyAtFirstFailing = List.of();
        /** The claim's value at the last epoch it was made, and that epoch: what an accumulated gradient adds to. */
        NdArray lastValue;
        int lastEpoch;
    }

    /**
     * @param program the program
     * @param parameters its parameters
     * @param diagnoser how a wrong claim's likely mistake is found
     */
    Assembly(Program program, Parameters parameters, ProgramDiagnoser diagnoser) {
        this.program = program;
        this.parameters = parameters;
        this.diagnoser = diagnoser;
    }

    /** @return how many epochs were added */
    int epochs() {
        return losses.size();
    }

    /**
     * Takes in one judged epoch, while its tape is still held.
     *
     * @param epoch the epoch, numbered
     * @param judged the judgement of each of its claims
     */
    void add(Epoch epoch, List<Judgement> judged) {
        losses.add(epoch.loss.value().data()[0]);
        boolean failing = judged.stream().anyMatch(Judgement::failed);
        boolean firstFailure = failing && firstFailing < 0;
        if (firstFailure) {
            firstFailing = epoch.number;
        }
        if (shownEpoch == null || firstFailure || shownIsFallback) {
            shownIsFallback = false;
            shownEpoch = epoch;
            graph = graph(epoch, parameters);
        }
        for (Judgement j : judged) {
            Claim c = j.claim();
            Tally t = byClaim.computeIfAbsent(new Key(c.kind(), c.name(), c.span().line(), c.span().column(), c.target()),
                    k -> new Tally());
            NdArray fitted = Agreement.fitted(c.value(), j.truth());
            t.history.add(new CheckedQuantity.AtEpoch(epoch.number, (fitted != null ? fitted : c.value()).data(),
                    j.truth().data(), j.numeric() == null ? null : j.numeric().data(), j.failed(),
                    weights(epoch, c, false), weights(epoch, c, true), c.value().dtype().numpyName()));
            if (t.first == null) {
                t.first = j;
            }
            NdArray previous = t.lastEpoch == epoch.number - 1 ? t.lastValue : null;
            if (firstFailure) {
                t.atFirstFailing = j;
                t.likelyAtFirstFailing = likely(j, judged, previous);
            }
            if (j.failed() && t.firstFailed == null) {
                t.firstFailed = j;
                if (!firstFailure && t.atFirstFailing == null) {
                    t.likelyAtFirstFailed = likely(j, judged, previous);
                }
            }
            t.lastValue = c.value();
            t.lastEpoch = epoch.number;
        }
    }

    /**
     * For a parameter's gradient subtracted by an update: the parameter's value the epoch starts from, or the value
     * the update makes; {@code null} for any other claim.
     */
    private double[] weights(Epoch epoch, Claim c, boolean updated) {
        boolean stepped = c.kind() == Claim.Kind.UPDATE || c.updateLine() != 0;
        if (parameters.nameOf(c.targetNode()) == null || !stepped && parameters.updateFrom(c.targetNode()) != null) {
            return null; // an intermediate's, or a named claim of a parameter whose update's claim carries them
        }
        bpdiff.program.tape.Tape tape = epoch.closure.tape();
        int node = c.targetNode();
        if (updated) {
            bpdiff.program.run.Events.Update u = parameters.updateFrom(node);
            node = u == null ? -1 : u.newNode();
        }
        return node < 0 || tape.isReleased(node) ? null : tape.node(node).value().data();
    }

    private List<Diagnosis> likely(Judgement j, List<Judgement> epoch, NdArray previous) {
        return j.failed() && j.own() ? diagnoser.diagnose(j, epoch, previous) : List.of();
    }

    /**
     * @param findings what was not checked, noted and helped
     * @param dtype autograd's precision
     * @param engine the engine's version
     * @return the report
     */
    ProgramReport report(Findings findings, String dtype, String engine) {
        int shown = firstFailing > 0 ? firstFailing : 1;
        List<CheckedQuantity> quantities = new ArrayList<>();
        for (Tally t : byClaim.values()) {
            quantities.add(quantity(t, shown));
        }
        return new ProgramReport(program.source(), dtype, engine, shownEpoch.loss.name(),
                shownEpoch.loss.span().line(), parameters.list(), epochs(), epochs() == 0 ? 0 : shown, firstFailing,
                quantities, findings.notChecked(), findings.notes(), graph,
                losses.stream().mapToDouble(Double::doubleValue).toArray(),
                firstWrong(quantities, parameters.list(), shown), findings.helpers());
    }

    /**
     * The epoch whose loss the report names when no epoch has a claim.
     *
     * @param epoch the first epoch found
     */
    void fallback(Epoch epoch) {
        if (shownEpoch == null) {
            shownIsFallback = true;
            shownEpoch = epoch;
            graph = graph(epoch, parameters);
        }
    }

    /** @return whether an epoch was seen at all */
    boolean anyEpoch() {
        return shownEpoch != null;
    }

    /**
     * A claim as the report shows it: at the report's epoch (the first failing one), unless it is right there and
     * wrong at a later epoch (an input that is 0 at the first sample of a per-sample SGD): then at its own first wrong
     * epoch, so that a claim that is wrong is never shown as right.
     */
    private CheckedQuantity quantity(Tally t, int shown) {
        int failedAt = t.firstFailed == null ? -1 : t.firstFailed.epoch().number;
        Judgement show;
        List<Diagnosis> likely;
        if (firstFailing > 0 && t.atFirstFailing != null && (t.atFirstFailing.failed() || t.firstFailed == null)) {
            show = t.atFirstFailing;
            likely = t.likelyAtFirstFailing;
        } else if (firstFailing < 0 && t.first.epoch().number == 1) {
            show = t.first;
            likely = List.of();
        } else if (t.firstFailed != null) {
            show = t.firstFailed;
            likely = t.likelyAtFirstFailed;
        } else {
            show = t.first;
            likely = List.of();
        }
        Claim c = show.claim();
        NdArray student = Agreement.fitted(c.value(), show.truth());
        return new CheckedQuantity(
                new CheckedQuantity.Site(c.name(), c.kind() == Claim.Kind.UPDATE, c.span().line(), c.span().column(),
                        program.text(c.span()), c.updateLine(), c.learningRate()),
                new CheckedQuantity.Derivative(c.target(), show.truth().shape(), c.targetNode(), c.scale()),
                new CheckedQuantity.ShownEpoch(show.epoch().number, (student != null ? student : c.value()).data(),
                        show.truth().data(), show.numeric() == null ? null : show.numeric().data(), show.unreliable(),
                        show.failed() ? FormulaVerdict.WRONG : FormulaVerdict.MATCH, show.note()),
                new CheckedQuantity.Judged(t.history.size(), failedAt, show.failed() ? show.causeLine() : 0,
                        show.failed() && show.own(), likely),
                t.history);
    }

    private static CheckedQuantity firstWrong(List<CheckedQuantity> quantities, List<String> parameters, int shown) {
        CheckedQuantity first = firstCause(quantities, parameters, shown, true);
        return first != null ? first : firstCause(quantities, parameters, shown, false);
    }

    /** The wrong claim at the earliest line that a wrong claim's mistake is traced to (of a parameter first). */
    private static CheckedQuantity firstCause(List<CheckedQuantity> quantities, List<String> parameters, int shown,
            boolean parametersOnly) {
        int line = Integer.MAX_VALUE;
        for (CheckedQuantity q : quantities) {
            if (q.shown().verdict() == FormulaVerdict.WRONG && q.shown().epoch() == shown
                    && (!parametersOnly || parameters.contains(q.derivative().target()))) {
                line = Math.min(line, q.judged().causeLine());
            }
        }
        for (CheckedQuantity q : quantities) {
            if (q.site().line() == line && q.shown().verdict() == FormulaVerdict.WRONG) {
                return q;
            }
        }
        return null;
    }

    /** The shown epoch's forward pass: every node of its closure, with autograd's and the numeric gradient. */
    private static List<GraphNode> graph(Epoch epoch, Parameters parameters) {
        List<GraphNode> nodes = new ArrayList<>();
        Closure closure = epoch.closure;
        for (int id : closure.nodes()) {
            TapeNode node = closure.tape().node(id);
            List<Integer> inputs = new ArrayList<>();
            if (!closure.isLeaf(id)) {
                for (int input : node.inputs()) {
                    inputs.add(input);
                }
            }
            NdArray autograd = epoch.replay == null ? null : epoch.replay.gradient().get(id);
            NdArray numeric = epoch.numeric == null ? null : epoch.numeric.gradient().get(id);
            nodes.add(new GraphNode(id, closure.isLeaf(id) ? "leaf" : node.op().symbol(), inputs,
                    closure.tape().nameOf(id), node.line(), node.column(), node.value().shape(), node.value().data(),
                    autograd == null ? null : autograd.data(), numeric == null ? null : numeric.data(),
                    parameters.nameOf(id) != null));
        }
        return nodes;
    }
}
