package bpdiff.network;

import bpdiff.BadInputException;
import bpdiff.InputFiles;
import bpdiff.JsonProblem;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link NetworkSpec} from a JSON file and checks it.
 *
 * <p>The format (docs/network-files.md):
 *
 * <pre>{@code
 * {"name": "lecture", "layers": [2, 2, 2],
 *  "weights": [[["w1", "w3"], ["w2", "w4"]], [["w5", "w7"], ["w6", "w8"]]],
 *  "biases": [["b1", "b1"], ["b2", "b2"]],            (optional; a row may be null)
 *  "parameters": {"w1": 0.2, ..., "b1": 0.35},
 *  "frozen": ["b1", "b2"],                             (optional)
 *  "activation": "sigmoid", "loss": "half-sse",        (optional, these are the defaults; "activation" may be
 *                                                       an array, one name per computed layer, output last)
 *  "learningRate": 1.0, "epochs": 1,                   (optional, these are the defaults)
 *  "samples": [{"x": [0.5, 0.3], "y": [0.23, -0.07]}]}
 * }</pre>
 *
 * <p>Every problem is a {@link BadInputException} naming the file and, where it helps, the line and
 * column or the JSON path of the bad value.
 */
public final class NetworkLoader {

    /** Network files are hand-written and tiny; anything larger is a mistake, not a network. */
    static final int MAX_FILE_BYTES = 1 << 20;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // text after the network's object is a mistake, not a second network to ignore
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private NetworkLoader() {}

