package bpdiff.report.run;

import bpdiff.experiment.ExperimentResult;
import bpdiff.experiment.Finding;
import bpdiff.experiment.Plot;
import bpdiff.experiment.RunResult;
import bpdiff.experiment.Series;
import bpdiff.gradient.Environment;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code results.json}, schema {@code bpdiff.run/1}: every experiment's findings, conclusion and plot series.
 *
 * <pre>{@code
 * {
 *   "schema": "bpdiff.run/1",
 *   "environment": {"bpdiff", "djl", "pytorch", "dtype", "os", "arch"},
 *   "holds": true,                      // every finding holds (exit status 0)
 *   "failing": ["relu/relu-lower-after-10", ...],
 *   "experiments": [{
 *     "id", "title",
 *     "question": {"number", "zh", "en"},
 *     "setup", "holds",
 *     "findings": [{"id", "statement", "holds", "measured": {"name": number, ...}}],
 *     "conclusion",
 *     "plots": [{"name", "file": "plots/<name>.png", "title", "xLabel", "yLabel",
 *                "kind": "lines" | "bars", "logY", "categories": [...],
 *                "series": [{"name", "x": [...], "y": [...]}]}]
 *   }, ...],
 *   "timings": {"<experiment id>": {"<method>": microseconds per step, ...}}
 * }
 * }</pre>
 *
 * <p>Everything but {@code "timings"} is deterministic: two runs on one machine give the same bytes apart
 * from that key, which comes last. Non-finite numbers are written as the strings {@code "NaN"},
 * {@code "Infinity"}, {@code "-Infinity"}, as in {@code reference-results/}. Arrays are written on one line.
 */
public final class ResultsJson {

    /** The schema name written at the top. */
    public static final String SCHEMA = "bpdiff.run/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultsJson() {}

    /**
     * Writes a run's results as JSON text.
     *
     * @param run the run
     * @return the JSON, ending with a newline
     */
    public static String of(RunResult run) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        Environment env = run.environment();
        ObjectNode environment = root.putObject("environment");
        environment.put("bpdiff", env.bpdiff());
        environment.put("djl", env.djl());
        environment.put("pytorch", env.pytorch());
        environment.put("dtype", env.dtype());
        environment.put("os", env.os());
        environment.put("arch", env.arch());
        root.put("holds", run.holds());
        ArrayNode failing = root.putArray("failing");
        run.failures().forEach(f -> failing.add(f.experiment() + "/" + f.finding().id()));
        ArrayNode experiments = root.putArray("experiments");
        for (ExperimentResult result : run.results()) {
            experiment(experiments.addObject(), result);
        }
        ObjectNode timings = root.putObject("timings");
        for (ExperimentResult result : run.results()) {
            if (!result.timings().isEmpty()) {
                ObjectNode times = timings.putObject(result.id());
                result.timings().forEach(times::put);
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void experiment(ObjectNode node, ExperimentResult result) {
        node.put("id", result.id());
        node.put("title", result.title());
        ObjectNode question = node.putObject("question");
        question.put("number", result.question().number());
        question.put("zh", result.question().chinese());
        question.put("en", result.question().english());
        node.put("setup", result.setup());
        node.put("holds", result.holds());
        ArrayNode findings = node.putArray("findings");
        for (Finding finding : result.findings()) {
            ObjectNode f = findings.addObject();
            f.put("id", finding.id());
            f.put("statement", finding.statement());
            f.put("holds", finding.holds());
            ObjectNode measured = f.putObject("measured");
            for (Map.Entry<String, Double> e : finding.measured().entrySet()) {
                measured.put(e.getKey(), e.getValue());
            }
        }
        node.put("conclusion", result.conclusion());
        ArrayNode plots = node.putArray("plots");
        for (Plot plot : result.plots()) {
            ObjectNode p = plots.addObject();
            p.put("name", plot.name());
            p.put("file", ReportFolder.plotFile(plot));
            p.put("title", plot.title());
            p.put("xLabel", plot.xLabel());
            p.put("yLabel", plot.yLabel());
            p.put("kind", plot.kind() == Plot.Kind.BARS ? "bars" : "lines");
            p.put("logY", plot.logY());
            ArrayNode categories = p.putArray("categories");
            plot.categories().forEach(categories::add);
            ArrayNode series = p.putArray("series");
            for (Series s : plot.series()) {
                ObjectNode line = series.addObject();
                line.put("name", s.name());
                numbers(line.putArray("x"), s.x());
                numbers(line.putArray("y"), s.y());
            }
        }
    }

    private static void numbers(ArrayNode array, double[] values) {
        for (double v : values) {
            array.add(v);
        }
    }
}
