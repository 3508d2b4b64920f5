package bpdiff.report;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.NeuronDiff;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.StepDiff;
import bpdiff.diff.Verdict;
import bpdiff.gradient.Environment;
import java.util.List;

/** The Markdown rendering of {@code bpdiff compare}, for pasting into a homework or a pull request. */
public final class CompareMarkdown {

    private CompareMarkdown() {}

    /**
     * Renders a comparison.
     *
     * @param result the comparison
     * @param environment what it was computed with
     * @return the Markdown, ending with a newline
     */
    public static String render(ComparisonResult result, Environment environment) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(CompareNarrative.heading(result, environment)).append("\n\n");
        out.append(CompareNarrative.settings(result)).append(". ").append(environment.line()).append(".\n\n");
        out.append("**").append(CompareNarrative.verdict(result)).append("**\n\n");
        String where = CompareNarrative.where(result);
        if (where != null) {
            out.append(where).append("\n\n");
        }
        for (String line : CompareNarrative.nonFinite(result)) {
            out.append("- ").append(line).append('\n');
        }
        String saturation = CompareNarrative.saturation(result);
        if (saturation != null) {
            out.append("- ").append(saturation).append('\n');
        }
        List<StepDiff> shown = CompareNarrative.shownSteps(result);
        for (StepDiff step : shown) {
            out.append("\n## Epoch ").append(step.epoch()).append("\n\n");
            out.append("Loss: hand ").append(CompareNarrative.number(step.lossManual())).append(", autograd ")
                    .append(CompareNarrative.number(step.lossAutograd())).append(".\n\n");
            out.append("| neuron | in (hand) | in (autograd) | out (hand) | out (autograd) |\n|---|---:|---:|---:|---:|\n");
            for (NeuronDiff n : step.neurons()) {
                out.append("| ").append(n.neuron()).append(" | ").append(CompareNarrative.number(n.inManual()))
                        .append(" | ").append(CompareNarrative.number(n.inAutograd())).append(" | ")
                        .append(CompareNarrative.number(n.outManual())).append(" | ")
                        .append(CompareNarrative.number(n.outAutograd())).append(" |\n");
            }
            out.append("\n| param | dL/dw (hand) | dL/dw (autograd) | dL/dw (numeric) | abs. error | updated (hand) "
                    + "| updated (autograd) | numeric agrees with | verdict |\n|---|---:|---:|---:|---:|---:|---:|---|---|\n");
            for (ParameterDiff p : step.parameters()) {
                boolean bad = p.verdict() == Verdict.MISMATCH;
                String name = bad ? "**" + p.name() + "**" : p.name();
                out.append("| ").append(name).append(" | ").append(CompareNarrative.number(p.gradientManual()))
                        .append(" | ").append(CompareNarrative.number(p.gradientAutograd())).append(" | ")
                        .append(CompareNarrative.number(p.gradientNumeric())).append(" | ")
                        .append(CompareNarrative.error(p.absError())).append(" | ")
                        .append(CompareNarrative.number(p.updatedManual())).append(" | ")
                        .append(CompareNarrative.number(p.updatedAutograd())).append(" | ").append(p.numericSidesWith().id())
                        .append(" | ").append(bad ? "**mismatch**" : "match").append(" |\n");
            }
        }
        if (result.summary().comparedEpochs() > shown.size()) {
            out.append("\n").append(result.summary().comparedEpochs()).append(" epochs compared, ").append(shown.size())
                    .append(" shown; `--format json` has them all.\n");
        }
        return out.toString();
    }
}