    /**
     * Loads and checks a network file.
     *
     * @param file the JSON file
     * @throws BadInputException if the file is missing, unreadable, not JSON, or not a valid network
     */
    public static NetworkSpec load(Path file) {
        String where = file.toString();
        JsonNode root;
        byte[] bytes = null;
        try {
            bytes = InputFiles.read(file, MAX_FILE_BYTES);
            if (bytes.length == 0) {
                throw new BadInputException("network file is empty", where);
            }
            root = MAPPER.readTree(bytes);
        } catch (NoSuchFileException e) {
            throw new BadInputException("network file not found", where, e);
        } catch (InputFiles.TooLarge e) {
            throw new BadInputException("network file is too large: a network file is at most " + MAX_FILE_BYTES
                    + " bytes", where, e);
        } catch (JsonProcessingException e) {
            throw new BadInputException("network file is not valid JSON: " + JsonProblem.problem(e),
                    JsonProblem.position(e, where, utf8(bytes)), e);
        } catch (IOException e) {
            throw new BadInputException("cannot read network file: " + e.getMessage(), where, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new BadInputException("network file is empty", where);
        }
        return parse(root, where);
    }

    /**
     * Builds and checks a network from parsed JSON: a file's, or a document that came some other way (a
     * request to {@code bpdiff serve}), which is never taken for a path.
     *
     * @param root the top-level object
     * @param file the file name, or what else to call the document in messages; its stem is the network's
     *     name when the document has none
     * @throws BadInputException if the JSON does not describe a valid network
     */
    public static NetworkSpec parse(JsonNode root, String file) {
        Reader r = new Reader(file);
        r.requireObject(root, "");
        r.allowOnly(root, "", Set.of("name", "layers", "weights", "biases", "parameters", "frozen",
                "activation", "loss", "learningRate", "epochs", "samples", "description"));
        String name = root.has("name") ? r.text(root.get("name"), "name") : fileStem(file);
        int[] layers = r.layerSizes(r.required(root, "layers"));
        String[][][] weights = r.weights(r.required(root, "weights"), layers);
        String[][] biases = root.has("biases") && !root.get("biases").isNull()
                ? r.biases(root.get("biases"), layers) : null;
        Map<String, Double> values = r.parameterValues(r.required(root, "parameters"));
        Set<String> frozen = root.has("frozen") ? r.nameSet(root.get("frozen"), "frozen") : Set.of();

        Set<String> used = new LinkedHashSet<>();
        for (String[][] layer : weights) {
            for (String[] row : layer) {
                used.addAll(List.of(row));
            }
        }
        if (biases != null) {
            for (String[] row : biases) {
                if (row != null) {
                    used.addAll(List.of(row));
                }
            }
        }
        for (String n : used) {
            if (!values.containsKey(n)) {
                throw new BadInputException("parameter '" + n + "' is used but has no value in \"parameters\"",
                        file + ": parameters");
            }
        }
        for (String n : values.keySet()) {
            if (!used.contains(n)) {
                throw new BadInputException("parameter '" + n + "' has a value but no connection uses it",
                        file + ": parameters." + n);
            }
        }
        for (String n : frozen) {
            if (!values.containsKey(n)) {
                throw new BadInputException("frozen parameter '" + n + "' is not a parameter", file + ": frozen");
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        for (String n : values.keySet()) {
            parameters.add(new Parameter(n, values.get(n), frozen.contains(n)));
        }

        List<Activation> activations = root.has("activation")
                ? r.activations(root.get("activation"), layers.length - 1)
                : Collections.nCopies(layers.length - 1, Activation.SIGMOID);
        LossFunction loss = root.has("loss")
                ? LossFunction.parse(r.text(root.get("loss"), "loss"), file + ": loss")
                : LossFunction.HALF_SSE;
        double learningRate = root.has("learningRate")
                ? r.positiveNumber(root.get("learningRate"), "learningRate") : 1.0;
        int epochs = root.has("epochs") ? r.epochs(root.get("epochs")) : 1;
        List<Sample> samples = r.samples(r.required(root, "samples"), layers);
        return new NetworkSpec(name, layers, weights, biases, parameters, activations, loss, learningRate,
                epochs, samples);
    }

    private static String fileStem(String file) {
        String base = Path.of(file).getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    /** Reads typed values from the tree, naming the JSON path of anything wrong. */
    private record Reader(String file) {

        private BadInputException error(String problem, String path) {
            return new BadInputException(problem, path.isEmpty() ? file : file + ": " + path);
        }

        void requireObject(JsonNode node, String path) {
            if (!node.isObject()) {
                throw error("expected a JSON object", path);
            }
        }

        void allowOnly(JsonNode node, String path, Set<String> keys) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String key = names.next();
                if (!keys.contains(key)) {
                    throw error("unknown field \"" + key + "\" (known: " + String.join(", ", new java.util.TreeSet<>(keys))
                            + ")", path.isEmpty() ? key : path + "." + key);
                }
            }
        }

        JsonNode required(JsonNode node, String key) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                throw error("missing required field \"" + key + "\"", key);
            }
            return value;
        }

        String text(JsonNode node, String path) {
            if (!node.isTextual() || node.asText().isBlank()) {
                throw error("expected a non-empty string", path);
            }
            return node.asText();
        }

        /**
         * One activation name for every computed layer, or an array of one name per computed layer, hidden layers
         * first: {@code "relu"} or {@code ["relu", "identity"]}.
         */
        List<Activation> activations(JsonNode node, int computedLayers) {
            if (!node.isArray()) {
                Activation every = Activation.parse(text(node, "activation"), file + ": activation");
                return Collections.nCopies(computedLayers, every);
            }
            array(node, "activation", computedLayers,
                    "activation names (one per computed layer: hidden layers first, the output layer last)");
            List<Activation> activations = new ArrayList<>(computedLayers);
            for (int l = 0; l < computedLayers; l++) {
                String path = "activation[" + l + "]";
                activations.add(Activation.parse(text(node.get(l), path), file + ": " + path));
            }
            return activations;
        }

        double number(JsonNode node, String path) {
            if (!node.isNumber()) {
                throw error("expected a number, found " + describe(node), path);
            }
            double v = node.asDouble();
            if (!Double.isFinite(v)) {
                throw error("number is not finite", path);
            }
            return v;
        }

        double positiveNumber(JsonNode node, String path) {
            double v = number(node, path);
            if (v <= 0) {
                throw error("must be greater than 0, found " + v, path);
            }
            return v;
        }

        int epochs(JsonNode node) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw error("expected a whole number, found " + describe(node), "epochs");
            }
            int v = node.asInt();
            if (v < 1 || v > Limits.MAX_EPOCHS) {
                throw error("must be between 1 and " + Limits.MAX_EPOCHS + ", found " + v, "epochs");
            }
            return v;
        }

        JsonNode array(JsonNode node, String path, int expectedSize, String what) {
            if (!node.isArray()) {
                throw error("expected an array" + (what == null ? "" : " of " + what) + ", found " + describe(node), path);
            }
            if (expectedSize >= 0 && node.size() != expectedSize) {
                throw error("expected " + expectedSize + (what == null ? " entries" : " " + what) + ", found "
                        + node.size(), path);
            }
            return node;
        }

        int[] layerSizes(JsonNode node) {
            array(node, "layers", -1, "layer sizes");
            if (node.size() < 2) {
                throw error("a network needs at least an input and an output layer, found " + node.size()
                        + " layer(s)", "layers");
            }
            int[] sizes = new int[node.size()];
            for (int l = 0; l < sizes.length; l++) {
                JsonNode n = node.get(l);
                if (!n.isIntegralNumber() || n.asLong() < 1 || n.asLong() > Limits.MAX_LAYER_SIZE) {
                    throw error("a layer size is a whole number from 1 to " + Limits.MAX_LAYER_SIZE + ", found "
                            + n, "layers[" + l + "]");
                }
                sizes[l] = n.asInt();
            }
            return sizes;
        }

        String[][][] weights(JsonNode node, int[] layers) {
            array(node, "weights", layers.length - 1, "weight matrices (one per layer after the inputs)");
            String[][][] w = new String[layers.length - 1][][];
            for (int l = 1; l < layers.length; l++) {
                String path = "weights[" + (l - 1) + "]";
                JsonNode matrix = array(node.get(l - 1), path, layers[l],
                        "rows (one per neuron of layer " + l + ")");
                w[l - 1] = new String[layers[l]][];
                for (int j = 0; j < layers[l]; j++) {
                    String rowPath = path + "[" + j + "]";
                    JsonNode row = array(matrix.get(j), rowPath, layers[l - 1],
                            "names (one per neuron of layer " + (l - 1) + ")");
                    w[l - 1][j] = new String[layers[l - 1]];
                    for (int i = 0; i < layers[l - 1]; i++) {
                        w[l - 1][j][i] = parameterName(row.get(i), rowPath + "[" + i + "]");
                    }
                }
            }
            return w;
        }

        String[][] biases(JsonNode node, int[] layers) {
            array(node, "biases", layers.length - 1, "bias rows (one per layer after the inputs, or null)");
            String[][] b = new String[layers.length - 1][];
            for (int l = 1; l < layers.length; l++) {
                JsonNode row = node.get(l - 1);
                if (row.isNull()) {
                    continue;
                }
                String path = "biases[" + (l - 1) + "]";
                array(row, path, layers[l], "names (one per neuron of layer " + l + ")");
                b[l - 1] = new String[layers[l]];
                for (int j = 0; j < layers[l]; j++) {
                    b[l - 1][j] = parameterName(row.get(j), path + "[" + j + "]");
                }
            }
            return b;
        }

        String parameterName(JsonNode node, String path) {
            String name = text(node, path);
            if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw error("a parameter name is a letter followed by letters, digits or _, found \"" + name + "\"",
                        path);
            }
            return name;
        }

        Map<String, Double> parameterValues(JsonNode node) {
            requireObject(node, "parameters");
            Map<String, Double> values = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                values.put(e.getKey(), number(e.getValue(), "parameters." + e.getKey()));
            }
            return values;
        }

        Set<String> nameSet(JsonNode node, String path) {
            array(node, path, -1, "parameter names");
            Set<String> names = new LinkedHashSet<>();
            for (int i = 0; i < node.size(); i++) {
                names.add(text(node.get(i), path + "[" + i + "]"));
            }
            return names;
        }

        List<Sample> samples(JsonNode node, int[] layers) {
            array(node, "samples", -1, "samples");
            if (node.size() == 0) {
                throw error("a network needs at least one training sample", "samples");
            }
            if (node.size() > Limits.MAX_SAMPLES) {
                throw error("at most " + Limits.MAX_SAMPLES + " samples, found " + node.size(), "samples");
            }
            List<Sample> samples = new ArrayList<>();
            for (int s = 0; s < node.size(); s++) {
                String path = "samples[" + s + "]";
                JsonNode sample = node.get(s);
                requireObject(sample, path);
                allowOnly(sample, path, Set.of("x", "y"));
                double[] x = vector(required(sample, "x"), path + ".x", layers[0], "inputs");
                double[] y = vector(required(sample, "y"), path + ".y", layers[layers.length - 1],
                        "targets (one per output)");
                samples.add(new Sample(x, y));
            }
            return samples;
        }

        double[] vector(JsonNode node, String path, int size, String what) {
            array(node, path, size, what);
            double[] v = new double[size];
            for (int i = 0; i < size; i++) {
                v[i] = number(node.get(i), path + "[" + i + "]");
            }
            return v;
        }

        private static String describe(JsonNode node) {
            if (node.isTextual()) {
                return "the string \"" + node.asText() + "\"";
            }
            return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " " + node;
        }
    }

    /** The file's text for quoting a line of it, or {@code null} when it is no UTF-8 text. */
    private static String utf8(byte[] bytes) {
        try {
            return bytes == null ? null : StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
