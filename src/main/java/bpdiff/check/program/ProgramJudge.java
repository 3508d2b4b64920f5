package bpdiff.check.program;

import bpdiff.check.Agreement;
import bpdiff.diff.Tolerance;
import bpdiff.program.array.Elementwise;
import bpdiff.program.array.NdArray;
import bpdiff.program.tape.Closure;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeEvaluator;
import java.util.ArrayList;
import bpdiff.program.tape.NodeSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges every claim of an epoch against autograd, and tells a claim's own mistake from one it inherits: the
 * hand-written backward pass is computed again on the tape with every wrong claim replaced by autograd's
 * value; a claim that is right then only repeated a mistake above it, and its cause is the first claim with a
 * mistake of its own that it is computed from.
 */
final class ProgramJudge {

    private ProgramJudge() {}

    /**
     * @param tape the tape
     * @param epoch an epoch, replayed
     * @param parameterNodes every node holding a parameter's value
     * @param tolerance when a claim agrees with autograd
     * @return one judgement per claim, in the epoch's order
     */
    static List<Judgement> judge(Tape tape, Epoch epoch, Set<Integer> parameterNodes, Tolerance tolerance) {
        List<Claim> claims = epoch.claims;
        NdArray[] truth = new NdArray[claims.size()];
        boolean[] failed = new boolean[claims.size()];
        for (int k = 0; k < claims.size(); k++) {
            Claim c = claims.get(k);
            NdArray t = epoch.replay.gradient().get(c.targetNode());
            double scale = c.scale();
            truth[k] = t == null ? zeros(tape.node(c.targetNode()).value())
                    : scale == 1 ? t : Elementwise.unary(t, v -> v * scale);
            failed[k] = !Agreement.agrees(c.value(), truth[k], tolerance);
        }
        Map<Integer, NdArray> replaced = new HashMap<>();
        List<Integer> roots = new ArrayList<>();
        for (int k = 0; k < claims.size(); k++) {
            Claim c = claims.get(k);
            if (c.valueNode() >= 0) {
                roots.add(c.valueNode());
                if (failed[k] && java.util.Arrays.equals(c.value().shape(), truth[k].shape())) {
                    double scale = c.exprScale();
                    replaced.put(c.valueNode(), Elementwise.unary(truth[k], v -> v * scale));
                }
            }
        }
        boolean anyFailed = false;
        for (boolean f : failed) {
            anyFailed |= f;
        }
        Closure backward = anyFailed ? Closure.ofAll(tape, roots, parameterNodes) : null;
        NdArray[] corrected = new NdArray[claims.size()];
        boolean[] own = new boolean[claims.size()];
        for (int k = 0; k < claims.size(); k++) {
            Claim c = claims.get(k);
            if (!failed[k]) {
                continue;
            }
            own[k] = true;
            if (c.valueNode() >= 0 && !tape.node(c.valueNode()).isLeaf()) {
                Map<Integer, NdArray> others = new HashMap<>(replaced);
                others.remove(c.valueNode());
                NdArray recomputed = TapeEvaluator.evaluate(backward, others).get(c.valueNode());
                double scale = c.exprScale();
                corrected[k] = Elementwise.unary(recomputed, v -> v / scale);
                if (c.value().dtype() == bpdiff.program.array.DType.FLOAT32) {
                    corrected[k] = corrected[k].withDType(c.value().dtype()); // held to float32's tolerance, as the claim
                }
                own[k] = !Agreement.agrees(corrected[k], truth[k], tolerance);
            }
        }
        List<Judgement> judgements = new ArrayList<>();
        for (int k = 0; k < claims.size(); k++) {
            Claim c = claims.get(k);
            NdArray numeric = epoch.numeric.gradient().get(c.targetNode());
            if (numeric != null && c.scale() != 1) {
                numeric = Elementwise.unary(numeric, v -> v * c.scale());
            }
            boolean unreliable = epoch.numeric.unreliable().contains(c.targetNode());
            String note = failed[k] ? Agreement.problem(c.value(), truth[k]) : null;
            int cause = failed[k] ? cause(tape, claims, k, failed, own, parameterNodes) : 0;
            judgements.add(new Judgement(c, epoch, truth[k], numeric, unreliable, failed[k], note, own[k], cause,
                    corrected[k]));
        }
        return judgements;
    }

    /** The line of the first claim with a mistake of its own among claim k and those it is computed from. */
    private static int cause(Tape tape, List<Claim> claims, int k, boolean[] failed, boolean[] own,
            Set<Integer> parameterNodes) {
        NodeSet ancestry = Ancestry.of(tape, claims.get(k).valueNode(), parameterNodes);
        int best = -1;
        for (int j = 0; j < claims.size(); j++) {
            Claim c = claims.get(j);
            boolean upstream = j == k || c.valueNode() >= 0 && ancestry.contains(c.valueNode());
            if (upstream && failed[j] && own[j] && (best < 0 || c.order() < claims.get(best).order())) {
                best = j;
            }
        }
        return claims.get(best < 0 ? k : best).span().line();
    }

    private static NdArray zeros(NdArray like) {
        return new NdArray(like.shape(), new double[like.size()]);
    }
}
