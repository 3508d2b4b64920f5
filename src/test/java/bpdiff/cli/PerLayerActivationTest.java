package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import bpdiff.testing.NetworkReference;
import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bpdiff compare} on the example networks of issue 11, as a user runs it: each exits 0 in float64 and
 * float32 with autograd's loss, gradients and updated weights PyTorch's at every epoch
 * ({@code reference-results/pytorch/networks/}, made by {@code tools/pytorch_network_reference.py}); a per-layer
 * {@code activation} array loads and {@code --activation} overrides it; a wrong length or an unknown name is exit 2
 * naming the JSON path or the flag; each neuron is judged saturated or dead by its own layer's activation.
 */
class PerLayerActivationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"xor, float64", "xor, float32", "regression-tanh, float64", "regression-tanh, float32",
        "classifier, float64", "classifier, float32", "leaky, float64", "leaky, float32"})
    void eachExampleMatchesWithPyTorchsAutogradAtEveryEpoch(String example, String dtype) throws IOException {
        Cli.Result result = Cli.run("compare", "--network", "examples/networks/" + example + ".json", "--dtype", dtype,
                "--format", "json");
        assertEquals(ExitCode.SAME, result.status(), result.err());
        JsonNode json = MAPPER.readTree(result.out());
        NetworkReference reference = new NetworkReference(Path.of("reference-results/pytorch/networks", example + ".json"),
                PyTorchReference.read("reference-results/pytorch/networks/" + example + ".json"));
        assertEquals(reference.network().get("activation"), json.get("activation"), "the file's activation, as written");
        JsonNode expected = reference.run(dtype).get("steps");
        JsonNode steps = json.get("steps");
        assertEquals(expected.size(), steps.size(), "every epoch");
        double bar = dtype.equals("float64") ? 1e-12 : 1e-6;
        for (int e = 0; e < steps.size(); e++) {
            String at = example + " " + dtype + " epoch " + (e + 1);
            assertClose(PyTorchReference.number(expected.get(e).get("loss")), steps.get(e).at("/loss/autograd"), bar,
                    at + " loss");
            for (JsonNode parameter : steps.get(e).get("parameters")) {
                String name = parameter.get("name").asText();
                assertClose(PyTorchReference.number(expected.get(e).get("gradient").get(name)),
                        parameter.at("/gradient/autograd"), bar, at + " dL/d" + name);
                assertClose(PyTorchReference.number(expected.get(e).get("updated").get(name)),
                        parameter.at("/updated/autograd"), bar, at + " updated " + name);
                assertEquals("match", parameter.get("verdict").asText(), at + " " + name);
            }
        }
    }

    @Test
    void theFlagOverridesTheFilesArrayWithOneNameOrOnePerLayer() throws IOException {
        JsonNode perLayer = json("compare", "--network", "examples/networks/classifier.json", "--activation",
                "tanh,identity", "--epochs", "2", "--format", "json");
        assertEquals(List.of("tanh", "identity"), texts(perLayer.get("activation")));
        double outH1 = perLayer.at("/steps/0/forward/0/out/autograd").asDouble();
        assertEquals("h1", perLayer.at("/steps/0/forward/0/neuron").asText());
        assertEquals(Math.tanh(perLayer.at("/steps/0/forward/0/in/autograd").asDouble()), outH1, 1e-15);
        JsonNode everyLayer = json("compare", "--network", "examples/networks/classifier.json", "--activation",
                "leaky-relu", "--epochs", "2", "--format", "json");
        assertEquals("leaky-relu", everyLayer.get("activation").asText());
        JsonNode fromFile = json("compare", "--network", "examples/networks/classifier.json", "--epochs", "1",
                "--format", "json");
        assertEquals(List.of("relu", "identity"), texts(fromFile.get("activation")));
        assertEquals("sigmoid", json("compare", "--format", "json").get("activation").asText(), "the lecture's");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one too many    | ["tanh", "relu", "identity"] | expected 2 activation names (one per computed layer: hidden layers first, the output layer last), found 3 (NET: activation)
            one too few     | ["tanh"]                     | expected 2 activation names (one per computed layer: hidden layers first, the output layer last), found 1 (NET: activation)
            unknown name    | ["tanh", "softmax"]          | unknown activation 'softmax', expected one of sigmoid, builtin-sigmoid, relu, tanh, leaky-relu, identity (NET: activation[1])
            not a name      | ["tanh", 3]                  | expected a non-empty string (NET: activation[1])
            """)
    void aBadActivationArrayIsExitTwoNamingItsJsonPath(String label, String array, String message) throws IOException {
        String network = Files.readString(Path.of("examples/networks/regression-tanh.json"))
                .replace("\"activation\": [\"tanh\", \"identity\"]", "\"activation\": " + array);
        Path file = folder.resolve("net.json");
        Files.writeString(file, network);
        Cli.Result result = Cli.run("compare", "--network", file.toString());
        assertEquals(ExitCode.BAD_INPUT, result.status(), result.err());
        assertEquals("bpdiff: " + message.replace("NET", file.toString()), result.err().strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            too many names | relu,identity,tanh | bpdiff: --activation names 3 activations, but network classifier has 2 computed layers (give one name for all of them, or one per computed layer, hidden layers first, output last) (--activation)
            unknown name   | relu,swish         | bpdiff: unknown activation 'swish', expected one of sigmoid, builtin-sigmoid, relu, tanh, leaky-relu, identity (--activation)
            empty name     | relu,              | bpdiff: unknown activation '', expected one of sigmoid, builtin-sigmoid, relu, tanh, leaky-relu, identity (--activation)
            spaced         | relu, identity     | bpdiff: unknown activation ' identity', expected one of sigmoid, builtin-sigmoid, relu, tanh, leaky-relu, identity (--activation)
            """)
    void aBadActivationListIsExitTwoNamingTheFlag(String label, String list, String message) {
        Cli.Result result = Cli.run("compare", "--network", "examples/networks/classifier.json", "--activation", list);
        assertEquals(ExitCode.BAD_INPUT, result.status(), result.err());
        assertEquals(message, result.err().strip());
    }

    @Test
    void theFlagIsGivenOnce() {
        Cli.Result result = Cli.run("compare", "--activation", "relu", "--activation", "tanh");
        assertEquals(ExitCode.BAD_INPUT, result.status(), result.err());
        assertTrue(result.err().startsWith("bpdiff: option '--activation' "), result.err());
    }

    /** bce after a linear, tanh or ReLU output: out of the loss's domain at the initial weights, before any training. */
    @Test
    void bceAfterAnOutputThatLeavesZeroToOneIsExitTwoBeforeTraining() throws IOException {
        Path file = folder.resolve("classifier-bce.json");
        Files.writeString(file, Files.readString(Path.of("examples/networks/classifier.json"))
                .replace("\"softmax-ce\"", "\"bce\""));
        Cli.Result identity = Cli.run("compare", "--network", file.toString());
        assertEquals(ExitCode.BAD_INPUT, identity.status(), identity.err());
        assertTrue(identity.err().contains("but out_o1 of sample 1 is -0.06999999999999997 at the initial weights"
                + " (identity outputs) (" + file + ": activation[1])"), identity.err());
        Cli.Result tanh = Cli.run("compare", "--network", file.toString(), "--activation", "relu,tanh");
        assertEquals(ExitCode.BAD_INPUT, tanh.status(), tanh.err());
        assertTrue(tanh.err().contains("(tanh outputs) (--activation)"), tanh.err());
        Cli.Result sigmoid = Cli.run("compare", "--network", file.toString(), "--activation", "relu,sigmoid",
                "--epochs", "2");
        assertEquals(ExitCode.SAME, sigmoid.status(), sigmoid.err());
        assertFalse(sigmoid.out().isEmpty());
    }

    /**
     * What {@code compare} reports as saturated, against PyTorch's forward values at the last epoch: a tanh unit at
     * exactly ±1 is saturated; leaky's h2 has a negative input for both samples and is not (a leaky ReLU is never
     * dead), while the classifier's ReLUs h2 and h4, negative for all three samples, are.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            reference-results/networks/tanh-saturated | h1 h3 | out_h1 1 | out_h3 -1
            examples/networks/leaky                   |       | in_h2 -  | in_h2 -
            examples/networks/classifier              | h2 h4 | in_h2 -  | in_h4 -
            """)
    void saturationFollowsEachLayersActivation(String network, String saturated, String fact1, String fact2)
            throws IOException {
        String name = Path.of(network).getFileName().toString();
        JsonNode steps = new NetworkReference(Path.of("reference-results/pytorch/networks", name + ".json"),
                PyTorchReference.read("reference-results/pytorch/networks/" + name + ".json")).run("float64").get("steps");
        JsonNode forward = steps.get(steps.size() - 1).get("forward");
        for (String fact : List.of(fact1, fact2)) {
            String[] quantityAndValue = fact.split(" ");
            for (JsonNode sample : forward.get(quantityAndValue[0])) {
                double value = PyTorchReference.number(sample);
                assertTrue(quantityAndValue[1].equals("-") ? value < 0 : value == Double.parseDouble(quantityAndValue[1]),
                        "PyTorch's " + fact + " for every sample at the last epoch of " + name + ": " + value);
            }
        }
        JsonNode json = json("compare", "--network", network + ".json", "--format", "json");
        List<String> expected = saturated == null ? List.of() : List.of(saturated.split(" "));
        assertEquals(expected, texts(json.at("/summary/saturated")), name);
    }

    private static JsonNode json(String... args) throws IOException {
        Cli.Result result = Cli.run(args);
        assertEquals(ExitCode.SAME, result.status(), result.err());
        return MAPPER.readTree(result.out());
    }

    private static void assertClose(double expected, JsonNode actual, double bar, String what) {
        assertTrue(actual.isNumber(), what + ": " + actual);
        double difference = Math.abs(expected - actual.asDouble());
        assertTrue(difference <= bar * Math.max(1, Math.abs(expected)),
                what + ": PyTorch " + expected + ", bpdiff " + actual + " (|diff| " + difference + ")");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
