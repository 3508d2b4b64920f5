package bpdiff.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference files under {@code reference-results/}, made outside the code under test: by real PyTorch
 * ({@code tools/pytorch_reference.py}) and by the homework-2 program in plain Python
 * ({@code tools/homework2_published.py}).
 */
public final class PyTorchReference {

    /** The lecture weight names in homework order. */
    public static final List<String> WEIGHTS = List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PyTorchReference() {}

    /**
     * Reads a JSON file of the project, relative to the project root (Surefire's working directory).
     *
     * @param relative e.g. {@code reference-results/pytorch/lecture-float64.json}
     * @return the parsed file
     */
    public static JsonNode read(String relative) {
        try {
            return MAPPER.readTree(Path.of(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One case of the PyTorch reference.
     *
     * @param dtype {@code float32} or {@code float64}
     * @param id e.g. {@code sigmoid/half-sse/given/lr1/e100}
     * @return the case
     */
    public static JsonNode pytorchCase(String dtype, String id) {
        for (JsonNode c : read("reference-results/pytorch/lecture-" + dtype + ".json").get("cases")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no PyTorch reference case " + id);
    }

    /** @return every case id of the PyTorch reference */
    public static List<String> pytorchCaseIds() {
        List<String> ids = new ArrayList<>();
        read("reference-results/pytorch/lecture-float64.json").get("cases").forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    /**
     * One case of the homework-2 program's output.
     *
     * @param variant {@code buggy} or {@code corrected}
     * @return the case
     */
    public static JsonNode homework2Case(String variant) {
        for (JsonNode c : read("reference-results/python/homework2.json").get("cases")) {
            if (c.get("id").asText().equals(variant) || variant.equals(c.path("variant").asText())) {
                return c;
            }
        }
        throw new IllegalArgumentException("no homework-2 case " + variant);
    }

    /**
     * The eight lecture weights of a JSON object such as {@code "gradient"}.
     *
     * @param object an object with keys w1..w8
     * @return the values in homework order
     */
    public static double[] weights(JsonNode object) {
        double[] v = new double[WEIGHTS.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = number(object.get(WEIGHTS.get(i)));
        }
        return v;
    }

    /**
     * A number that may be written as the string "NaN" or "Infinity".
     *
     * @param node the JSON value
     * @return its value
     */
    public static double number(JsonNode node) {
        return node.isTextual() ? Double.parseDouble(node.asText()) : node.asDouble();
    }
}
