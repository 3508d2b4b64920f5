package bpdiff.report.run;

import bpdiff.experiment.ExperimentResult;
import bpdiff.experiment.Finding;
import bpdiff.experiment.Plot;
import bpdiff.experiment.RunResult;
import bpdiff.experiment.Table;
import bpdiff.experiment.Text;
import bpdiff.gradient.Environment;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code report.md}: one section per experiment (the question in Chinese and English, the setup, the
 * tables, the plots as links to {@code plots/*.png}, the findings and the conclusion).
 */
public final class MarkdownReport {

    private MarkdownReport() {}

    /**
     * Writes the Markdown report.
     *
     * @return the Markdown text
     */
    public static String of(RunResult run) {
        StringBuilder md = new StringBuilder("# bpdiff run: the homework's experiments\n\n");
        md.append(environment(run.environment())).append("\n\n");
        md.append("**").append(verdict(run)).append("**\n");
        run.failures().forEach(f -> md.append("- `").append(f.experiment()).append('/').append(f.finding().id())
                .append("`: ").append(f.finding().statement()).append('\n'));
        md.append("\n| question | experiment | findings holding |\n|---|---|---|\n");
        for (ExperimentResult r : run.results()) {
            md.append("| ").append(r.question().number()).append(" | [").append(cell(r.title())).append("](#")
                    .append(r.id()).append(") | ").append(holding(r)).append(" |\n");
        }
        for (ExperimentResult r : run.results()) {
            section(md, r);
        }
        return md.toString();
    }

    private static void section(StringBuilder md, ExperimentResult r) {
        md.append("\n<a id=\"").append(r.id()).append("\"></a>\n## ").append(r.question().number()).append(". ")
                .append(r.title()).append(" (`").append(r.id()).append("`)\n\n");
        md.append("> ").append(r.question().chinese()).append("\n>\n> *").append(r.question().english()).append("*\n\n");
        md.append("**Setup.** ").append(r.setup()).append("\n\n");
        for (Table table : r.tables()) {
            md.append("**").append(table.caption()).append("**\n\n| ")
                    .append(table.headers().stream().map(MarkdownReport::cell).collect(Collectors.joining(" | ")))
                    .append(" |\n|").append("---|".repeat(table.headers().size())).append('\n');
            for (List<String> row : table.rows()) {
                md.append("| ").append(row.stream().map(MarkdownReport::cell).collect(Collectors.joining(" | ")))
                        .append(" |\n");
            }
            md.append('\n');
        }
        for (Plot plot : r.plots()) {
            md.append("![").append(plot.title()).append("](").append(ReportFolder.plotFile(plot)).append(")\n\n");
            for (String note : plotNotes(plot)) {
                md.append("*").append(note).append("*\n\n");
            }
        }
        md.append("**Expected findings**\n\n");
        for (Finding f : r.findings()) {
            md.append("- ").append(f.holds() ? "✅ holds" : "❌ DOES NOT HOLD").append(" `").append(f.id()).append("`: ")
                    .append(f.statement()).append(". Measured: ").append(measured(f.measured())).append('\n');
        }
        md.append("\n**Finding.** ").append(r.conclusion()).append('\n');
    }

    /**
     * The environment line shared by both reports.
     *
     * @param env the environment
     * @return e.g. {@code bpdiff 0.1.0 · DJL 0.36.0 · PyTorch 2.7.1 · dtype float64 · Linux/amd64}
     */
    static String environment(Environment env) {
        return "bpdiff " + env.bpdiff() + " · DJL " + env.djl() + " · PyTorch " + env.pytorch() + " · dtype "
                + env.dtype() + " · " + env.os() + "/" + env.arch();
    }

    /**
     * The overall verdict shared by both reports.
     *
     * @return e.g. {@code All 52 expected findings hold.}
     */
    static String verdict(RunResult run) {
        int failing = run.failures().size();
        return failing == 0 ? "All " + run.findingCount() + " expected findings hold."
                : failing + " of " + run.findingCount() + " expected findings do not hold:";
    }

    /**
     * How many of an experiment's findings hold.
     *
     * @param r the result
     * @return e.g. {@code 3/3}
     */
    static String holding(ExperimentResult r) {
        return (r.findings().size() - r.failing().size()) + "/" + r.findings().size();
    }

    /**
     * Measured numbers as one line.
     *
     * @param measured the numbers
     * @return e.g. {@code loss = 0.20971, epochs = 100}
     */
    static String measured(Map<String, Double> measured) {
        return measured.entrySet().stream().map(e -> e.getKey() + " = " + Text.number(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /**
     * The notes under a plot: which series coincide and how closely, measured on its data.
     *
     * @return one sentence per coinciding pair
     */
    static List<String> plotNotes(Plot plot) {
        List<String> names = plot.series().stream().map(s -> s.name()).toList();
        return PlotRenderer.coincidences(plot).stream()
                .map(c -> c.sentence(names) + "; the second is drawn dashed on the first.").toList();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
