package bpdiff.check.program;

import bpdiff.check.Diagnosis;
import bpdiff.check.FormulaVerdict;
import bpdiff.diff.Tolerance;
import bpdiff.program.array.NdArray;
import bpdiff.program.run.Trace;
import bpdiff.program.tape.Closure;
import bpdiff.program.tape.TapeNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the judged epochs into the report: one {@link CheckedQuantity} per claim, and the shown epoch's graph. */
final class Assembly {

    private Assembly() {}

    /**
     * @param trace the run
     * @param parameters its parameters
     * @param epochs the epochs with claims
     * @param judged their judgements, epoch by epoch
     * @param findings what was not checked
     * @param tolerance the tolerance
     * @param dtype the precision's name
     * @param engine the engine's name and version
     * @param fallback the epoch to show when none has claims
     * @return the report
     */
    static ProgramReport report(Trace trace, Parameters parameters, List<Epoch> epochs, List<List<Judgement>> judged,
            Findings findings, Tolerance tolerance, String dtype, String engine, Epoch fallback) {
        int firstFailing = -1;
        for (int k = 0; k < epochs.size() && firstFailing < 0; k++) {
            if (judged.get(k).stream().anyMatch(Judgement::failed)) {
                firstFailing = epochs.get(k).number;
            }
        }
        int shown = firstFailing > 0 ? firstFailing : 1;
        Map<String, List<Judgement>> byClaim = new LinkedHashMap<>();
        for (List<Judgement> epoch : judged) {
            for (Judgement j : epoch) {
                Claim c = j.claim();
                String key = c.kind() + " " + c.name() + " " + c.span().line() + ":" + c.span().column() + " " + c.target();
                byClaim.computeIfAbsent(key, x -> new ArrayList<>()).add(j);
            }
        }
        ProgramDiagnoser diagnoser = new ProgramDiagnoser(trace, parameters, tolerance);
        List<CheckedQuantity> quantities = new ArrayList<>();
        for (List<Judgement> js : byClaim.values()) {
            quantities.add(quantity(trace, js, shown, diagnoser, judged));
        }
        Epoch shownEpoch = epochs.isEmpty() ? fallback : epochs.get(shown - 1);
        return new ProgramReport(trace.program().source(), dtype, engine, shownEpoch.loss.name(),
                shownEpoch.loss.span().line(), parameters.list(), epochs.size(), epochs.isEmpty() ? 0 : shown,
                firstFailing, quantities, findings.notChecked(), findings.notes(), graph(shownEpoch, parameters),
                epochs.stream().mapToDouble(e -> e.loss.value().data()[0]).toArray(),
                firstWrong(quantities, parameters.list(), shown));
    }

    private static CheckedQuantity quantity(Trace trace, List<Judgement> js, int shown, ProgramDiagnoser diagnoser,
            List<List<Judgement>> all) {
        int firstFailing = js.stream().filter(Judgement::failed).mapToInt(j -> j.epoch().number).min().orElse(-1);
        Judgement show = js.stream().filter(j -> j.epoch().number == shown).findFirst()
                .orElse(js.stream().filter(j -> j.epoch().number == firstFailing).findFirst().orElse(js.get(0)));
        Claim c = show.claim();
        List<Diagnosis> likely = show.failed() && show.own()
                ? diagnoser.diagnose(show, all.get(show.epoch().number - 1), previous(js, show)) : List.of();
        NdArray student = Agreement.fitted(c.value(), show.truth());
        return new CheckedQuantity(c.name(), c.kind() == Claim.Kind.UPDATE, c.span().line(), c.span().column(),
                trace.program().text(c.span()), c.target(), show.truth().shape(),
                (student != null ? student : c.value()).data(), show.truth().data(),
                show.numeric() == null ? null : show.numeric().data(), show.unreliable(),
                show.failed() ? FormulaVerdict.WRONG : FormulaVerdict.MATCH, show.note(), show.epoch().number,
                js.size(), firstFailing, show.failed() ? show.causeLine() : 0, show.failed() && show.own(), likely,
                c.updateLine(), c.learningRate(), c.targetNode(), history(js));
    }

    /** The claim's value (as the program computed it) at the epoch before the shown one, or {@code null}. */
    private static NdArray previous(List<Judgement> js, Judgement show) {
        for (Judgement j : js) {
            if (j.epoch().number == show.epoch().number - 1) {
                return j.claim().value();
            }
        }
        return null;
    }

    /** The claim's values epoch by epoch, fitted to autograd's shape as the shown one is. */
    private static List<CheckedQuantity.AtEpoch> history(List<Judgement> js) {
        List<CheckedQuantity.AtEpoch> history = new ArrayList<>();
        for (Judgement j : js) {
            NdArray fitted = Agreement.fitted(j.claim().value(), j.truth());
            history.add(new CheckedQuantity.AtEpoch(j.epoch().number, (fitted != null ? fitted : j.claim().value())
                    .data(), j.truth().data(), j.numeric() == null ? null : j.numeric().data(), j.failed()));
        }
        return history;
    }

    private static CheckedQuantity firstWrong(List<CheckedQuantity> quantities, List<String> parameters, int shown) {
        CheckedQuantity first = firstCause(quantities, parameters, shown, true);
        return first != null ? first : firstCause(quantities, parameters, shown, false);
    }

    private static CheckedQuantity firstCause(List<CheckedQuantity> quantities, List<String> parameters, int shown,
            boolean parametersOnly) {
        int line = Integer.MAX_VALUE;
        for (CheckedQuantity q : quantities) {
            if (q.verdict() == FormulaVerdict.WRONG && q.shownEpoch() == shown
                    && (!parametersOnly || parameters.contains(q.target()))) {
                line = Math.min(line, q.causeLine());
            }
        }
        for (CheckedQuantity q : quantities) {
            if (q.line() == line && q.verdict() == FormulaVerdict.WRONG) {
                return q;
            }
        }
        return null;
    }

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
