package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
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
 * {@code bpdiff compare} end to end, as a user runs it: exit statuses, the verdict, the JSON contract,
 * and numbers held to real PyTorch and to finite differences.
 */
class CompareCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void thePublishedFormulasAreWrongOnExactlyW1ToW4() throws IOException {
        Cli.Result result = Cli.run("compare", "--manual", "buggy", "--format", "json");
        assertEquals(ExitCode.DIFFERENT, result.status(), result.err());
        JsonNode json = MAPPER.readTree(result.out());
        JsonNode summary = json.get("summary");
        assertEquals(List.of("w1", "w2", "w3", "w4"), texts(summary.get("mismatched")));
        assertEquals(1, summary.get("firstMismatchEpoch").asInt());
        assertEquals("mismatch", summary.get("verdict").asText());
        assertEquals("manual", summary.get("wrongSide").asText(), "finite differences side with autograd");
        assertEquals("hidden layer", summary.get("localisation").get("layer").asText());
        assertEquals("out_h1", summary.get("localisation").get("quantity").asText());
        // autograd's gradients are PyTorch's (tools/pytorch_reference.py, float64)
        double[] pytorch = PyTorchReference.weights(
                PyTorchReference.pytorchCase("float64", "sigmoid/half-sse/given/lr1/e100").get("steps").get(0).get("gradient"));
        JsonNode parameters = json.get("steps").get(0).get("parameters");
        for (int p = 0; p < 8; p++) {
            JsonNode gradient = parameters.get(p).get("gradient");
            assertEquals(pytorch[p], gradient.get("autograd").asDouble(), 1e-12);
            assertEquals(pytorch[p], gradient.get("numeric").asDouble(), 1e-9);
            assertEquals(p < 4 ? "autograd" : "both", parameters.get(p).get("numericAgreesWith").asText());
        }
    }

    @Test
    void theTextVerdictSaysWhoIsRight() {
        Cli.Result result = Cli.run("compare", "--manual", "buggy");
        assertEquals(ExitCode.DIFFERENT, result.status());
        assertTrue(result.out().contains("w1, w2, w3, w4 mismatch"), result.out());
        assertTrue(result.out().contains("'buggy' is wrong"), result.out());
        assertTrue(result.out().contains("hidden layer"), result.out());
        assertTrue(result.out().lines().filter(l -> l.startsWith("! w")).count() == 4, result.out());
    }

    @Test
    void theCorrectedFormulasAgreeWithAutogradToTheLastBits() throws IOException {
        Cli.Result result = Cli.run("compare", "--manual", "corrected", "--format", "json");
        assertEquals(ExitCode.SAME, result.status(), result.out());
        JsonNode step = MAPPER.readTree(result.out()).get("steps").get(0);
        for (JsonNode p : step.get("parameters")) {
            assertTrue(p.get("absError").asDouble() <= 1e-12, p.toString());
            assertEquals("both", p.get("numericAgreesWith").asText());
        }
    }

    @Test
    void float32AutogradMatchesPyTorchFloat32ForHundredEpochs() throws IOException {
        Cli.Result result = Cli.run("compare", "--dtype", "float32", "--epochs", "100", "--format", "json");
        assertEquals(ExitCode.SAME, result.status(), result.out());
        JsonNode json = MAPPER.readTree(result.out());
        assertEquals(100, json.get("steps").size());
        JsonNode reference = PyTorchReference.pytorchCase("float32", "sigmoid/half-sse/given/lr1/e100").get("steps");
        for (int e = 0; e < 100; e++) {
            JsonNode step = json.get("steps").get(e);
            assertEquals(e + 1, step.get("epoch").asInt());
            assertEquals(reference.get(e).get("loss").asDouble(), step.get("loss").get("autograd").asDouble(), 1e-6);
            double[] gradient = PyTorchReference.weights(reference.get(e).get("gradient"));
            double[] updated = PyTorchReference.weights(reference.get(e).get("updated"));
            for (int p = 0; p < 8; p++) {
                JsonNode parameter = step.get("parameters").get(p);
                assertEquals(gradient[p], parameter.get("gradient").get("autograd").asDouble(), 1e-6);
                assertEquals(updated[p], parameter.get("updated").get("autograd").asDouble(), 1e-6);
            }
        }
    }

    @Test
    void bothExampleNetworksRun() throws IOException {
        Cli.Result lecture = Cli.run("compare", "--network", "examples/networks/lecture.json", "--format", "json");
        assertEquals(ExitCode.SAME, lecture.status(), lecture.err());
        assertEquals("corrected", MAPPER.readTree(lecture.out()).get("manual").asText());
        Cli.Result shared = Cli.run("compare", "--network", "examples/networks/shared-bias.json", "--epochs", "20",
                "--format", "json");
        assertEquals(ExitCode.SAME, shared.status(), shared.err());
        JsonNode json = MAPPER.readTree(shared.out());
        assertEquals("general", json.get("manual").asText());
        JsonNode last = json.get("steps").get(19).get("parameters");
        assertEquals("b1", last.get(8).get("name").asText());
        assertEquals(0.35, last.get(8).get("updated").get("autograd").asDouble(), 0.0, "frozen bias never moves");
        assertTrue(Math.abs(last.get(8).get("gradient").get("numeric").asDouble()) > 1e-4, "but it has a gradient");
    }

    @Test
    void lockstepEvaluatesEverySourceAtAutogradsWeights() throws IOException {
        Cli.Result result = Cli.run("compare", "--manual", "buggy", "--lockstep", "--epochs", "3", "--format", "json");
        assertEquals(ExitCode.DIFFERENT, result.status());
        JsonNode json = MAPPER.readTree(result.out());
        assertEquals("lockstep", json.get("mode").asText());
        JsonNode reference = PyTorchReference.pytorchCase("float64", "sigmoid/half-sse/given/lr1/e100").get("steps");
        for (int e = 0; e < 3; e++) {
            JsonNode w5 = json.get("steps").get(e).get("parameters").get(4);
            assertEquals("match", w5.get("verdict").asText(), "w5 is right at autograd's weights");
            assertEquals(reference.get(e).get("gradient").get("w5").asDouble(),
                    w5.get("gradient").get("numeric").asDouble(), 1e-9, "numeric at PyTorch's trajectory");
        }
    }

    @Test
    void jsonIsByteIdenticalAcrossRunsAndWrittenWhole() throws IOException {
        Path first = folder.resolve("a/one.json");
        Path second = folder.resolve("two.json");
        assertEquals(ExitCode.SAME, Cli.run("compare", "--init", "random", "--seed", "7", "--epochs", "5",
                "--format", "json", "--mkdirs", "--out", first.toString()).status());
        assertEquals(ExitCode.SAME, Cli.run("compare", "--init", "random", "--seed", "7", "--epochs", "5",
                "--format", "json", "--out", second.toString()).status());
        assertEquals(Files.readString(first), Files.readString(second));
        try (var files = Files.list(first.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    /** PyTorch's own ReLU run ends with in_h2 and in_o2 below zero: those units are dead, not converged. */
    @Test
    void deadReluUnitsAreReportedAsSaturated() throws IOException {
        JsonNode last = PyTorchReference.pytorchCase("float64", "relu/half-sse/given/lr1/e100").get("steps").get(99)
                .get("forward");
        assertTrue(last.get("in_h2").asDouble() <= 0 && last.get("in_o2").asDouble() <= 0, last.toString());
        Cli.Result result = Cli.run("compare", "--activation", "relu", "--epochs", "100", "--format", "json");
        assertEquals(ExitCode.SAME, result.status(), result.err());
        assertEquals(List.of("h2", "o2"), texts(MAPPER.readTree(result.out()).get("summary").get("saturated")));
        assertTrue(Cli.run("compare", "--activation", "relu", "--epochs", "100").out().contains("saturated: h2, o2"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing file      | --network, examples/networks/missing.json | network file not found
            negative epochs   | --epochs, -1                              | --epochs
            zero epochs       | --epochs, 0                               | --epochs
            absurd epochs     | --epochs, 999999999                       | --epochs
            NaN step          | --lr, NaN                                 | --lr
            infinite step     | --lr, Infinity                            | --lr
            negative step     | --lr, -1                                  | --lr
            zero step         | --lr, 0                                   | --lr
            minus infinity    | --lr, -Infinity                           | --lr
            unknown activation| --activation, swish                       | --activation
            unknown init      | --init, ones                              | --init
            unknown manual    | --manual, sloppy                          | --manual
            unknown dtype     | --dtype, float16                          | --dtype
            unknown format    | --format, xml                             | --format
            unknown loss      | --loss, hinge                             | --loss
            unknown flag      | --frobnicate, 1                           | frobnicate
            buggy on relu     | --activation, relu, --manual, buggy       | --manual
            """)
    void badInputIsExitTwoWithOneLine(String label, String args, String named) {
        List<String> command = new ArrayList<>(List.of("compare"));
        command.addAll(List.of(args.split(",\\s*")));
        Cli.Result result = Cli.run(command.toArray(String[]::new));
        assertEquals(ExitCode.BAD_INPUT, result.status(), result.err());
        assertEquals(1, result.err().lines().count(), "one line: " + result.err());
        assertTrue(result.err().startsWith("bpdiff: "), result.err());
        assertTrue(result.err().contains(named), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
