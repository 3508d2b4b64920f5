package bpdiff.report;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Divergence;
import bpdiff.diff.Float32Clamp;
import bpdiff.diff.Localisation;
import bpdiff.diff.NonFinite;
import bpdiff.diff.OutOfDomain;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.Side;
import bpdiff.diff.StepDiff;
import bpdiff.diff.Summary;
import bpdiff.diff.Tally;
import bpdiff.diff.Verdict;
import bpdiff.diff.WrongSide;
import bpdiff.gradient.Environment;
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
                result.networkName(), result.manual(), environment.pytorch(), result.precision().id());
    }

    /** @return the settings line */
    static String settings(ComparisonResult result) {
        return String.format(Locale.ROOT,
                "mode %s, learning rate %s, %d epoch%s, tolerance |a-b| <= %s + %s*|b|",
                result.mode().id(), number(result.learningRate()), result.epochs(), result.epochs() == 1 ? "" : "s",
                number(result.tolerance().absolute()), number(result.tolerance().relative()));
    }

    /** @return the verdict as one sentence that says who is right, and how many epochs were compared */
    static String verdict(ComparisonResult result) {
        Summary s = result.summary();
        int parameters = result.parameterNames().size();
        String compared = epochsCompared(result);
        if (s.verdict() == Verdict.MATCH) {
            return String.format(Locale.ROOT, "verdict: match: all %d parameters agree with autograd at every epoch"
                    + " (%s)%s.", parameters, compared, referee(result));
        }
        if (s.verdict() == Verdict.DIVERGED) {
            Divergence d = s.diverged();
            String what = d.outOfDomain()
                    ? String.format(Locale.ROOT, "the output %s left the domain [0, 1] of %s on both sides (PyTorch"
                            + " raises 'all elements of input should be between 0 and 1')", d.quantity(),
                            result.lossId())
                    : "the hand derivation and autograd both stopped being finite (" + d.quantity() + ")";
            return String.format(Locale.ROOT, "verdict: DIVERGED at epoch %d: %s; %s, so nothing from epoch %d on is"
                    + " claimed to agree.", d.epoch(), what, compared, d.epoch());
        }
        if (s.mismatched().isEmpty()) {
            return "verdict: MISMATCH: " + stoppedAlone(result) + "; " + compared + ".";
        }
        String who = switch (s.wrongSide() == null ? WrongSide.UNDECIDED : s.wrongSide()) {
            case MANUAL -> "finite differences side with autograd, so the hand derivation '" + result.manual() + "' is wrong";
            case AUTOGRAD -> "finite differences side with the hand derivation, so autograd is wrong";
            case UNDECIDED -> "finite differences do not settle which side is right";
            case NEITHER -> float32Clamp(result);
        };
        return String.format(Locale.ROOT, "verdict: MISMATCH: %s mismatch (%d of %d parameters) from epoch %d; %s.",
                String.join(", ", s.mismatched()), s.mismatched().size(), parameters, s.firstMismatchEpoch(), who);
    }

    /**
     * Why neither side is wrong: float32 rounding at {@code BCELoss}'s clamp ({@link Float32Clamp}), with both
     * sides' output, loss and first mismatched gradient.
     */
    private static String float32Clamp(ComparisonResult result) {
        Float32Clamp c = result.summary().float32Clamp();
        String parameter = result.summary().mismatched().get(0);
        ParameterDiff first = result.tally().firstMismatches().get(parameter).diff();
        return String.format(Locale.ROOT, "this is float32 rounding at BCELoss's clamp, not a mistake of either side:"
                + " autograd's %s (sample %d) rounds to exactly %s in float32, where BCELoss clamps the log at -100"
                + " (loss %s) and its backward gives dL/d%s = %s, while the hand derivation computes in double, where"
                + " %s = %s (loss %s, dL/d%s = %s); compare with --dtype float64 to check the derivation itself",
                c.output(), c.sample(), number(c.outAutograd()), number(c.lossAutograd()), parameter,
                number(first.gradientAutograd()), c.output(), Double.toString(c.outManual()), number(c.lossManual()),
                parameter,
                number(first.gradientManual()));
    }

    /** @return e.g. {@code 3 of 10 epochs compared} */
    static String epochsCompared(ComparisonResult result) {
        return String.format(Locale.ROOT, "%d of %d epoch%s compared", result.summary().comparedEpochs(),
                result.epochs(), result.epochs() == 1 ? "" : "s");
    }

    /** Which side stopped while the other went on, said from the first such stop. */
    private static String stoppedAlone(ComparisonResult result) {
        Summary s = result.summary();
        int epoch = s.firstMismatchEpoch();
        for (OutOfDomain o : s.outOfDomain()) {
            if (o.epoch() == epoch) {
                return String.format(Locale.ROOT, "%s's output %s left the domain [0, 1] of %s at epoch %d while the"
                        + " other side's did not; every epoch before agrees", side(result, o.source()), o.quantity(),
                        result.lossId(), epoch);
            }
        }
        for (NonFinite n : s.nonFinite()) {
            if (n.epoch() == epoch && n.source() != Side.NUMERIC) {
                return String.format(Locale.ROOT, "%s stopped being finite at epoch %d (%s) while the other side"
                        + " stayed finite; every epoch before agrees", side(result, n.source()), epoch, n.quantity());
            }
        }
        return String.format(Locale.ROOT, "epochs %d to %d were not compared", epoch, result.epochs());
    }

    private static String side(ComparisonResult result, Side source) {
        return source == Side.MANUAL ? "the hand derivation '" + result.manual() + "'" : source.id();
    }

    /** @return where the error enters, or {@code null} */
    static String where(ComparisonResult result) {
        Localisation l = result.summary().localisation();
        if (l == null || result.summary().float32Clamp() != null) {
            // a float32 rounding at the clamp enters no error into the derivation
            return null;
        }
        return String.format(Locale.ROOT,
                "where: the hand derivation first parts from autograd at dL/d%s in the %s (epoch %d): hand %s, autograd %s; everything below it inherits the error.",
                l.quantity(), l.layer(), l.epoch(), number(l.manual()), number(l.autograd()));
    }

    /** @return one sentence per source that stopped: its numbers not finite, or its output outside the domain */
    static List<String> nonFinite(ComparisonResult result) {
        List<String> lines = new ArrayList<>();
        for (OutOfDomain o : result.summary().outOfDomain()) {
            lines.add(String.format(Locale.ROOT, "out of domain: %s at epoch %d (%s, outside [0, 1] for %s); it is not"
                    + " compared from there on.", o.source(), o.epoch(), o.quantity(), result.lossId()));
        }
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
                + " within ~1e-6 of 0 or 1, tanh output within ~1e-6 of -1 or 1, or ReLU input <= 0 for every sample);"
                + " gradients through them vanish, so a"
                + " loss that stops falling there has stalled, not converged.";
    }

    /**
     * What finite differences said about a match, over every parameter at every compared epoch: agreed, could not
     * referee, disagreed, or agreed only where they could referee (then it says how many they could not).
     */
    private static String referee(ComparisonResult result) {
        Tally tally = result.tally();
        String why = "a kink, a clamp of the loss or a saturated sigmoid or tanh";
        if (tally.refereeNeverReliable()) {
            return "; finite differences could not referee (" + why + ")";
        }
        if (!tally.refereeAlwaysAgreed()) {
            return "; finite differences disagree at " + tally.refereeDisagreed() + " of the " + tally.refereed()
                    + " values they could referee (the numeric column says with whom)";
        }
        if (tally.unrefereed() > 0) {
            return ", and finite differences agree at the " + tally.refereed() + " values they could referee ("
                    + tally.unrefereed() + " they could not: " + why + ")";
        }
        return ", and finite differences agree";
    }

    /**
     * Formats a number for people: 12 significant digits, enough to show where two values part.
     *
     * @param value the number
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
