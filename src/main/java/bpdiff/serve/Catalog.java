package bpdiff.serve;

import bpdiff.BadInputException;
import bpdiff.network.NetworkLoader;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The networks and derivations the page offers: the repository's {@code examples/}, which the jar carries as
 * resources under {@code bpdiff/examples/}. They are read once, when the server starts; a request names an
 * example by its id (its file's stem) and never by a path.
 */
public final class Catalog {

    /** The example networks, by the stem of their file in {@code examples/networks/}; the first is the default. */
    static final List<String> NETWORKS = List.of("lecture", "shared-bias");
    /** The example derivations, by the stem of their file in {@code examples/derivations/}, as the page lists them. */
    static final List<String> DERIVATIONS = List.of("published", "corrected", "corrected-deltas",
            "mistake-after-update", "mistake-factor-two", "mistake-missing-derivative", "mistake-missing-path",
            "mistake-sign", "mistake-wrong-weight");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, JsonNode> networks = new LinkedHashMap<>();
    private final Map<String, String> derivations = new LinkedHashMap<>();
    private final String networksJson;
    private final String examplesJson;

    /** Reads the examples from the class path. */
    public Catalog() {
        for (String id : NETWORKS) {
            JsonNode document = readJson("networks/" + id + ".json");
            NetworkLoader.parse(document, id + ".json");
            networks.put(id, document);
        }
        for (String id : DERIVATIONS) {
            derivations.put(id, read("derivations/" + id + ".py"));
        }
        networksJson = renderNetworks();
        examplesJson = renderExamples();
    }

    /**
     * A network by its id.
     *
     * @param id an id of {@code GET /api/networks}
     * @return the network; the lecture is the built-in one every command uses
     * @throws BadInputException if there is no such network
     */
    public NetworkSpec network(String id) {
        if (id.equals(NETWORKS.get(0))) {
            return Networks.lecture();
        }
        JsonNode document = networks.get(id);
        if (document == null) {
            throw new BadInputException("unknown network '" + id + "'; give a network document, or one of "
                    + String.join(", ", NETWORKS) + " (GET /api/networks)", "network");
        }
        return NetworkLoader.parse(document, id + ".json");
    }

    /** @return the answer to {@code GET /api/networks}: id, description, shape and document of each network */
    public String networksJson() {
        return networksJson;
    }

    /** @return the answer to {@code GET /api/examples}: the example derivations, id and text */
    public String examplesJson() {
        return examplesJson;
    }

    private String renderNetworks() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("networks");
        networks.forEach((id, document) -> {
            NetworkSpec spec = network(id);
            ObjectNode entry = list.addObject();
            entry.put("id", id);
            entry.put("default", id.equals(NETWORKS.get(0)));
            entry.put("description", document.path("description").asText(""));
            ArrayNode layers = entry.putArray("layers");
            for (int size : spec.layerSizes()) {
                layers.add(size);
            }
            entry.put("parameters", spec.parameterCount());
            entry.put("activation", spec.activation().id());
            entry.put("loss", spec.loss().id());
            entry.put("learningRate", spec.learningRate());
            entry.put("epochs", spec.epochs());
            entry.set("network", document);
        });
        return write(root);
    }

    private String renderExamples() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("derivations");
        derivations.forEach((id, text) -> list.addObject().put("id", id).put("text", text));
        return write(root);
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readJson(String name) {
        try {
            return MAPPER.readTree(read(name));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the jar's example " + name + " is not JSON", e);
        }
    }

    private static String read(String name) {
        try (InputStream in = Catalog.class.getResourceAsStream("/bpdiff/examples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the example " + name + " (built without examples/?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
