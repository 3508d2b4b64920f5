package bpdiff.check;

import bpdiff.diff.Tolerance;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Gives every line of a derivation its verdict at one point.
 *
 * <p>The file is run twice: as written, and with every checked line's value replaced by autograd's
 * before the lines below see it. A line that is wrong as written but right in the second run inherits
 * its error from a line above; one that is wrong in both runs has a mistake of its own, which is what
 * the {@link Diagnoser} looks at. A wrong line's cause is the first line, in file order, among itself
 * and everything it depends on, that has a mistake of its own.
 */
final class Judge {

    private final Derivation derivation;
    private final Dependencies dependencies;
    private final NetworkNames names;
    private final Tolerance tolerance;
    private final List<DerivativeTarget> targets = new ArrayList<>();

    /**
     * Prepares the verdicts of a derivation.
     *
     * @param derivation the checked file, names already checked
     * @param dependencies which line uses which
     * @param names the network's names
     * @param tolerance when a value counts as autograd's
     */
    Judge(Derivation derivation, Dependencies dependencies, NetworkNames names, Tolerance tolerance) {
        this.derivation = derivation;
        this.dependencies = dependencies;
        this.names = names;
        this.tolerance = tolerance;
        derivation.assignments().forEach(a -> targets.add(names.derivativeOf(a.name())));
    }

    /**
     * Judges every line.
     *
     * @param point autograd's values
     * @param diagnose whether to diagnose the wrong lines (only needed for the shown epoch)
     * @return one result per assignment, in file order; the first failing epoch is left at −1
     */
    List<FormulaResult> results(Point point, boolean diagnose) {
        List<Assignment> all = derivation.assignments();
        Double[] truth = new Double[all.size()];
        for (int k = 0; k < all.size(); k++) {
            truth[k] = targets.get(k) == null ? null : point.truth(targets.get(k));
        }
        Walk asWritten = Walk.run(derivation, point.network(), null);
        Walk corrected = Walk.run(derivation, point.network(), k -> truth[k]);
        boolean[] failed = new boolean[all.size()];
        boolean[] own = new boolean[all.size()];
        for (int k = 0; k < all.size(); k++) {
            if (truth[k] != null) {
                failed[k] = !agrees(asWritten.value(k), truth[k]);
                own[k] = failed[k] && !agrees(corrected.value(k), truth[k]);
            }
        }
        List<FormulaResult> results = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            results.add(result(k, point, asWritten, corrected, truth[k], failed, own, diagnose));
        }
        return results;
    }

    private FormulaResult result(int k, Point point, Walk asWritten, Walk corrected, Double truth,
            boolean[] failed, boolean[] own, boolean diagnose) {
        Assignment assignment = derivation.assignments().get(k);
        DerivativeTarget target = targets.get(k);
        Double value = asWritten.value(k);
        FormulaVerdict verdict = value == null ? FormulaVerdict.ERROR
                : target == null ? FormulaVerdict.HELPER
                : failed[k] ? FormulaVerdict.WRONG : FormulaVerdict.MATCH;
        if (target == null) {
            return new FormulaResult(assignment, null, value, null, null, verdict, asWritten.error(k), List.of(),
                    null, 0, false, -1);
        }
        int causeLine = 0;
        List<Diagnosis> likely = List.of();
        if (failed[k]) {
            causeLine = cause(k, failed, own);
            if (diagnose && own[k] && corrected.value(k) != null) {
                WrongLine context = new WrongLine(names, point, assignment, target,
                        corrected.value(k), truth, corrected.before(k), corrected.assignedBefore(k), tolerance);
                likely = Diagnoser.diagnose(context);
            }
        }
        return new FormulaResult(assignment, target, value, truth, point.numeric(target), verdict,
                asWritten.error(k), likely, Wiring.stage(names, target), causeLine, own[k], -1);
    }

    private int cause(int k, boolean[] failed, boolean[] own) {
        BitSet candidates = dependencies.transitive(k);
        candidates.set(k);
        for (int j = candidates.nextSetBit(0); j >= 0; j = candidates.nextSetBit(j + 1)) {
            if (failed[j] && own[j]) {
                return derivation.assignments().get(j).line();
            }
        }
        return derivation.assignments().get(k).line();
    }

    private boolean agrees(Double value, double truth) {
        return value != null && tolerance.agrees(value, truth);
    }
}
