package bpdiff.report.run;

import bpdiff.BadInputException;
import bpdiff.experiment.ExperimentResult;
import bpdiff.experiment.Plot;
import bpdiff.experiment.RunResult;
import bpdiff.report.OutputFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the report folder of {@code bpdiff run}: {@code plots/<name>.png}, {@code report.md},
 * {@code report.html} and {@code results.json}, each atomically ({@link OutputFiles}).
 *
 * <p>The plots come from a {@link PlotPool}, which draws them while the experiments still run. PNGs in {@code plots/}
 * that this run did not write (left by an earlier, fuller run) are removed, so
 * that the folder shows only this run's plots, as its reports do.
 */
public final class ReportFolder {

    private ReportFolder() {}

    /**
     * The path of a plot inside the report folder, as the Markdown links and {@code results.json} name it.
     *
     * @return {@code plots/<name>.png}
     */
    public static String plotFile(Plot plot) {
        return "plots/" + plot.name() + ".png";
    }

    /**
     * Writes every file of the report.
     *
     * @param folder the report folder (created if missing)
     * @param drawing the plots, drawn or being drawn
     * @param flag the option that named the folder, for error messages
     * @return the files written, relative to {@code folder}, in the order written
     * @throws bpdiff.BadInputException if a file cannot be written
     */
    public static List<String> write(Path folder, RunResult run, PlotPool drawing, String flag) {
        drawing.help();
        List<String> written = new ArrayList<>();
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        for (ExperimentResult result : run.results()) {
            for (Plot plot : result.plots()) {
                byte[] png = drawing.png(plot);
                pngs.put(plot.name(), png);
                OutputFiles.write(folder.resolve(plotFile(plot)), png, flag);
                written.add(plotFile(plot));
            }
        }
        removeStalePlots(folder.resolve("plots"), pngs.keySet(), flag);
        OutputFiles.writeString(folder.resolve("results.json"), ResultsJson.of(run), flag);
        written.add("results.json");
        OutputFiles.writeString(folder.resolve("report.md"), MarkdownReport.of(run), flag);
        written.add("report.md");
        OutputFiles.writeString(folder.resolve("report.html"), HtmlReport.of(run, pngs), flag);
        written.add("report.html");
        return written;
    }

    /** Deletes the PNGs of the plots folder that are not among this run's plots. */
    private static void removeStalePlots(Path plots, Set<String> current, String flag) {
        if (!Files.isDirectory(plots)) {
            return;
        }
        try (DirectoryStream<Path> pngs = Files.newDirectoryStream(plots, "*.png")) {
            for (Path png : pngs) {
                String name = png.getFileName().toString();
                if (!current.contains(name.substring(0, name.length() - ".png".length()))) {
                    Files.delete(png);
                }
            }
        } catch (IOException | SecurityException e) {
            throw new BadInputException("cannot clear stale plots in " + plots + ": " + e.getMessage(), flag, e);
        }
    }
}
