package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded property of {@code bpdiff compare} over random networks, activations, losses, steps and both dtypes:
 * whenever it exits 0, every epoch asked for was compared and every compared number is finite. Steps up to 1e6 and
 * weights up to 1e150 are drawn on purpose, so that some runs overflow and must not pass.
 */
class ComparePropertyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] ACTIVATIONS = {"sigmoid", "builtin-sigmoid", "relu"};
    private static final String[] LOSSES = {"half-sse", "mse-mean", "mse-sum", "mse-per-output", "djl-l2", "softmax-ce",
        "bce"};
    private static final double[] STEPS = {0.1, 1, 10, 1e6};
    private static final int CASES = 60;

    @TempDir
    Path folder;

    @Test
    void anExitZeroIsEarnedByEveryEpochAndEveryNumber() throws Exception {
        SplittableRandom random = new SplittableRandom(20261129);
        int passed = 0;
        int failed = 0;
        for (int n = 0; n < CASES; n++) {
            String activation = ACTIVATIONS[random.nextInt(ACTIVATIONS.length)];
            String loss = LOSSES[random.nextInt(LOSSES.length)];
            int epochs = 1 + random.nextInt(4);
            String dtype = random.nextBoolean() ? "float64" : "float32";
            Path file = Files.writeString(folder.resolve("net" + n + ".json"),
                    network(random, activation, loss, epochs));
            Cli.Result result = Cli.run("compare", "--network", file.toString(), "--dtype", dtype, "--format", "json");
            String where = "case " + n + " (" + activation + ", " + loss + ", " + dtype + "): " + result.err();
            if (result.status() == ExitCode.BAD_INPUT) {
                assertEquals("bce", loss, where); // only bce's domain is refused before training (ReLU outputs)
                continue;
            }
            JsonNode json = MAPPER.readTree(result.out());
            String verdict = json.get("summary").get("verdict").asText();
            if (result.status() == ExitCode.SAME) {
                passed++;
                assertEquals("match", verdict, where);
                assertEquals(epochs, json.get("summary").get("comparedEpochs").asInt(), where);
                assertEquals(epochs, json.get("steps").size(), where);
                for (JsonNode step : json.get("steps")) {
                    assertFinite(step.get("loss"), "manual", where);
                    assertFinite(step.get("loss"), "autograd", where);
                    for (JsonNode p : step.get("parameters")) {
                        assertFinite(p.get("gradient"), "manual", where);
                        assertFinite(p.get("gradient"), "autograd", where);
                        assertFinite(p.get("updated"), "manual", where);
                        assertFinite(p.get("updated"), "autograd", where);
                        if (!p.get("numericAgreesWith").asText().equals("unreliable")) {
                            assertFinite(p.get("gradient"), "numeric", where);
                        }
                    }
                }
            } else {
                failed++;
                assertEquals(ExitCode.DIFFERENT, result.status(), where);
                assertTrue(verdict.equals("mismatch") || verdict.equals("diverged"), where);
            }
        }
        assertTrue(passed > CASES / 4 && failed > 0, "the draw covers both outcomes: " + passed + " passed, " + failed
                + " failed");
    }

    private static void assertFinite(JsonNode pair, String side, String where) {
        JsonNode value = pair.get(side);
        assertTrue(value != null && value.isNumber() && Double.isFinite(value.asDouble()), where + ": " + side + " " + pair);
    }

    /** A fully connected network of one or two hidden layers with random sizes, weights, targets and step. */
    private static String network(SplittableRandom random, String activation, String loss, int epochs) {
        int[] layers = random.nextBoolean()
                ? new int[] {1 + random.nextInt(3), 1 + random.nextInt(3), 1 + random.nextInt(2)}
                : new int[] {1 + random.nextInt(3), 1 + random.nextInt(3)};
        double scale = random.nextInt(10) == 0 ? 1e150 : 2;
        StringBuilder weights = new StringBuilder("[");
        StringBuilder parameters = new StringBuilder("{");
        int count = 0;
        for (int l = 1; l < layers.length; l++) {
            weights.append(l > 1 ? "," : "").append('[');
            for (int j = 0; j < layers[l]; j++) {
                weights.append(j > 0 ? "," : "").append('[');
                for (int i = 0; i < layers[l - 1]; i++) {
                    count++;
                    weights.append(i > 0 ? "," : "").append("\"w").append(count).append('"');
                    parameters.append(count > 1 ? "," : "").append("\"w").append(count).append("\":")
                            .append(number(scale * (2 * random.nextDouble() - 1)));
                }
                weights.append(']');
            }
            weights.append(']');
        }
        weights.append(']');
        parameters.append('}');
        List<String> samples = new ArrayList<>();
        boolean probabilities = loss.equals("bce") || loss.equals("softmax-ce");
        for (int s = 0, total = 1 + random.nextInt(3); s < total; s++) {
            List<String> x = new ArrayList<>();
            for (int i = 0; i < layers[0]; i++) {
                x.add(number(2 * random.nextDouble() - 1));
            }
            List<String> y = new ArrayList<>();
            for (int k = 0; k < layers[layers.length - 1]; k++) {
                y.add(number(probabilities ? random.nextDouble() : 2 * random.nextDouble() - 1));
            }
            samples.add("{\"x\":[" + String.join(",", x) + "],\"y\":[" + String.join(",", y) + "]}");
        }
        StringBuilder sizes = new StringBuilder();
        for (int size : layers) {
            sizes.append(sizes.length() > 0 ? "," : "").append(size);
        }
        return "{\"layers\":[" + sizes + "],\"weights\":" + weights + ",\"parameters\":" + parameters
                + ",\"activation\":\"" + activation + "\",\"loss\":\"" + loss + "\",\"learningRate\":"
                + number(STEPS[random.nextInt(STEPS.length)]) + ",\"epochs\":" + epochs + ",\"samples\":["
                + String.join(",", samples) + "]}";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.17g", value);
    }
}
