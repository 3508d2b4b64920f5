package bpdiff.report;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Localisation;
import bpdiff.diff.NeuronDiff;
import bpdiff.diff.NonFinite;
import bpdiff.diff.OutOfDomain;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.StepDiff;
import bpdiff.diff.Summary;
import bpdiff.diff.Tolerance;
import bpdiff.gradient.Environment;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The JSON contract of {@code bpdiff compare} (schema {@code bpdiff.compare/1}, documented in README).
 *
 * <p>Field names are stable; fields may be added. Every number is written in full precision (the
 * shortest decimal that reads back as the same double); a non-finite number is written as {@code null}.
 * The output is deterministic: the same comparison gives the same bytes.
 */
public final class CompareJson {

    /** The schema name written into every document. */
    public static final String SCHEMA = "bpdiff.compare/1";

    private CompareJson() {}

    /**
     * Renders a comparison.
     *
     * @param result the comparison
     * @param environment what it was computed with
     * @return the JSON document, ending with a newline
     */
    public static String render(ComparisonResult result, Environment environment) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeStringField("network", result.network());
            json.writeStringField("dtype", result.precision().id());
            json.writeStringField("manual", result.manual());
            json.writeStringField("mode", result.mode().id());
            json.writeNumberField("learningRate", result.learningRate());
            json.writeNumberField("epochs", result.epochs());
            writeTolerance(json, result);
            json.writeArrayFieldStart("parameters");
            for (String name : result.parameterNames()) {
                json.writeString(name);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("steps");
            for (StepDiff step : result.steps()) {
                writeStep(json, step);
            }
            json.writeEndArray();
            writeSummary(json, result.summary());
            json.writeObjectFieldStart("environment");
            json.writeStringField("bpdiff", environment.bpdiff());
            json.writeStringField("djl", environment.djl());
            json.writeStringField("pytorch", environment.pytorch());
            json.writeStringField("dtype", environment.dtype());
            json.writeStringField("os", environment.os());
            json.writeStringField("arch", environment.arch());
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void writeTolerance(JsonGenerator json, ComparisonResult result) throws IOException {
        Tolerance numeric = Tolerance.forNumeric(result.precision());
        json.writeObjectFieldStart("tolerance");
        json.writeStringField("rule", "|a - b| <= absolute + relative * |b|");
        json.writeNumberField("absolute", result.tolerance().absolute());
        json.writeNumberField("relative", result.tolerance().relative());
        json.writeNumberField("numericAbsolute", numeric.absolute());
        json.writeNumberField("numericRelative", numeric.relative());
        json.writeEndObject();
    }

    private static void writeStep(JsonGenerator json, StepDiff step) throws IOException {
        json.writeStartObject();
        json.writeNumberField("epoch", step.epoch());
        json.writeObjectFieldStart("loss");
        number(json, "manual", step.lossManual());
        number(json, "autograd", step.lossAutograd());
        number(json, "numeric", step.lossNumeric());
        json.writeEndObject();
        json.writeArrayFieldStart("forward");
        for (NeuronDiff n : step.neurons()) {
            json.writeStartObject();
            json.writeNumberField("sample", n.sample());
            json.writeStringField("neuron", n.neuron());
            pair(json, "in", n.inManual(), n.inAutograd());
            pair(json, "out", n.outManual(), n.outAutograd());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("parameters");
        for (ParameterDiff p : step.parameters()) {
            json.writeStartObject();
            json.writeStringField("name", p.name());
            json.writeObjectFieldStart("gradient");
            number(json, "manual", p.gradientManual());
            number(json, "autograd", p.gradientAutograd());
            number(json, "numeric", p.gradientNumeric());
            json.writeEndObject();
            pair(json, "updated", p.updatedManual(), p.updatedAutograd());
            number(json, "absError", p.absError());
            number(json, "relError", p.relError());
            if (p.ulpsFloat32() == Long.MAX_VALUE) {
                json.writeNullField("ulpsFloat32");
            } else {
                json.writeNumberField("ulpsFloat32", p.ulpsFloat32());
            }
            json.writeStringField("verdict", p.verdict().id());
            json.writeStringField("numericAgreesWith", p.numericSidesWith().id());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeLocalisation(json, step.localisation());
        json.writeEndObject();
    }

    private static void writeSummary(JsonGenerator json, Summary summary) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeArrayFieldStart("mismatched");
        for (String name : summary.mismatched()) {
            json.writeString(name);
        }
        json.writeEndArray();
        if (summary.firstMismatchEpoch() == null) {
            json.writeNullField("firstMismatchEpoch");
        } else {
            json.writeNumberField("firstMismatchEpoch", summary.firstMismatchEpoch());
        }
        json.writeStringField("verdict", summary.verdict().id());
        json.writeStringField("wrongSide", summary.wrongSide() == null ? null : summary.wrongSide().id());
        writeLocalisation(json, summary.localisation());
        json.writeArrayFieldStart("nonFinite");
        for (NonFinite n : summary.nonFinite()) {
            writeStop(json, n.source().id(), n.epoch(), n.quantity());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("saturated");
        for (String neuron : summary.saturated()) {
            json.writeString(neuron);
        }
        json.writeEndArray();
        json.writeNumberField("comparedEpochs", summary.comparedEpochs());
        if (summary.diverged() == null) {
            json.writeNullField("diverged");
        } else {
            json.writeObjectFieldStart("diverged");
            json.writeNumberField("epoch", summary.diverged().epoch());
            json.writeStringField("quantity", summary.diverged().quantity());
            json.writeStringField("cause", summary.diverged().outOfDomain() ? "out-of-domain" : "non-finite");
            json.writeEndObject();
        }
        json.writeArrayFieldStart("outOfDomain");
        for (OutOfDomain o : summary.outOfDomain()) {
            writeStop(json, o.source().id(), o.epoch(), o.quantity());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** One source that stopped: {@code {"source", "epoch", "quantity"}}. */
    private static void writeStop(JsonGenerator json, String source, int epoch, String quantity) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", source);
        json.writeNumberField("epoch", epoch);
        json.writeStringField("quantity", quantity);
        json.writeEndObject();
    }

    private static void writeLocalisation(JsonGenerator json, Localisation where) throws IOException {
        if (where == null) {
            json.writeNullField("localisation");
            return;
        }
        json.writeObjectFieldStart("localisation");
        json.writeNumberField("epoch", where.epoch());
        json.writeStringField("quantity", where.quantity());
        json.writeStringField("layer", where.layer());
        number(json, "manual", where.manual());
        number(json, "autograd", where.autograd());
        json.writeEndObject();
    }

    private static void pair(JsonGenerator json, String field, double manual, double autograd) throws IOException {
        json.writeObjectFieldStart(field);
        number(json, "manual", manual);
        number(json, "autograd", autograd);
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(field, value);
        } else {
            json.writeNullField(field);
        }
    }
}
