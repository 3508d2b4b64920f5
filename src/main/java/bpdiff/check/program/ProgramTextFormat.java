package bpdiff.check.program;

import bpdiff.program.SourceMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The program check as a plain-text table for the terminal, then one paragraph per wrong claim and what was not
 * checked. Every line is written through the report's {@link SourceMap}: {@code 12} and {@code hw2.py:12} for a
 * Python file, {@code 4:3} (cell:line) and {@code hw2.ipynb:cell 4:3} for a notebook.
 */
public final class ProgramTextFormat {

    private static final int STATEMENT_WIDTH = 52;

    private ProgramTextFormat() {}

    /**
     * @param report the check
     * @return the text, ending with a newline
     */
    public static String write(ProgramReport report) {
        StringBuilder out = new StringBuilder();
        out.append(header(report)).append('\n');
        int width = Math.min(STATEMENT_WIDTH, report.quantities().stream().mapToInt(q -> q.site().statement().length())
                .max().orElse(10));
        int targetWidth = report.quantities().stream().mapToInt(q -> q.label().length()).max().orElse(6);
        int valueWidth = 17;
        for (CheckedQuantity q : report.quantities()) {
            CheckedQuantity.ShownEpoch shown = q.shown();
            for (double[] v : new double[][] {shown.student(), shown.autograd(), shown.numeric()}) {
                valueWidth = Math.max(valueWidth, Shown.cell(v, q.derivative().shape()).length());
            }
        }
        String value = "%" + valueWidth + "s";
        SourceMap lines = report.lines();
        String lineHeader = lines.hasCells() ? "cell:line" : "line";
        String row = "%" + Math.max(5, lineHeader.length()) + "s  %-" + width + "s  %-" + targetWidth + "s  " + value + "  " + value + "  " + value + "  %s%n";
        if (!report.quantities().isEmpty()) {
            out.append('\n').append(String.format(row, lineHeader, "claim", "of", "student", "autograd", "numeric", "verdict"));
        }
        for (CheckedQuantity q : report.quantities()) {
            CheckedQuantity.ShownEpoch shown = q.shown();
            int[] shape = q.derivative().shape();
            out.append(String.format(row, report.position(q.site().line()).shortText(),
                    clip(q.site().statement(), width), q.label(), Shown.cell(shown.student(), shape),
                    Shown.cell(shown.autograd(), shape), Shown.cell(shown.numeric(), shape), shown.verdict().label()
                            + (shown.epoch() != report.shownEpoch() && report.shownEpoch() > 0
                                    ? " (epoch " + shown.epoch() + ")" : "")));
        }
        for (CheckedQuantity q : report.quantities()) {
            if (q.failed()) {
                out.append('\n').append(q.shown().verdict().label()).append(' ').append(lines.where(q.site().line(), 0))
                        .append(": ").append(q.site().oneLine()).append('\n');
                explanation(q, lines).forEach(line -> out.append("  ").append(line).append('\n'));
            }
        }
        for (NotChecked n : report.notChecked()) {
            out.append('\n').append("NOT CHECKED ").append(lines.where(n.line(), 0)).append(": ").append(n.message()).append('\n');
        }
        if (!report.helpers().isEmpty()) {
            out.append('\n').append("helpers (named like derivatives of nothing the line can see; checked through the "
                    + "gradients they feed): ").append(String.join(", ", report.helpers().stream()
                    .map(h -> h.name() + " (" + lines.lineText(h.line()) + ")").toList())).append('\n');
        }
        if (!report.notes().isEmpty()) {
            out.append('\n');
            report.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
        }
        out.append('\n').append(report.summary()).append('\n');
        return out.toString();
    }

    /**
     * @param report the check
     * @return the first lines: program, loss, precision, epochs, parameters
     */
    static String header(ProgramReport report) {
        String epochs = report.epochs() == 1 ? "1 epoch"
                : report.epochs() + " epochs" + (report.shownEpoch() > 0 ? ", shown: epoch " + report.shownEpoch() : "");
        return "bpdiff check " + report.source() + ": loss " + report.loss() + " ("
                + report.lines().lineText(report.lossLine()) + "), autograd " + report.dtype() + " on "
                + report.engine() + ", " + epochs + "\n"
                + "parameters: " + (report.parameters().isEmpty() ? "none" : String.join(", ", report.parameters()))
                + (report.parameters().isEmpty() ? "" : report.parameters().stream().anyMatch(p -> report.updateClaim(p)
                        != null) ? " (the variables the program updates)" : " (the variables it computes gradients of)")
                + "; each gradient is ∂" + report.lossSymbol() + "/∂w of " + report.lossMeaning()
                + ", over all the samples in it";
    }

    /**
     * What to say about a wrong claim of a Python file, one sentence per entry.
     *
     * @param q the claim
     * @return the sentences
     */
    public static List<String> explanation(CheckedQuantity q) {
        return explanation(q, SourceMap.of(""));
    }

    /**
     * What to say about a wrong claim, one sentence per entry.
     *
     * @param q the claim
     * @param lines where the program's lines stand in its file, for the sentences that name a line
     * @return the sentences
     */
    public static List<String> explanation(CheckedQuantity q, SourceMap lines) {
        List<String> said = new ArrayList<>();
        CheckedQuantity.ShownEpoch shown = q.shown();
        CheckedQuantity.Judged judged = q.judged();
        int[] shape = q.derivative().shape();
        said.add(q.label() + (shape.length == 0 ? "" : " " + bpdiff.program.array.Shapes.text(shape)) + ": student "
                + Shown.full(shown.student(), shape) + ", autograd " + Shown.full(shown.autograd(), shape)
                + (shown.numeric() == null ? "" : ", finite differences " + Shown.full(shown.numeric(), shape)
                        + (shown.numericUnreliable() ? " (unreliable: the stencil crosses a kink)" : "")));
        if (shape.length > 0) {
            said.add("largest difference " + Shown.largestDifference(shown.student(), shown.autograd(), shape));
        }
        if (shown.note() != null) {
            said.add(shown.note());
        }
        if (q.site().update()) {
            said.add("the value the update subtracts" + (q.site().learningRate().isEmpty() ? ""
                    : ", divided by the learning rate " + q.site().learningRate()));
        } else if (q.site().updateLine() > 0) {
            said.add("subtracted by the update at " + lines.lineText(q.site().updateLine()));
        }
        if (judged.epochs() > 1) {
            said.add("wrong from epoch " + judged.firstFailingEpoch() + " (checked at " + judged.epochs()
                    + " epochs; values of epoch " + shown.epoch() + ")");
        }
        if (!judged.ownMistake()) {
            said.add("follows from " + lines.lineText(judged.causeLine()) + ", which is wrong: with autograd's values of"
                    + " the claims it is computed from, this line is right");
            return said;
        }
        if (q.likely().isEmpty()) {
            said.add("no single correction among those tried matches (sign, constant factor, 1/N, activation derivative,"
                    + " back-propagated paths, variables from elsewhere or after the update, transposes, dot/outer,"
                    + " elementwise/matrix products, sum axes)");
        }
        q.likely().forEach(l -> said.add("likely: " + l));
        return said;
    }

    private static String clip(String text, int width) {
        String line = text.replace('\n', ' ').replaceAll("\\s+", " ");
        return line.length() <= width ? line : line.substring(0, width - 1) + "…";
    }
}
