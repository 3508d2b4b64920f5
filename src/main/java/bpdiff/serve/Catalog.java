package bpdiff.serve;

import bpdiff.BadInputException;
import bpdiff.command.NetworkSource;
import bpdiff.network.NetworkLoader;
import bpdiff.network.NetworkSpec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The networks, formula lists and programs the page offers: the repository's {@code examples/}, which the jar
 * carries as resources under {@code bpdiff/examples/}. They are listed and read once, when the server starts; a
 * request names an example network by its id (its file's stem) and never by a path.
 */
public final class Catalog {

    /** The lecture network: built in, the default, listed first. */
    static final String LECTURE = "lecture";
    /** The derivations the page's buttons offer, listed first. */
    static final List<String> FIRST_DERIVATIONS = List.of("published", "corrected");
    /** The programs the page's buttons offer, the homework as published and corrected, then the matrix form. */
    static final List<String> FIRST_PROGRAMS = List.of("homework2-published", "homework2-corrected", "lecture-matrix");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Each example network's document, as the catalog sends it, and the network read from it once. */
    private record Example(JsonNode document, NetworkSpec spec) {}

    private final Map<String, Example> networks = new LinkedHashMap<>();
    private final Map<String, String> derivations = new LinkedHashMap<>();
    private final Map<String, String> programs = new LinkedHashMap<>();
    private final String networksJson;
    private final String examplesJson;

    /** Reads the examples from the class path. */
    public Catalog() {
        for (String id : ids("networks", ".json", List.of(LECTURE))) {
            JsonNode document = readJson("networks/" + id + ".json");
            networks.put(id, new Example(document, NetworkLoader.parse(document, id + ".json")));
        }
        for (String id : ids("derivations", ".py", FIRST_DERIVATIONS)) {
            derivations.put(id, read("derivations/" + id + ".py"));
        }
        for (String id : ids("programs", ".py", FIRST_PROGRAMS)) {
            programs.put(id, read("programs/" + id + ".py"));
        }
        networksJson = renderNetworks();
        examplesJson = renderExamples();
    }

    /**
     * A network by its id.
     *
     * @param id an id of {@code GET /api/networks}
     * @return the network, named in messages as its file; the lecture is the built-in one every command uses
     * @throws BadInputException if there is no such network
     */
    public NetworkSource network(String id) {
        if (id.equals(LECTURE)) {
            return NetworkSource.lecture();
        }
        Example example = networks.get(id);
        if (example == null) {
            throw new BadInputException("unknown network '" + id + "'; give a network document, or one of "
                    + String.join(", ", networks.keySet()) + " (GET /api/networks)", "network");
        }
        return NetworkSource.of(example.spec(), id + ".json");
    }

    /** @return the answer to {@code GET /api/networks}: id, description, shape and document of each network */
    public String networksJson() {
        return networksJson;
    }

    /** @return the answer to {@code GET /api/examples}: the example formula lists and programs, id and text */
    public String examplesJson() {
        return examplesJson;
    }

    private String renderNetworks() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("networks");
        networks.forEach((id, example) -> {
            NetworkSpec spec = network(id).load();
            JsonNode document = example.document();
            ObjectNode entry = list.addObject();
            entry.put("id", id);
            entry.put("default", id.equals(LECTURE));
            entry.put("description", document.path("description").asText(""));
            ArrayNode layers = entry.putArray("layers");
            for (int size : spec.layerSizes()) {
                layers.add(size);
            }
            entry.put("parameters", spec.parameterCount());
            entry.put("activation", spec.activationNames());
            entry.put("loss", spec.loss().id());
            entry.put("learningRate", spec.learningRate());
            entry.put("epochs", spec.epochs());
            entry.set("network", document);
        });
        return write(root);
    }

    private String renderExamples() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode formulas = root.putArray("derivations");
        derivations.forEach((id, text) -> formulas.addObject().put("id", id).put("text", text));
        ArrayNode list = root.putArray("programs");
        programs.forEach((id, text) -> list.addObject().put("id", id).put("text", text));
        return write(root);
    }

    /** @return the ids of the networks, the lecture first */
    List<String> networkIds() {
        return List.copyOf(networks.keySet());
    }

    /** @return the ids of the derivations, the published and corrected formulas first */
    List<String> derivationIds() {
        return List.copyOf(derivations.keySet());
    }

    /** @return the ids of the programs, the homework's and the matrix form first */
    List<String> programIds() {
        return List.copyOf(programs.keySet());
    }

    /**
     * The stems of the files in a folder of the jar's examples: {@code first} in that order, then the rest
     * alphabetically.
     */
    private static List<String> ids(String folder, String suffix, List<String> first) {
        URL url = Catalog.class.getResource("/bpdiff/examples/" + folder);
        if (url == null) {
            throw new IllegalStateException("the jar lacks examples/" + folder + " (built without examples/?)");
        }
        TreeSet<String> stems = new TreeSet<>();
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    addStems(jar.provider().getPath(uri), suffix, stems);
                }
            } else {
                addStems(Path.of(uri), suffix, stems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> ids = new ArrayList<>(first);
        stems.removeAll(first);
        ids.addAll(stems);
        return ids;
    }

    private static void addStems(Path folder, String suffix, Set<String> stems) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .forEach(n -> stems.add(n.substring(0, n.length() - suffix.length())));
        }
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
