package bpdiff.report;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Localisation;
import bpdiff.diff.NonFinite;
import bpdiff.diff.StepDiff;
import bpdiff.diff.Summary;
import bpdiff.diff.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sentences and the choice of epochs shared by the text and Markdown renderings of a comparison. */
final class CompareNarrative {

    private CompareNarrative() {}

    /**
     * The epochs worth showing a person: the first, the first mismatching one and the last.
     *
     * @param result the comparison
     * @return those steps, in epoch order, without repeats
     */
    static List<StepDiff> shownSteps(ComparisonResult result) {
        List<StepDiff> steps = result.steps();
        List<StepDiff> shown = new ArrayList<>();
        if (steps.isEmpty()) {
            return shown;
        }
        shown.add(steps.get(0));
        Integer first = result.summary().firstMismatchEpoch();
        for (StepDiff s : steps) {
            if (first != null && s.epoch() == first && !shown.contains(s)) {
                shown.add(s);
            }
        }
        StepDiff last = steps.get(steps.size() - 1);
        if (!shown.contains(last)) {
            shown.add(last);
        }
        return shown;
    }

    /** @return the one-line heading: what was compared with what */
    static String heading(ComparisonResult result, Environment environment) {
        return String.format(Locale.ROOT,
                "bpdiff compare: %s network, hand derivation '%s' vs DJL autograd (PyTorch %s, %s), finite differences as referee",
                result.network(), result.manual(), environment.pytorch(), result.precision().id());
    }

    /** @return the settings line */
    static String settings(ComparisonResult result) {
        return String.format(Locale.ROOT,
                "mode %s, learning rate %s, %d epoch%s, tolerance |a-b| <= %s + %s*|b|",
                result.mode().id(), number(result.learningRate()), result.epochs(), result.epochs() == 1 ? "" : "s",
                number(result.tolerance().absolute()), number(result.tolerance().relative()));
    }

    /** @return the verdict as one sentence that says who is right */
    static String verdict(ComparisonResult result) {
        Summary s = result.summary();
        int parameters = result.parameterNames().size();
        if (s.verdict() == Verdict.MATCH) {
            return String.format(Locale.ROOT,
                    "verdict: match: all %d parameters agree with autograd at every compared epoch (%d of %d)%s.",
                    parameters, result.steps().size(), result.epochs(), numericAgrees(result) ? ", and finite differences agree" : "");
        }
        if (s.mismatched().isEmpty() && !s.nonFinite().isEmpty()) {
            NonFinite first = s.nonFinite().stream().filter(n -> !n.source().equals("numeric")).findFirst()
                    .orElse(s.nonFinite().get(0));
            return String.format(Locale.ROOT,
                    "verdict: MISMATCH: %s stopped being finite at epoch %d (%s) while the other side stayed finite;"
                            + " every epoch before agrees.",
                    first.source().equals("manual") ? "the hand derivation '" + result.manual() + "'" : first.source(),
                    first.epoch(), first.quantity());
        }
        String who = switch (s.wrongSide() == null ? "undecided" : s.wrongSide()) {
            case "manual" -> "finite differences side with autograd, so the hand derivation '" + result.manual() + "' is wrong";
            case "autograd" -> "finite differences side with the hand derivation, so autograd is wrong";
            default -> "finite differences do not settle which side is right";
        };
        String which = s.mismatched().isEmpty() ? "the sources part" : String.join(", ", s.mismatched()) + " mismatch";
        return String.format(Locale.ROOT, "verdict: MISMATCH: %s (%d of %d parameters) from epoch %d; %s.",
                which, s.mismatched().size(), parameters, s.firstMismatchEpoch(), who);
    }

    /** @return where the error enters, or {@code null} */
    static String where(ComparisonResult result) {
        Localisation l = result.summary().localisation();
        if (l == null) {
            return null;
        }
        return String.format(Locale.ROOT,
                "where: the hand derivation first parts from autograd at dL/d%s in the %s (epoch %d): hand %s, autograd %s; everything below it inherits the error.",
                l.quantity(), l.layer(), l.epoch(), number(l.manual()), number(l.autograd()));
    }

    /** @return one sentence per source that stopped being finite */
    static List<String> nonFinite(ComparisonResult result) {
        List<String> lines = new ArrayList<>();
        for (NonFinite n : result.summary().nonFinite()) {
            lines.add(String.format(Locale.ROOT, "non-finite: %s at epoch %d (%s); it is not compared from there on.",
                    n.source(), n.epoch(), n.quantity()));
        }
        return lines;
    }

    /** @return a warning when neurons are saturated at the last epoch, or {@code null} */
    static String saturation(ComparisonResult result) {
        List<String> saturated = result.summary().saturated();
        if (saturated.isEmpty()) {
            return null;
        }
        return "saturated: " + String.join(", ", saturated) + " at the last epoch (flat activation: sigmoid output"
                + " within ~1e-6 of 0 or 1, or ReLU input <= 0 for every sample); gradients through them vanish, so a"
                + " loss that stops falling there has stalled, not converged.";
    }

    private static boolean numericAgrees(ComparisonResult result) {
        return result.steps().stream().flatMap(s -> s.parameters().stream())
                .allMatch(p -> p.numericSidesWith().equals("both") || p.numericSidesWith().equals("unreliable"));
    }

    /**
     * Formats a number for people: 12 significant digits, enough to show where two values part.
     *
     * @param value the number
     * @return its text
     */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, "%.12g", value);
        if (text.contains("e")) {
            return text.replaceFirst("\\.?0+e", "e");
        }
        return text.contains(".") ? text.replaceFirst("0+$", "").replaceFirst("\\.$", "") : text;
    }

    /** @return a short absolute-error figure */
    static String error(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2e", value) : "-";
    }

    /** @return the ULP distance, or "-" */
    static String ulps(long ulps) {
        return ulps == Long.MAX_VALUE ? "-" : Long.toString(ulps);
    }
}
