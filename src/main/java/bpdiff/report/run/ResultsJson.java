package bpdiff.report.run;

import bpdiff.experiment.ExperimentResult;
import bpdiff.experiment.Finding;
import bpdiff.experiment.Plot;
import bpdiff.experiment.RunResult;
import bpdiff.experiment.Series;
import bpdiff.report.CompareJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
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

    private ResultsJson() {}

    /**
     * Writes a run's results as JSON text, with Jackson's streaming generator (no tree of nodes in between).
     *
     * @return the JSON, ending with a newline
     */
    public static String of(RunResult run) {
        StringWriter text = new StringWriter();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.setPrettyPrinter(printer);
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            CompareJson.writeEnvironment(json, run.environment());
            json.writeBooleanField("holds", run.holds());
            json.writeArrayFieldStart("failing");
            for (RunResult.Failure f : run.failures()) {
                json.writeString(f.experiment() + "/" + f.finding().id());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("experiments");
            for (ExperimentResult result : run.results()) {
                experiment(json, result);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("timings");
            for (ExperimentResult result : run.results()) {
                if (!result.timings().isEmpty()) {
                    json.writeObjectFieldStart(result.id());
                    for (Map.Entry<String, Double> t : result.timings().entrySet()) {
                        json.writeNumberField(t.getKey(), t.getValue());
                    }
                    json.writeEndObject();
                }
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void experiment(JsonGenerator json, ExperimentResult result) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", result.id());
        json.writeStringField("title", result.title());
        json.writeObjectFieldStart("question");
        json.writeNumberField("number", result.question().number());
        json.writeStringField("zh", result.question().chinese());
        json.writeStringField("en", result.question().english());
        json.writeEndObject();
        json.writeStringField("setup", result.setup());
        json.writeBooleanField("holds", result.holds());
        json.writeArrayFieldStart("findings");
        for (Finding finding : result.findings()) {
            json.writeStartObject();
            json.writeStringField("id", finding.id());
            json.writeStringField("statement", finding.statement());
            json.writeBooleanField("holds", finding.holds());
            json.writeObjectFieldStart("measured");
            for (Map.Entry<String, Double> e : finding.measured().entrySet()) {
                json.writeNumberField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("conclusion", result.conclusion());
        json.writeArrayFieldStart("plots");
        for (Plot plot : result.plots()) {
            json.writeStartObject();
            json.writeStringField("name", plot.name());
            json.writeStringField("file", ReportFolder.plotFile(plot));
            json.writeStringField("title", plot.title());
            json.writeStringField("xLabel", plot.xLabel());
            json.writeStringField("yLabel", plot.yLabel());
            json.writeStringField("kind", plot.kind() == Plot.Kind.BARS ? "bars" : "lines");
            json.writeBooleanField("logY", plot.logY());
            json.writeArrayFieldStart("categories");
            for (String category : plot.categories()) {
                json.writeString(category);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("series");
            for (Series s : plot.series()) {
                json.writeStartObject();
                json.writeStringField("name", s.name());
                numbers(json, "x", s.x());
                numbers(json, "y", s.y());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void numbers(JsonGenerator json, String field, double[] values) throws IOException {
        json.writeArrayFieldStart(field);
        for (double v : values) {
            json.writeNumber(v);
        }
        json.writeEndArray();
    }
}
