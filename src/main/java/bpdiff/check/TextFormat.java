package bpdiff.check;

import java.util.List;

/**
 * The check as a plain-text table for the terminal, followed by one paragraph per wrong line.
 */
public final class TextFormat {

    private static final int FORMULA_WIDTH = 60;

    private TextFormat() {}

    /**
     * Writes a report.
     *
     * @param report the check
     * @return the text, ending with a newline
     */
    public static String write(CheckReport report) {
        StringBuilder out = new StringBuilder();
        out.append("bpdiff check ").append(report.source()).append(": network ").append(report.network())
                .append(", autograd ").append(report.dtype()).append(", epoch ").append(report.shownEpoch())
                .append(report.epochs() > 1 ? " of " + report.epochs() : "").append('\n').append('\n');
        int width = Math.min(FORMULA_WIDTH, report.results().stream()
                .mapToInt(r -> r.assignment().formula().length()).max().orElse(10));
        String row = "%5s  %-" + width + "s  %17s  %17s  %17s  %s%n";
        out.append(String.format(row, "line", "formula", "student", "autograd", "numeric", "verdict"));
        for (FormulaResult r : report.results()) {
            out.append(String.format(row, r.assignment().line(), clip(r.assignment().formula(), width),
                    ValueText.of(r.value()), ValueText.of(r.autograd()), ValueText.of(r.numeric()),
                    r.verdict().label()));
        }
        for (FormulaResult r : report.results()) {
            if (r.failed() || r.verdict() == FormulaVerdict.ERROR) {
                out.append('\n').append(details(report, r));
            }
        }
        for (String n : report.notChecked()) {
            out.append('\n').append("NOT CHECKED ").append(n).append('\n');
        }
        out.append('\n').append(report.summary()).append('\n');
        return out.toString();
    }

    /**
     * The paragraph about one wrong or failing line.
     *
     * @param report the check
     * @param r the line
     * @return several lines of text, each ending with a newline
     */
    static String details(CheckReport report, FormulaResult r) {
        StringBuilder out = new StringBuilder();
        out.append(r.verdict().label()).append(' ').append(report.source()).append(':')
                .append(r.assignment().line()).append(": ").append(r.assignment().formula()).append('\n');
        for (String line : explanation(r)) {
            out.append("  ").append(line).append('\n');
        }
        return out.toString();
    }

    /**
     * What to say about a wrong or failing line, one sentence per entry.
     *
     * @param r the line
     * @return the sentences
     */
    static List<String> explanation(FormulaResult r) {
        List<String> lines = new java.util.ArrayList<>();
        if (r.error() != null) {
            lines.add(r.error());
        }
        if (!r.checked()) {
            return lines;
        }
        if (r.value() != null) {
            lines.add(r.target().label() + ": student " + ValueText.of(r.value()) + ", autograd "
                    + ValueText.of(r.autograd()) + (r.numeric() == null ? "" : ", finite differences "
                    + ValueText.of(r.numeric())));
        }
        boolean inherited = r.causeLine() != 0 && r.causeLine() != r.assignment().line();
        boolean notEvaluated = r.verdict() == FormulaVerdict.ERROR && r.value() == null && r.error() != null
                && r.error().startsWith("not evaluated");
        if (inherited && !r.ownMistake()) {
            lines.add("follows from line " + r.causeLine() + ", which is wrong: with autograd's values of the lines"
                    + " above it, this line is right");
            return lines;
        }
        lines.add("stage: " + r.stage());
        if (r.firstFailingEpoch() > 0) {
            lines.add("first wrong at epoch " + r.firstFailingEpoch());
        }
        if (inherited && !notEvaluated) {
            lines.add("also depends on line " + r.causeLine() + ", which is wrong");
        }
        if (r.ownMistake() && r.verdict() == FormulaVerdict.WRONG && r.likely().isEmpty()) {
            lines.add("no single correction among those tried matches (sign, constant factor, activation "
                    + "derivative, back-propagated paths, weights of other connections, values after the update)");
        }
        r.likely().forEach(l -> lines.add("likely: " + l));
        return lines;
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
