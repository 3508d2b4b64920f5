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
        assertEquals(builtIn.activation(), loaded.activation());
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
            unknown field           | {"layerz": [2, 2, 2]}                                             | unknown field "layerz"
            """)
    void badFilesNameTheProblem(String label, String json, String expected) throws IOException {
        BadInputException e = assertThrows(BadInputException.class, () -> NetworkLoader.load(write(json)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("net.json"), "names the file: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing value        | "samples": [{"x": [0.5, 0.3], "y": [0.23, -0.07]}], "parameters": {"w1": 1} | is used but has no value
            target count         | "samples": [{"x": [0.5, 0.3], "y": [0.23]}]                               | samples[0].y
            no samples           | "samples": []                                                             | at least one training sample
            unknown activation   | "activation": "tanh", "samples": [{"x": [0.5, 0.3], "y": [0.23, -0.07]}]  | unknown activation 'tanh'
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
