package bpdiff.serve;

import bpdiff.BadInputException;
import bpdiff.command.CheckSettings;
import bpdiff.command.ComparisonSettings;
import bpdiff.command.NetworkSettings;
import bpdiff.command.NetworkSource;
import bpdiff.command.OptionStyle;
import bpdiff.command.Watch;
import bpdiff.diff.Mode;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.Initialization;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkLoader;
import bpdiff.program.ProgramLimits;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON body of {@code POST /api/check} and {@code POST /api/compare}, each problem named by its field:
 *
 * <pre>{@code
 * {"network": <a network document, or the id of one from GET /api/networks; omitted: the lecture>,
 *  "derivation": "<a program's or a formula list's text>" (check only), or "notebook": <a Jupyter notebook's
 *  document, nbformat 4> (check only), "loss-name": "E", "params": ["w1", …]
 *  (check only, for a program), "manual": "buggy|corrected|general" (compare only), "lockstep": false (compare only),
 *  "dtype": "float64", "epochs": 1, "activation": "sigmoid" (or "relu,identity" or ["relu", "identity"]), "loss": "half-sse", "lr": 1.0, "init": "given",
 *  "seed": 1, "views": false}
 * }</pre>
 *
 * <p>The fields are the command's flags without their dashes and mean the same: the network's options become the
 * command's own {@link NetworkSettings}, which refuses exactly what the command line refuses, with the same
 * message. {@code "views": true} adds the renderings the page shows and offers for download. A field of another
 * endpoint is refused naming it ({@code POST /api/diff}'s body is a {@link DiffRequest}).
 *
 * @param kind which endpoint
 * @param network the network's options as given ({@code null} where a field was not given)
 * @param derivation check: the text to check; compare: {@code null}
 * @param lossName check: a program's loss variable, or {@code null}
 * @param parameters check: a program's parameters, or empty
 * @param manual compare: the hand derivation, or {@code null} for the network's default
 * @param lockstep compare: evaluate every source at autograd's weights
 * @param views whether to add the HTML, Markdown and JUnit XML renderings
 * @param notebook check: whether {@code derivation} is a notebook's JSON (its {@code "notebook"} field)
 */
public record ApiRequest(Kind kind, NetworkSettings network, String derivation, String lossName,
        List<String> parameters, HandDerivation manual, boolean lockstep, boolean views, boolean notebook) {

    /** A request whose text, if any, is a program's or a formula list's (not a notebook's); as the canonical one. */
    public ApiRequest(Kind kind, NetworkSettings network, String derivation, String lossName,
            List<String> parameters, HandDerivation manual, boolean lockstep, boolean views) {
        this(kind, network, derivation, lossName, parameters, manual, lockstep, views, false);
    }

    /** The endpoint a request was sent to. */
    public enum Kind {
        /** {@code POST /api/check}. */
        CHECK,
        /** {@code POST /api/compare}. */
        COMPARE
    }

    /** The options that describe a network: what {@code bpdiff diff} does not take. */
    static final List<String> NETWORK_OPTIONS = List.of("network", "epochs", "activation", "loss", "lr", "init",
            "seed");
    private static final List<String> COMMON = List.of("network", "dtype", "epochs", "activation", "loss", "lr",
            "init", "seed", "views");
    private static final List<String> CHECK_ONLY = List.of("derivation", "notebook", "loss-name", "loss-expr", "params");
    private static final List<String> COMPARE_ONLY = List.of("manual", "lockstep");

    /** Makes the list unmodifiable. */
    public ApiRequest {
        parameters = List.copyOf(parameters);
    }

    /**
     * @param kind the endpoint
     * @param body the body's bytes (at most {@link ServeSettings#MAX_BODY_BYTES})
     * @param catalog the networks a request may name
     * @return the request
     * @throws BadInputException with the field's name for anything that is not JSON or not a valid request
     */
    public static ApiRequest read(Kind kind, byte[] body, Catalog catalog) {
        JsonNode root = Fields.object(body);
        allowOnly(kind, root);
        NetworkSettings network = new NetworkSettings(network(root.get("network"), catalog),
                root.has("dtype") ? Precision.parse(Fields.text(root, "dtype"), "dtype") : Precision.FLOAT64,
                root.has("epochs") ? epochs(root.get("epochs")) : null,
                root.has("lr") ? learningRate(root.get("lr")) : null,
                root.has("activation") ? activations(root) : null,
                root.has("loss") ? LossFunction.parse(Fields.text(root, "loss"), "loss") : null,
                root.has("init") ? Initialization.parse(Fields.text(root, "init"), "init") : null,
                root.has("seed") ? seed(root.get("seed")) : null, OptionStyle.API);
        boolean views = Fields.flag(root, "views");
        if (kind == Kind.COMPARE) {
            HandDerivation manual = root.hasNonNull("manual")
                    ? HandDerivation.parse(Fields.text(root, "manual"), "manual") : null;
            return new ApiRequest(kind, network, null, null, List.of(), manual, Fields.flag(root, "lockstep"), views);
        }
        if (root.hasNonNull("notebook")) {
            if (root.has("derivation")) {
                throw new BadInputException("give \"derivation\" or \"notebook\", not both", "notebook");
            }
            if (!root.get("notebook").isObject()) {
                throw new BadInputException("expected a Jupyter notebook's document (a JSON object)", "notebook");
            }
            return new ApiRequest(kind, network, root.get("notebook").toString(),
                    Fields.loss(root), Fields.texts(root, "params"),
                    null, false, views, true);
        }
        if (!root.hasNonNull("derivation")) {
            throw new BadInputException("no derivation given: \"derivation\" holds the text to check, a program or "
                    + "one 'name = expression' per line (or \"notebook\" a Jupyter notebook)", "derivation");
        }
        return new ApiRequest(kind, network, Fields.text(root, "derivation"),
                Fields.loss(root), Fields.texts(root, "params"),
                null, false, views);
    }

    /**
     * @param limits the interpreter's limits for a program
     * @param watch the request's time limit
     * @return what to check and how, as {@code bpdiff check} takes it
     */
    public CheckSettings checkSettings(ProgramLimits limits, Watch watch) {
        return new CheckSettings(network, lossName, parameters, limits, null, watch);
    }

    /**
     * @return what to compare, as {@code bpdiff compare} takes it, with the network's options applied
     * @throws BadInputException for an option the command line refuses too
     */
    public ComparisonSettings comparison() {
        return new ComparisonSettings(network.spec(), network.precision(), manual,
                lockstep ? Mode.LOCKSTEP : Mode.INDEPENDENT, OptionStyle.API);
    }

    /**
     * A request's {@code "activation"}: one name ({@code "relu"}), names joined by commas as on the command line
     * ({@code "relu,identity"}), or an array of one name per computed layer, as a network file writes it.
     */
    private static List<Activation> activations(JsonNode root) {
        if (root.get("activation").isArray()) {
            List<Activation> activations = new ArrayList<>();
            List<String> names = Fields.texts(root, "activation");
            for (int l = 0; l < names.size(); l++) {
                activations.add(Activation.parse(names.get(l), "activation[" + l + "]"));
            }
            if (activations.isEmpty()) {
                throw new BadInputException("expected one activation name or one per computed layer", "activation");
            }
            return activations;
        }
        return Activation.parseList(Fields.text(root, "activation"), "activation");
    }

    private static NetworkSource network(JsonNode network, Catalog catalog) {
        if (network == null || network.isNull()) {
            return null;
        }
        if (network.isTextual()) {
            return catalog.network(network.asText());
        }
        if (network.isObject()) {
            return NetworkSource.of(NetworkLoader.parse(network, "network"), "network");
        }
        throw new BadInputException("expected a network document (a JSON object) or the id of a network of "
                + "GET /api/networks", "network");
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
            String endpoint = endpointOf(field);
            if (endpoint != null) {
                throw new BadInputException("\"" + field + "\" belongs to " + endpoint, field);
            }
            throw new BadInputException("unknown field \"" + field + "\" (known: " + String.join(", ", known) + ")",
                    field);
        }
    }

    /**
     * @param field a field of a request body that not every endpoint takes
     * @return the endpoints that take it, e.g. {@code POST /api/check and POST /api/diff}; {@code null} for a field
     *     no endpoint takes
     */
    static String endpointOf(String field) {
        List<String> endpoints = new ArrayList<>();
        if (CHECK_ONLY.contains(field)) {
            endpoints.add("POST /api/check");
        }
        if (COMPARE_ONLY.contains(field)) {
            endpoints.add("POST /api/compare");
        }
        if (DiffRequest.FIELDS.contains(field)) {
            endpoints.add("POST /api/diff");
        }
        return endpoints.isEmpty() ? null : String.join(" and ", endpoints);
    }

    /** A whole number as it is; anything else is refused as the command line refuses epochs out of range. */
    private static Integer epochs(JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw NetworkSettings.epochsOutOfRange(value, OptionStyle.API);
        }
        return value.asInt();
    }

    private static Double learningRate(JsonNode value) {
        if (!value.isNumber()) {
            throw NetworkSettings.learningRateNotPositive(value, OptionStyle.API);
        }
        return value.asDouble();
    }

    private static Long seed(JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new BadInputException("the seed must be a whole number, found " + value, "seed");
        }
        return value.asLong();
    }
}
