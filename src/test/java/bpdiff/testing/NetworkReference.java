package bpdiff.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One file of {@code reference-results/pytorch/networks/}: a network file trained by real PyTorch
 * ({@code tools/pytorch_network_reference.py}), every epoch, in float32 and float64.
 *
 * <p>Each run holds, per epoch, the loss, \( \partial L / \partial w \) of every parameter, the {@code in} and
 * {@code out} of every neuron and sample, \( \partial L / \partial in \) and \( \partial L / \partial out \) of every
 * neuron and sample, and the parameters after the step. Parameters are keyed by name, neurons by
 * {@code in_<neuron>} / {@code out_<neuron>} with bpdiff's neuron names, one value per sample.
 *
 * @param file the reference file
 * @param root its parsed content
 */
public record NetworkReference(Path file, JsonNode root) {

    /** Where the references live, relative to the project root (Surefire's working directory). */
    public static final Path FOLDER = Path.of("reference-results", "pytorch", "networks");

    /** @return every reference, in file-name order */
    public static List<NetworkReference> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .sorted()
                    .map(f -> new NetworkReference(f, PyTorchReference.read(f.toString())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the file name without {@code .json}, e.g. {@code xor} */
    public String name() {
        String base = file.getFileName().toString();
        return base.substring(0, base.length() - ".json".length());
    }

    /** @return the header that describes the network: file, sha256, layers, activation, loss, … */
    public JsonNode network() {
        return root.get("network");
    }

    /** @return the network file the reference was made from, relative to the project root */
    public Path networkFile() {
        return Path.of(network().get("file").asText());
    }

    /** @return whether the network file names one activation for every layer (a string, not an array) */
    public boolean singleActivationName() {
        return network().get("activation").isTextual();
    }

    /** @return the activation of each computed layer, hidden layers first */
    public List<String> activations() {
        List<String> names = new ArrayList<>();
        network().get("activations").forEach(a -> names.add(a.asText()));
        return names;
    }

    /**
     * The SHA-256 of the network file as it is now, to be compared with the one the reference was made from.
     *
     * @return lower-case hex
     */
    public String currentNetworkSha256() {
        try {
            byte[] bytes = Files.readAllBytes(networkFile());
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The run in one dtype.
     *
     * @param dtype {@code float32} or {@code float64}
     * @return the run: {@code initial} (the parameters as torch holds them before epoch 1), {@code steps} and,
     *     where a ReLU or leaky-ReLU input is exactly 0, {@code atKink}
     */
    public JsonNode run(String dtype) {
        for (JsonNode run : root.get("runs")) {
            if (run.get("dtype").asText().equals(dtype)) {
                return run;
            }
        }
        throw new IllegalArgumentException("no " + dtype + " run in " + file);
    }

    /**
     * The parameters at the start of an epoch: PyTorch's initial values for epoch 1, else its values after the
     * epoch before.
     *
     * @param dtype {@code float32} or {@code float64}
     * @param epoch 1-based
     * @param names the parameter names in the order wanted
     * @return the values
     */
    public double[] weightsBefore(String dtype, int epoch, List<String> names) {
        JsonNode run = run(dtype);
        JsonNode weights = epoch == 1 ? run.get("initial") : run.get("steps").get(epoch - 2).get("updated");
        return byName(weights, names);
    }

    /**
     * The values of a JSON object, in the order of {@code names}.
     *
     * @param object e.g. a step's {@code gradient}
     * @param names its keys in the order wanted
     * @return the values
     * @throws IllegalArgumentException if a name is missing
     */
    public static double[] byName(JsonNode object, List<String> names) {
        double[] values = new double[names.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = object.get(names.get(i));
            if (value == null) {
                throw new IllegalArgumentException("no " + names.get(i) + " in " + object);
            }
            values[i] = PyTorchReference.number(value);
        }
        return values;
    }

    /**
     * One value per sample.
     *
     * @param array a JSON array such as {@code forward.in_h1}
     * @return its numbers
     */
    public static double[] perSample(JsonNode array) {
        double[] values = new double[array.size()];
        for (int s = 0; s < values.length; s++) {
            values[s] = PyTorchReference.number(array.get(s));
        }
        return values;
    }

    @Override
    public String toString() {
        return name();
    }
}
