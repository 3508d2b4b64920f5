package bpdiff.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Says what is likely wrong with a formula, by trying candidate corrections numerically.
 *
 * <p>A candidate is reported only when it matches within the tolerance. The candidates, in the order
 * they are preferred when several match: the back-propagated sum of a hidden neuron
 * ({@link BackPropagationCorrections}: the homework's {@code d_w5 + d_w6}, a missing weight or
 * activation derivative of the next layer, a missing path), a name from the wrong place or from after
 * the update, a sign inside a sum or an extra term ({@link FormulaCorrections}), an activation
 * derivative missing or extra, and last a flipped sign or constant factor ({@link ScaleCorrections}).
 */
public final class Diagnoser {

    /** At most this many findings are reported for one line. */
    static final int SHOWN = 3;

    private Diagnoser() {}

    /**
     * Diagnoses a wrong line.
     *
     * @param c the line, its value, autograd's and the tolerance
     * @return up to {@link #SHOWN} findings, most specific first; empty when no candidate matches
     */
    static List<Diagnosis> diagnose(DiagnosisContext c) {
        List<Candidate> candidates = new ArrayList<>(BackPropagationCorrections.all(c));
        candidates.addAll(FormulaCorrections.names(c));
        candidates.addAll(ScaleCorrections.activation(c));
        candidates.addAll(FormulaCorrections.sums(c));
        candidates.addAll(ScaleCorrections.constant(c));
        Set<String> findings = new LinkedHashSet<>();
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (findings.size() < SHOWN && candidate.fits(c.tolerance()) && findings.add(candidate.finding())) {
                diagnoses.add(new Diagnosis(candidate.code(), candidate.finding()));
            }
        }
        return List.copyOf(diagnoses);
    }
}
