package bpdiff.report;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.ComparisonSetup;
import bpdiff.diff.Float32Clamp;
import bpdiff.diff.Localisation;
import bpdiff.diff.NeuronDiff;
import bpdiff.diff.NonFinite;
import bpdiff.diff.OutOfDomain;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.StepDiff;
import bpdiff.diff.StepListener;
import bpdiff.diff.Summary;
import bpdiff.diff.Tolerance;
import bpdiff.gradient.Environment;
import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The JSON contract of {@code bpdiff compare} (schema {@code bpdiff.compare/1}, documented in docs/json.md).
 *
 * <p>Field names are stable; fields may be added. Every number is written in full precision (the
 * shortest decimal that reads back as the same double); a non-finite number is written as {@code null}.
 * The output is deterministic: the same comparison gives the same bytes, written whole ({@link #render}) or epoch
 * by epoch as they are compared ({@link #start}, {@link #compared}, {@link #finish}).
 */
public final class CompareJson implements StepListener {

    /** The schema name written into every document. */
    public static final String SCHEMA = "bpdiff.compare/1";

    private final JsonGenerator json;

    private CompareJson(JsonGenerator json) {
        this.json = json;
    }

    /**
     * @param environment what it was computed with
     * @return the comparison's JSON document with its kept epochs (every one, unless streamed), ending with a newline
     */
    public static String render(ComparisonResult result, Environment environment) {
        StringWriter text = new StringWriter();
        CompareJson document = start(text, result.setup());
        result.steps().forEach(document::compared);
        document.finish(result.summary(), environment);
        return text.toString();
    }

    /**
     * Starts a document whose epochs are written as they are compared ({@link #compared}), so that memory does not
     * grow with their number: the settings first, then {@code "steps"}, then {@link #finish}.
     *
     * @param out where the text goes; not closed
     * @param setup what is compared
     * @return the document, its {@code "steps"} array open
     */
    public static CompareJson start(Writer out, ComparisonSetup setup) {
        NetworkSpec network = setup.network();
        try {
            JsonGenerator json = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build()
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out);
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeStringField("network", network.name());
            writeActivations(json, network.activations());
            json.writeStringField("dtype", setup.precision().id());
            json.writeStringField("manual", setup.manual());
            json.writeStringField("mode", setup.mode().id());
            json.writeNumberField("learningRate", network.learningRate());
            json.writeNumberField("epochs", network.epochs());
            writeTolerance(json, setup.precision());
            json.writeArrayFieldStart("parameters");
            for (String name : network.parameterNames()) {
                json.writeString(name);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("steps");
            return new CompareJson(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code "activation"}: one name when every computed layer has the same, else an array, as network files. */
    private static void writeActivations(JsonGenerator json, List<Activation> activations) throws IOException {
        if (activations.stream().distinct().count() == 1) {
            json.writeStringField("activation", activations.get(0).id());
            return;
        }
        json.writeArrayFieldStart("activation");
        for (Activation a : activations) {
            json.writeString(a.id());
        }
        json.writeEndArray();
    }

    /** Writes one compared epoch. */
    @Override
    public void compared(StepDiff step) {
        try {
            writeStep(json, step);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the document: the comparison's summary, the environment it was computed with and a newline. */
    public void finish(Summary summary, Environment environment) {
        try {
            json.writeEndArray();
            writeSummary(json, summary);
            writeEnvironment(json, environment);
            json.writeEndObject();
            json.writeRaw('\n');
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code "environment"}, as every JSON document of bpdiff's carries it.
     *
     * @param json the generator, inside an object
     * @throws IOException if the text cannot be written
     */
    public static void writeEnvironment(JsonGenerator json, Environment environment) throws IOException {
        json.writeObjectFieldStart("environment");
        json.writeStringField("bpdiff", environment.bpdiff());
        json.writeStringField("djl", environment.djl());
        json.writeStringField("pytorch", environment.pytorch());
        json.writeStringField("dtype", environment.dtype());
        json.writeStringField("os", environment.os());
        json.writeStringField("arch", environment.arch());
        json.writeEndObject();
    }

    private static void writeTolerance(JsonGenerator json, Precision precision) throws IOException {
        Tolerance tolerance = Tolerance.forAutograd(precision);
        Tolerance numeric = Tolerance.forNumeric(precision);
        json.writeObjectFieldStart("tolerance");
        json.writeStringField("rule", "|a - b| <= absolute + relative * |b|");
        json.writeNumberField("absolute", tolerance.absolute());
        json.writeNumberField("relative", tolerance.relative());
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
        Float32Clamp clamp = summary.float32Clamp();
        if (clamp != null) {
            // only when it explains the mismatch (wrongSide "neither"): older documents stay byte for byte
            json.writeObjectFieldStart("float32Clamp");
            json.writeNumberField("epoch", clamp.epoch());
            json.writeStringField("output", clamp.output());
            json.writeNumberField("sample", clamp.sample());
            pair(json, "out", clamp.outManual(), clamp.outAutograd());
            pair(json, "loss", clamp.lossManual(), clamp.lossAutograd());
            json.writeEndObject();
        }
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
