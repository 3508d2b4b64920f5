package bpdiff.grade;

import bpdiff.check.program.CheckedQuantity;
import bpdiff.check.program.ProgramReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which parameter of a submission is which of the reference's where their names differ. The homework fixes the
 * initial weights ({@code w1, …, w8 = 0.2, -0.4, …}), so a submission that keeps them in a list ({@code w[0]} …
 * {@code w[7]}) or names them otherwise starts each at one of the reference's values. A reference parameter the
 * submission has no gradient of by its name is matched to the submission's parameter, unknown to the reference, whose
 * weights at the first epoch are the reference's: the same shape and every element within \( 10^{-6} \) relative
 * (a PyTorch program's float32 weights round the literals at \( 6 \cdot 10^{-8} \)). A match must be one to one:
 * where two parameters could match, neither is, and random initial weights match nothing.
 */
final class ParameterMatch {

    /** Float32's rounding of the homework's literals, with room: the weights are typed, not computed. */
    private static final double SAME = 1e-6;

    private ParameterMatch() {}

    /**
     * @param reference the reference's parameters and their first-epoch weights
     * @param report the submission's check
     * @return for each matched reference parameter, the submission's parameter that stands for it
     */
    static Map<String, String> of(Expectation reference, ProgramReport report) {
        List<String> unmatched = report.parameters().stream().filter(q -> !reference.parameters().contains(q))
                .filter(q -> report.updateClaim(q) != null).toList();
        Map<String, String> matched = new LinkedHashMap<>();
        for (String p : reference.parameters()) {
            double[] start = reference.initialWeights().get(p);
            boolean named = report.quantities().stream().anyMatch(q -> q.derivative().target().equals(p));
            if (named || start == null) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            for (String q : unmatched) {
                if (same(start, weights(report, q))) {
                    candidates.add(q);
                }
            }
            if (candidates.size() == 1 && reference.parameters().stream().filter(r -> same(
                    reference.initialWeights().get(r), weights(report, candidates.get(0)))).count() == 1) {
                matched.put(p, candidates.get(0));
            }
        }
        return matched;
    }

    private static double[] weights(ProgramReport report, String parameter) {
        CheckedQuantity claim = report.updateClaim(parameter);
        return claim == null || claim.history().isEmpty() ? null : claim.history().get(0).weights();
    }

    private static boolean same(double[] a, double[] b) {
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int k = 0; k < a.length; k++) {
            if (!(Math.abs(a[k] - b[k]) <= SAME * Math.max(1e-3, Math.abs(a[k])))) {
                return false;
            }
        }
        return true;
    }
}
