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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every verdict is earned (issue 10), end to end through {@code bpdiff compare}: no pass without a comparison,
 * {@code bce} equal to PyTorch at saturated outputs, loss domains.
 */
class IssueTenVerdictTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    private Path network(String name, String json) throws IOException {
        return Files.writeString(folder.resolve(name + ".json"), json);
    }

    /** relu 1-1-1, both weights 1, x = 1, target y, half-sse: see {@code ComparisonTest} for the arithmetic. */
    private Path exploding(double y, int epochs) throws IOException {
        return network("exploding", "{\"layers\":[1,1,1],\"weights\":[[[\"w1\"]],[[\"w2\"]]],"
                + "\"parameters\":{\"w1\":1.0,\"w2\":1.0},\"activation\":\"relu\",\"epochs\":" + epochs + ","
                + "\"samples\":[{\"x\":[1.0],\"y\":[" + y + "]}]}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"float64", "float32"})
    void bothNonFiniteAtEpochOneIsDivergedNotAMatch(String dtype) throws IOException {
        // o = 1, loss ½(1 - 1e200)² overflows on both sides: nothing is compared
        Path file = exploding(1e200, 1);
        Cli.Result text = Cli.run("compare", "--network", file.toString(), "--dtype", dtype);
        assertEquals(ExitCode.DIFFERENT, text.status(), text.out());
        assertTrue(text.out().contains("verdict: DIVERGED at epoch 1"), text.out());
        assertTrue(text.out().contains("0 of 1 epoch compared"), text.out());
        assertFalse(text.out().contains("match:"), text.out());
        JsonNode summary = MAPPER.readTree(Cli.run("compare", "--network", file.toString(), "--dtype", dtype,
                "--format", "json").out()).get("summary");
        assertEquals("diverged", summary.get("verdict").asText());
        assertEquals(0, summary.get("comparedEpochs").asInt());
        assertEquals(1, summary.get("diverged").get("epoch").asInt());
        assertEquals("loss", summary.get("diverged").get("quantity").asText());
        String markdown = Cli.run("compare", "--network", file.toString(), "--dtype", dtype, "--format", "markdown").out();
        assertTrue(markdown.contains("0 of 1 epoch compared"), markdown);
    }

    @Test
    void aMatchSaysHowManyValuesTheRefereeCouldNotReferee() {
        // PyTorch's reference puts h1's input at exactly 0 at epoch 1 only (its "atKink"): the stencils of the two
        // weights into h1 (w1, w2) straddle the kink there; the other 6 × 3 − 2 values are refereed
        JsonNode atKink = PyTorchReference.read("reference-results/pytorch/networks/leaky-relu-kink.json")
                .at("/runs/1/atKink");
        assertEquals(1, atKink.size());
        assertEquals("h1", atKink.get(0).get("neuron").asText());
        assertEquals(1, atKink.get(0).get("epoch").asInt());
        Cli.Result result = Cli.run("compare", "--network", "reference-results/networks/leaky-relu-kink.json");
        assertEquals(ExitCode.SAME, result.status(), result.err());
        assertTrue(result.out().contains("(3 of 3 epochs compared), and finite differences agree at the 16 values they"
                + " could referee (2 they could not: a kink"), result.out());
        Cli.Result lecture = Cli.run("compare");
        assertTrue(lecture.out().strip().endsWith("(1 of 1 epoch compared), and finite differences agree."),
                lecture.out());
    }

    @Test
    void bothNonFiniteAtALaterEpochIsDivergedThere() throws IOException {
        // epoch 1 takes both weights to about 1e150; epoch 2's loss ½(1e300)² overflows
        Cli.Result result = Cli.run("compare", "--network", exploding(1e150, 3).toString(), "--format", "json");
        assertEquals(ExitCode.DIFFERENT, result.status(), result.err());
        JsonNode json = MAPPER.readTree(result.out());
        assertEquals("diverged", json.get("summary").get("verdict").asText());
        assertEquals(2, json.get("summary").get("diverged").get("epoch").asInt());
        assertEquals(1, json.get("summary").get("comparedEpochs").asInt());
        assertEquals(1, json.get("steps").size());
    }

    @Test
    void oneSideNonFiniteIsAMismatch() throws IOException {
        // out = 1/(1 + exp(800)) = 0 exactly: PyTorch's op-by-op backward meets 0·∞ = NaN (bce-saturation reference,
        // sigmoid/w1=-800.0), while the hand formula out(1 - out) = 0 gives a finite 0
        Path file = network("one-side", "{\"layers\":[1,1],\"weights\":[[[\"w1\"]]],\"parameters\":{\"w1\":-800.0},"
                + "\"activation\":\"sigmoid\",\"loss\":\"bce\",\"epochs\":2,\"samples\":[{\"x\":[1.0],\"y\":[0.3]}]}");
        Cli.Result result = Cli.run("compare", "--network", file.toString(), "--format", "json");
        assertEquals(ExitCode.DIFFERENT, result.status(), result.err());
        JsonNode summary = MAPPER.readTree(result.out()).get("summary");
        assertEquals("mismatch", summary.get("verdict").asText());
        assertEquals(1, summary.get("firstMismatchEpoch").asInt());
        assertEquals("undecided", summary.get("wrongSide").asText());
        assertEquals(0, summary.get("comparedEpochs").asInt());
        Cli.Result text = Cli.run("compare", "--network", file.toString());
        assertTrue(text.out().contains("autograd stopped being finite at epoch 1 (gradient of w1)"), text.out());
        assertTrue(text.out().contains("0 of 2 epochs compared"), text.out());
    }

    @Test
    void bothSidesStoppingOnAHugeStepIsDivergedNotAPass() throws IOException {
        Cli.Result result = Cli.run("compare", "--lr", "1e6", "--epochs", "50");
        assertEquals(ExitCode.DIFFERENT, result.status(), result.err());
        assertTrue(result.out().contains("verdict: DIVERGED at epoch 2"), result.out());
        assertTrue(result.out().contains("1 of 50 epochs compared"), result.out());
    }

    /** The two networks of issue 10, held to PyTorch's BCELoss (reference-results/pytorch/bce-saturation-*.json). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"sigmoid, -30.0, 1.0", "builtin-sigmoid, 40.0, 0.3"})
    void theIssuesBceNetworksArePyTorchsNumbersAndPass(String activation, double w1, double y) throws IOException {
        Path file = network("bce", "{\"layers\":[1,1],\"weights\":[[[\"w1\"]]],\"parameters\":{\"w1\":" + w1 + "},"
                + "\"activation\":\"" + activation + "\",\"loss\":\"bce\",\"samples\":[{\"x\":[1.0],\"y\":[" + y + "]}]}");
        String id = activation + "/w1=" + w1 + "/y=" + y;
        for (String dtype : new String[] {"float64", "float32"}) {
            Cli.Result result = Cli.run("compare", "--network", file.toString(), "--dtype", dtype, "--format", "json");
            assertEquals(ExitCode.SAME, result.status(), result.out());
            JsonNode reference = referenceCase(dtype, id);
            JsonNode step = MAPPER.readTree(result.out()).get("steps").get(0);
            JsonNode w = step.get("parameters").get(0);
            double tolerance = dtype.equals("float64") ? 1e-12 : 1e-6;
            double gradient = reference.get("gradient").asDouble();
            assertEquals(gradient, w.get("gradient").get("autograd").asDouble(), tolerance, dtype);
            assertEquals(gradient, w.get("gradient").get("manual").asDouble(), tolerance, dtype);
            assertEquals(reference.get("loss").asDouble(), step.get("loss").get("autograd").asDouble(),
                    tolerance * Math.abs(reference.get("loss").asDouble()), dtype);
            assertEquals("unreliable", w.get("numericAgreesWith").asText(), "the clamp is active: no referee");
        }
    }

    private static JsonNode referenceCase(String dtype, String id) {
        for (JsonNode c : PyTorchReference.read("reference-results/pytorch/bce-saturation-" + dtype + ".json")
                .get("cases")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void anOutputLeavingBcesDomainDuringTrainingIsNamedWithItsEpoch() throws IOException {
        // relu, w1 = 0.5, y = 1: epoch 1 is fine (o = 0.5), and its step takes w1 to 2.5, outside [0, 1]
        Path file = network("relu-bce", "{\"layers\":[1,1],\"weights\":[[[\"w1\"]]],\"parameters\":{\"w1\":0.5},"
                + "\"activation\":\"relu\",\"loss\":\"bce\",\"epochs\":3,\"samples\":[{\"x\":[1.0],\"y\":[1.0]}]}");
        Cli.Result result = Cli.run("compare", "--network", file.toString());
        assertEquals(ExitCode.DIFFERENT, result.status(), result.out());
        assertTrue(result.out().contains("verdict: DIVERGED at epoch 2: the output out_o1 = 2.5 (sample 1) left the"
                + " domain [0, 1] of bce"), result.out());
        assertTrue(result.out().contains("all elements of input should be between 0 and 1"), result.out());
    }

    @Test
    void lossDomainsKnownBeforeTrainingAreExitTwoNamingTheFlagOrPath() throws IOException {
        Cli.Result bce = Cli.run("compare", "--loss", "bce");
        assertEquals(ExitCode.BAD_INPUT, bce.status());
        assertEquals("bpdiff: bce reads the targets as probabilities in [0, 1], but y2 of sample 1 is -0.07 (--loss)",
                bce.err().strip());
        // softmax-ce takes them as PyTorch's CrossEntropyLoss does, with a warning (SoftmaxTargetsTest)
        Cli.Result softmax = Cli.run("compare", "--loss", "softmax-ce");
        assertEquals(ExitCode.SAME, softmax.status(), softmax.err());
        assertTrue(softmax.err().startsWith("bpdiff: warning: softmax-ce reads the targets"), softmax.err());
        Path target = network("target", "{\"layers\":[1,1],\"weights\":[[[\"w1\"]]],\"parameters\":{\"w1\":0.5},"
                + "\"loss\":\"bce\",\"samples\":[{\"x\":[1.0],\"y\":[1.5]}]}");
        Cli.Result file = Cli.run("compare", "--network", target.toString());
        assertEquals(ExitCode.BAD_INPUT, file.status());
        assertTrue(file.err().strip().endsWith("(" + target + ": samples[0].y[0])"), file.err());
        Path relu = network("relu", "{\"layers\":[1,1],\"weights\":[[[\"w1\"]]],\"parameters\":{\"w1\":1.5},"
                + "\"activation\":\"relu\",\"loss\":\"bce\",\"samples\":[{\"x\":[1.0],\"y\":[1.0]}]}");
        Cli.Result output = Cli.run("compare", "--network", relu.toString());
        assertEquals(ExitCode.BAD_INPUT, output.status());
        assertEquals(1, output.err().lines().count(), output.err());
        assertTrue(output.err().contains("out_o1 of sample 1 is 1.5 at the initial weights"), output.err());
        assertTrue(output.err().contains("all elements of input should be between 0 and 1"), output.err());
        assertTrue(output.err().strip().endsWith("(" + relu + ": activation)"), output.err());
    }
}
