package bpdiff.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading network files: the examples, and one clear error for each kind of bad file. */
class NetworkLoaderTest {

    private static final String LECTURE_BODY = "\"layers\": [2, 2, 2],"
            + "\"weights\": [[[\"w1\", \"w3\"], [\"w2\", \"w4\"]], [[\"w5\", \"w7\"], [\"w6\", \"w8\"]]],"
            + "\"parameters\": {\"w1\": 0.2, \"w2\": -0.4, \"w3\": 0.5, \"w4\": 0.6, \"w5\": 0.1, \"w6\": -0.5,"
            + " \"w7\": -0.3, \"w8\": 0.8},";

    @TempDir
    Path folder;

    @Test
    void theLectureExampleIsTheBuiltInNetwork() {
        NetworkSpec loaded = NetworkLoader.load(Path.of("examples/networks/lecture.json"));
        NetworkSpec builtIn = Networks.lecture();
        assertTrue(loaded.isLecture());
        assertEquals(builtIn.parameters(), loaded.parameters());
        assertEquals(builtIn.samples(), loaded.samples());
        assertEquals(builtIn.activations(), loaded.activations());
        assertEquals(builtIn.loss(), loaded.loss());
    }

    @Test
    void sharedBiasesAreOneFrozenParameterPerLayer() {
        NetworkSpec spec = NetworkLoader.load(Path.of("examples/networks/shared-bias.json"));
        assertEquals(List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "b1", "b2"), spec.parameterNames());
        assertArrayEquals(new boolean[] {true, true, true, true, true, true, true, true, false, false}, spec.trainable());
        assertFalse(spec.isLecture(), "numbered the other way round");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty object            | {}                                                                | missing required field "layers"
            not json                | {"layers": [2, 2, 2                                               | not valid JSON
            wrong type              | {"layers": "2-2-2"}                                               | expected an array of layer sizes
            too few rows            | {"layers": [2, 3, 2], "weights": [[["w1","w2"]], [["a","b","c"]]]} | expected 3 rows
            duplicate name          | {"layers": [2,2,2], "layers": [2,2,2]}                            | Duplicate field 'layers'
            text after it           | {"layers": [2, 2, 2]} {"layers": [3]}                             | not valid JSON
            unknown field           | {"layerz": [2, 2, 2]}                                             | unknown field "layerz"
            """)
    void badFilesNameTheProblem(String label, String json, String expected) throws IOException {
        BadInputException e = assertThrows(BadInputException.class, () -> NetworkLoader.load(write(json)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("net.json"), "names the file: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertFalse(e.getMessage().contains("Source:"), "no parser internals: " + e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing value        | "samples": [{"x": [0.5, 0.3], "y": [0.23, -0.07]}], "parameters": {"w1": 1} | is used but has no value
            target count         | "samples": [{"x": [0.5, 0.3], "y": [0.23]}]                               | samples[0].y
            no samples           | "samples": []                                                             | at least one training sample
            unknown activation   | "activation": "swish", "samples": [{"x": [0.5, 0.3], "y": [0.23, -0.07]}] | unknown activation 'swish'
            one name too many    | "activation": ["tanh", "relu", "identity"], "samples": [{"x": [0.5, 0.3], "y": [0.23, -0.07]}] | net.json: activation)
            one name too few     | "activation": ["tanh"], "samples": [{"x": [0.5, 0.3], "y": [0.23, -0.07]}] | expected 2 activation names (one per computed layer: hidden layers first, the output layer last), found 1
            unknown in the array | "activation": ["tanh", "softmax"], "samples": [{"x": [0.5, 0.3], "y": [0.23, -0.07]}] | net.json: activation[1])
            not a name           | "activation": [1, "relu"], "samples": [{"x": [0.5, 0.3], "y": [0.23, -0.07]}] | net.json: activation[0]
            non-finite number    | "learningRate": 1e999, "samples": [{"x": [0.5, 0.3], "y": [0.23, -0.07]}]  | not finite
            negative epochs      | "epochs": -3, "samples": [{"x": [0.5, 0.3], "y": [0.23, -0.07]}]          | epochs
            """)
    void badNetworksNameTheProblem(String label, String rest, String expected) throws IOException {
        String json = "{" + LECTURE_BODY + rest + "}";
        if (rest.contains("\"parameters\"")) {
            json = "{" + LECTURE_BODY.substring(0, LECTURE_BODY.indexOf("\"parameters\"")) + rest + "}";
        }
        String text = json;
        BadInputException e = assertThrows(BadInputException.class, () -> NetworkLoader.load(write(text)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void anActivationArrayGivesEachComputedLayerItsOwn() throws IOException {
        NetworkSpec perLayer = NetworkLoader.load(write("{" + LECTURE_BODY
                + "\"activation\": [\"tanh\", \"identity\"], \"samples\": [{\"x\": [0.5, 0.3], \"y\": [0.23, -0.07]}]}"));
        assertEquals(List.of(Activation.TANH, Activation.IDENTITY), perLayer.activations());
        assertEquals(Activation.TANH, perLayer.activation(1));
        assertEquals(Activation.IDENTITY, perLayer.activation(2));
        assertEquals("tanh,identity", perLayer.activationNames());
        NetworkSpec oneName = NetworkLoader.load(write("{" + LECTURE_BODY
                + "\"activation\": \"leaky-relu\", \"samples\": [{\"x\": [0.5, 0.3], \"y\": [0.23, -0.07]}]}"));
        assertEquals(List.of(Activation.LEAKY_RELU, Activation.LEAKY_RELU), oneName.activations());
        assertEquals("leaky-relu", oneName.activationNames());
        assertEquals(List.of(Activation.RELU, Activation.IDENTITY),
                NetworkLoader.load(Path.of("examples/networks/classifier.json")).activations());
    }

    @Test
    void missingAndEmptyAndHugeFilesAreInputErrors() throws IOException {
        assertTrue(assertThrows(BadInputException.class, () -> NetworkLoader.load(folder.resolve("nope.json")))
                .getMessage().contains("not found"));
        assertTrue(assertThrows(BadInputException.class, () -> NetworkLoader.load(write("")))
                .getMessage().contains("empty"));
        Path huge = folder.resolve("huge.json");
        Files.write(huge, new byte[(int) NetworkLoader.MAX_FILE_BYTES + 1]);
        assertTrue(assertThrows(BadInputException.class, () -> NetworkLoader.load(huge)).getMessage().contains("too large"));
    }

    private Path write(String json) throws IOException {
        Path file = folder.resolve("net.json");
        Files.writeString(file, json);
        return file;
    }
}
