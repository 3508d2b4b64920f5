package bpdiff.report.run;

import bpdiff.experiment.ExperimentResult;
import bpdiff.experiment.RunResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The console summary of {@code bpdiff run}: one line per experiment with its verdict and the first sentence
 * of its conclusion, the failing findings by name, and where the report is.
 */
public final class ConsoleSummary {

    private ConsoleSummary() {}

    /**
     * Prints the summary.
     *
     * @param folder the report folder
     * @param written the files written, relative to {@code folder}
     * @param out standard output
     */
    public static void print(RunResult run, Path folder, List<String> written, PrintWriter out) {
        out.println("bpdiff run: " + run.results().size() + " experiments, dtype " + run.environment().dtype()
                + " (PyTorch " + run.environment().pytorch() + ", DJL " + run.environment().djl() + ")");
        int width = run.results().stream().mapToInt(r -> r.id().length()).max().orElse(0);
        for (ExperimentResult r : run.results()) {
            out.println(String.format(Locale.ROOT, "  %-4s %-" + width + "s %5s  %s", r.holds() ? "ok" : "FAIL", r.id(),
                    MarkdownReport.holding(r), firstSentence(r.conclusion())));
        }
        out.println(MarkdownReport.verdict(run));
        for (RunResult.Failure f : run.failures()) {
            out.println("  FAILED " + f.experiment() + "/" + f.finding().id() + ": " + f.finding().statement()
                    + " (measured: " + MarkdownReport.measured(f.finding().measured()) + ")");
        }
        long plots = written.stream().filter(w -> w.startsWith("plots/")).count();
        out.println("Report: " + folder.resolve("report.html") + ", " + folder.resolve("report.md") + ", "
                + folder.resolve("results.json") + ", " + plots + " plots in " + folder.resolve("plots"));
        out.flush();
    }

    /**
     * The first sentence of a text: up to the first full stop followed by a space (so that decimals such as
     * {@code 0.56} do not end it).
     *
     * @return its first sentence
     */
    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
