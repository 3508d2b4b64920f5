package bpdiff.check;

/** The check as Markdown: a table of every line, then a list of the wrong ones. */
public final class MarkdownFormat {

    private MarkdownFormat() {}

    /**
     * Writes a report.
     *
     * @param report the check
     * @return the Markdown text, ending with a newline
     */
    public static String write(CheckReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## bpdiff check `").append(report.source()).append("`\n\n");
        out.append("Network `").append(report.network()).append("`, autograd ").append(report.dtype())
                .append(", epoch ").append(report.shownEpoch()).append(report.epochs() > 1 ? " of " + report.epochs() : "")
                .append(".\n\n");
        out.append("| line | formula | student | autograd | numeric | verdict |\n");
        out.append("|---:|---|---:|---:|---:|---|\n");
        for (FormulaResult r : report.results()) {
            String verdict = r.failed() ? "**" + r.verdict().label() + "**" : r.verdict().label();
            out.append("| ").append(r.assignment().line()).append(" | `").append(cell(r.assignment().formula()))
                    .append("` | ").append(ValueText.of(r.value())).append(" | ").append(ValueText.of(r.autograd()))
                    .append(" | ").append(ValueText.of(r.numeric())).append(" | ").append(verdict).append(" |\n");
        }
        boolean any = false;
        for (FormulaResult r : report.results()) {
            if (r.failed() || r.verdict() == FormulaVerdict.ERROR) {
                if (!any) {
                    out.append("\n### What is wrong\n");
                    any = true;
                }
                out.append("\n- line ").append(r.assignment().line()).append(": `").append(r.assignment().formula())
                        .append("`\n");
                for (String line : TextFormat.explanation(r)) {
                    out.append("  - ").append(line).append('\n');
                }
            }
        }
        if (!report.notChecked().isEmpty()) {
            out.append("\n### Not checked\n\n");
            report.notChecked().forEach(n -> out.append("- ").append(n).append('\n'));
        }
        out.append("\n**").append(report.verdictLabel())
                .append(":** ").append(report.summary())
                .append('\n');
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("`", "'");
    }
}
