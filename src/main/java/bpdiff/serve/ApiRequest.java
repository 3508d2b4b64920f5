package bpdiff.serve;

import bpdiff.BadInputException;
import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.Initialization;
import bpdiff.network.Limits;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkLoader;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON body of {@code POST /api/check} and {@code POST /api/compare}, read and checked as the command
 * line checks its flags, each problem named by its field:
 *
 * <pre>{@code
 * {"network": <a network document, or the id of one from GET /api/networks; omitted: the lecture>,
 *  "derivation": "<the derivation's text>" (check only), "manual": "buggy|corrected|general" (compare only),
 *  "lockstep": false (compare only), "dtype": "float64", "epochs": 1, "activation": "sigmoid", "loss": "half-sse",
 *  "lr": 1.0, "init": "given", "seed": 1, "views": false}
 * }</pre>
 *
 * <p>The fields are the command's flags without their dashes and mean the same. {@code "views": true} adds
 * the renderings the page shows and offers for download.
 *
 * @param kind which endpoint
 * @param network the network with every option applied
 * @param precision the engine's precision
 * @param epochs the {@code "epochs"} field, or {@code null} when it was not given
 * @param derivation check: the derivation's text; compare: {@code null}
 * @param manual compare: the hand derivation, or {@code null} for the network's default
 * @param lockstep compare: evaluate every source at autograd's weights
 * @param views whether to add the HTML, Markdown and JUnit XML renderings
 */
public record ApiRequest(Kind kind, NetworkSpec network, Precision precision, Integer epochs, String derivation,
        String manual, boolean lockstep, boolean views) {

    /** The endpoint a request was sent to. */
    public enum Kind {
        /** {@code POST /api/check}. */
        CHECK,
        /** {@code POST /api/compare}. */
        COMPARE
    }

    private static final List<String> COMMON = List.of("network", "dtype", "epochs", "activation", "loss", "lr",
            "init", "seed", "views");
    private static final List<String> CHECK_ONLY = List.of("derivation");
    private static final List<String> COMPARE_ONLY = List.of("manual", "lockstep");
    private static final Set<String> MANUALS = Set.of("buggy", "corrected", "general");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Reads a request body.
     *
     * @param kind the endpoint
     * @param body the body's bytes (at most {@link ServeSettings#MAX_BODY_BYTES})
     * @param catalog the networks a request may name
     * @return the request
     * @throws BadInputException with the field's name for anything that is not JSON or not a valid request
     */
    public static ApiRequest read(Kind kind, byte[] body, Catalog catalog) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new BadInputException("the request body is not valid JSON: " + e.getOriginalMessage(),
                    at == null ? "request body" : "request body:" + at.getLineNr() + ":" + at.getColumnNr(), e);
        } catch (IOException e) {
            throw new BadInputException("cannot read the request body", "request body", e);
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new BadInputException("the request body must be a JSON object, e.g. {\"derivation\": \"...\"}",
                    "request body");
        }
        allowOnly(kind, root);
        JsonNode network = root.get("network");
        NetworkSpec spec;
        if (network == null || network.isNull()) {
            spec = Networks.lecture();
        } else if (network.isTextual()) {
            spec = catalog.network(network.asText());
        } else if (network.isObject()) {
            spec = NetworkLoader.parse(network, "network");
        } else {
            throw new BadInputException("expected a network document (a JSON object) or the id of a network of "
                    + "GET /api/networks", "network");
        }
        Integer epochs = root.has("epochs") ? epochs(root.get("epochs")) : null;
        Double learningRate = root.has("lr") ? learningRate(root.get("lr")) : null;
        if (root.has("activation")) {
            spec = spec.withActivation(Activation.parse(text(root, "activation"), "activation"));
        }
        if (root.has("loss")) {
            spec = spec.withLoss(LossFunction.parse(text(root, "loss"), "loss"));
        }
        if (learningRate != null) {
            spec = spec.withLearningRate(learningRate);
        }
        if (epochs != null) {
            spec = spec.withEpochs(epochs);
        }
        Initialization init = root.has("init") ? Initialization.parse(text(root, "init"), "init")
                : Initialization.GIVEN;
        spec = init.apply(spec, root.has("seed") ? seed(root.get("seed")) : 1);
        Precision precision = root.has("dtype") ? Precision.parse(text(root, "dtype"), "dtype") : Precision.FLOAT64;
        String derivation = null;
        String manual = null;
        if (kind == Kind.CHECK) {
            if (!root.hasNonNull("derivation")) {
                throw new BadInputException("no derivation given: \"derivation\" holds the text to check, one "
                        + "'name = expression' per line", "derivation");
            }
            derivation = text(root, "derivation");
        } else if (root.hasNonNull("manual")) {
            manual = text(root, "manual");
            if (!MANUALS.contains(manual)) {
                throw new BadInputException("unknown hand derivation '" + manual
                        + "', expected buggy, corrected or general", "manual");
            }
        }
        return new ApiRequest(kind, spec, precision, epochs, derivation, manual, flag(root, "lockstep"),
                flag(root, "views"));
    }

    /**
     * The epochs to run: the {@code "epochs"} field, or the command's own default.
     *
     * @param fallback the default when the field was not given
     * @return the epochs
     */
    public int epochsOr(int fallback) {
        return epochs == null ? fallback : epochs;
    }

    private static void allowOnly(Kind kind, JsonNode root) {
        Set<String> known = new TreeSet<>(COMMON);
        known.addAll(kind == Kind.CHECK ? CHECK_ONLY : COMPARE_ONLY);
        Iterator<String> fields = root.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (known.contains(field)) {
                continue;
            }
            if (CHECK_ONLY.contains(field) || COMPARE_ONLY.contains(field)) {
                throw new BadInputException("\"" + field + "\" belongs to POST /api/"
                        + (CHECK_ONLY.contains(field) ? "check" : "compare"), field);
            }
            throw new BadInputException("unknown field \"" + field + "\" (known: " + String.join(", ", known) + ")",
                    field);
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (!value.isTextual()) {
            throw new BadInputException("expected a string", field);
        }
        return value.asText();
    }

    private static boolean flag(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new BadInputException("expected true or false", field);
        }
        return value.asBoolean();
    }

    private static int epochs(JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()
                || value.asInt() < 1 || value.asInt() > Limits.MAX_EPOCHS) {
            throw new BadInputException("epochs must be between 1 and " + Limits.MAX_EPOCHS + ", found " + value,
                    "epochs");
        }
        return value.asInt();
    }

    private static double learningRate(JsonNode value) {
        if (!value.isNumber() || !(Double.isFinite(value.asDouble()) && value.asDouble() > 0)) {
            throw new BadInputException("the learning rate must be a finite number greater than 0, found " + value,
                    "lr");
        }
        return value.asDouble();
    }

    private static long seed(JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new BadInputException("the seed must be a whole number, found " + value, "seed");
        }
        return value.asLong();
    }
}
