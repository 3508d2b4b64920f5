package bpdiff.check.program;

import bpdiff.program.SourceMap;

/**
 * The program check as Markdown: a table of every claim, then the wrong ones and what was not checked. Lines are
 * written through the report's {@link SourceMap} (a notebook's as {@code cell:line}).
 */
public final class ProgramMarkdownFormat {

    private ProgramMarkdownFormat() {}

    /**
     * @param report the check
     * @return the Markdown text, ending with a newline
     */
    public static String write(ProgramReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## bpdiff check `").append(report.source()).append("`\n\n");
        ProgramTextFormat.header(report).lines().forEach(l -> out.append(l).append("  \n"));
        out.append('\n');
        SourceMap lines = report.lines();
        out.append("| ").append(lines.hasCells() ? "cell:line" : "line").append(" | claim | of | student | autograd | numeric | verdict |\n");
        out.append("|---:|---|---|---:|---:|---:|---|\n");
        for (CheckedQuantity q : report.quantities()) {
            CheckedQuantity.ShownEpoch shown = q.shown();
            int[] shape = q.derivative().shape();
            String verdict = q.failed() ? "**" + shown.verdict().label() + "**" : shown.verdict().label();
            out.append("| ").append(report.position(q.site().line()).shortText()).append(" | `")
                    .append(cell(q.site().statement())).append("` | ")
                    .append(q.label()).append(" | ").append(cell(Shown.cell(shown.student(), shape))).append(" | ")
                    .append(cell(Shown.cell(shown.autograd(), shape))).append(" | ")
                    .append(cell(Shown.cell(shown.numeric(), shape))).append(" | ").append(verdict).append(" |\n");
        }
        if (!report.failed().isEmpty()) {
            out.append("\n### What is wrong\n");
            for (CheckedQuantity q : report.failed()) {
                out.append("\n- ").append(lines.lineText(q.site().line())).append(": `").append(cell(q.site().statement()))
                        .append("`\n");
                ProgramTextFormat.explanation(q, lines).forEach(l -> out.append("  - ").append(l).append('\n'));
            }
        }
        if (!report.notChecked().isEmpty()) {
            out.append("\n### Not checked\n\n");
            report.notChecked().forEach(n -> out.append("- ").append(n.line() > 0 ? lines.lineText(n.line()) + ": " : "")
                    .append(n.message()).append('\n'));
        }
        out.append("\n**").append(report.passed() ? "All match" : report.failed().isEmpty() ? "Not all checked" : "Wrong")
                .append(":** ").append(report.summary()).append('\n');
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("`", "'").replace('\n', ' ');
    }
}
