package bpdiff.report;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.NeuronDiff;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.StepDiff;
import bpdiff.diff.Verdict;
import bpdiff.gradient.Environment;
import java.util.List;
import java.util.Locale;

/**
 * The text rendering of {@code bpdiff compare}: aligned tables a person reads like a diff. Rows that
 * mismatch start with {@code !}; the summary says who is right and where the error enters.
 */
public final class CompareText {

    private static final String NUMBER = "%20s";

    private CompareText() {}

    /**
     * Renders a comparison.
     *
     * @param result the comparison
     * @param environment what it was computed with
     * @return the text, ending with a newline
     */
    public static String render(ComparisonResult result, Environment environment) {
        StringBuilder out = new StringBuilder();
        out.append(CompareNarrative.heading(result, environment)).append('\n');
        out.append(CompareNarrative.settings(result)).append('\n');
        List<StepDiff> shown = CompareNarrative.shownSteps(result);
        for (StepDiff step : shown) {
            out.append('\n');
            appendStep(out, step);
        }
        int compared = result.summary().comparedEpochs();
        if (compared > shown.size()) {
            out.append(String.format(Locale.ROOT, "%n(%d epochs compared, %d shown; --format json has them all)%n",
                    compared, shown.size()));
        }
        out.append('\n');
        for (String line : CompareNarrative.nonFinite(result)) {
            out.append(line).append('\n');
        }
        String saturation = CompareNarrative.saturation(result);
        if (saturation != null) {
            out.append(saturation).append('\n');
        }
        out.append(CompareNarrative.verdict(result)).append('\n');
        String where = CompareNarrative.where(result);
        if (where != null) {
            out.append(where).append('\n');
        }
        return out.toString();
    }

    private static void appendStep(StringBuilder out, StepDiff step) {
        out.append(String.format(Locale.ROOT, "epoch %d   loss: hand %s   autograd %s%n", step.epoch(),
                CompareNarrative.number(step.lossManual()), CompareNarrative.number(step.lossAutograd())));
        out.append(String.format(Locale.ROOT, "  %-8s" + NUMBER + NUMBER + NUMBER + NUMBER + "%n", "neuron", "in (hand)",
                "in (autograd)", "out (hand)", "out (autograd)"));
        for (NeuronDiff n : step.neurons()) {
            String name = n.sample() == 0 ? n.neuron() : n.neuron() + "#" + (n.sample() + 1);
            out.append(String.format(Locale.ROOT, "  %-8s" + NUMBER + NUMBER + NUMBER + NUMBER + "%n", name,
                    CompareNarrative.number(n.inManual()), CompareNarrative.number(n.inAutograd()),
                    CompareNarrative.number(n.outManual()), CompareNarrative.number(n.outAutograd())));
        }
        out.append(String.format(Locale.ROOT, "  %-6s" + NUMBER + NUMBER + NUMBER + "%10s%12s" + NUMBER + NUMBER
                + "  %-9s %s%n", "param", "dL/dw (hand)", "dL/dw (autograd)", "dL/dw (numeric)", "|diff|", "ulps32",
                "updated (hand)", "updated (autograd)", "numeric", "verdict"));
        for (ParameterDiff p : step.parameters()) {
            boolean bad = p.verdict() == Verdict.MISMATCH;
            out.append(String.format(Locale.ROOT, "%s %-6s" + NUMBER + NUMBER + NUMBER + "%10s%12s" + NUMBER + NUMBER
                    + "  %-9s %s%n", bad ? "!" : " ", p.name(),
                    CompareNarrative.number(p.gradientManual()), CompareNarrative.number(p.gradientAutograd()),
                    CompareNarrative.number(p.gradientNumeric()), CompareNarrative.error(p.absError()),
                    CompareNarrative.ulps(p.ulpsFloat32()), CompareNarrative.number(p.updatedManual()),
                    CompareNarrative.number(p.updatedAutograd()), p.numericSidesWith().id(),
                    bad ? "MISMATCH" : "match"));
        }
    }
}
