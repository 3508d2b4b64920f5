package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.diff.Tolerance;
import bpdiff.gradient.Precision;
import bpdiff.testing.Cli;
import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code compare --loss softmax-ce} on the lecture network, whose targets y = (0.23, −0.07) are not probabilities:
 * PyTorch's {@code CrossEntropyLoss} with probability targets takes them as they are and trains
 * ({@code tools/pytorch_reference.py}, case {@code sigmoid/softmax-ce/given/lr1/e20}, torch's own numbers in
 * {@code reference-results/pytorch/lecture-<dtype>.json}), so bpdiff compares them too: its autograd's loss,
 * gradients and updated weights at every one of the 20 epochs are PyTorch's within the dtype's tolerance, the
 * verdict is a match (exit 0), and standard error has exactly one line, the warning.
 */
class SoftmaxTargetsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CASE = "sigmoid/softmax-ce/given/lr1/e20";

    @ParameterizedTest
    @ValueSource(strings = {"float64", "float32"})
    void compareTrainsOnTheLecturesTargetsAsPyTorchDoesAndWarnsOnce(String dtype) throws Exception {
        Cli.Result result = Cli.run("compare", "--loss", "softmax-ce", "--epochs", "20", "--dtype", dtype,
                "--format", "json");
        assertEquals(ExitCode.SAME, result.status(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertEquals("bpdiff: warning: softmax-ce reads the targets as probabilities in [0, 1], but y2 of sample 1 is"
                + " -0.07; PyTorch's CrossEntropyLoss takes them as they are, and so does bpdiff (--loss)",
                result.err().strip());
        JsonNode steps = MAPPER.readTree(result.out()).get("steps");
        JsonNode torch = PyTorchReference.pytorchCase(dtype, CASE).get("steps");
        assertEquals(20, steps.size());
        assertEquals(torch.size(), steps.size());
        Tolerance tolerance = Tolerance.forAutograd(Precision.parse(dtype, "dtype"));
        for (int e = 0; e < steps.size(); e++) {
            JsonNode ours = steps.get(e);
            JsonNode theirs = torch.get(e);
            agree(tolerance, PyTorchReference.number(theirs.get("loss")), ours.at("/loss/autograd").asDouble(),
                    "loss at epoch " + (e + 1));
            double[] gradient = PyTorchReference.weights(theirs.get("gradient"));
            double[] updated = PyTorchReference.weights(theirs.get("updated"));
            for (int w = 0; w < gradient.length; w++) {
                JsonNode parameter = ours.get("parameters").get(w);
                String name = PyTorchReference.WEIGHTS.get(w);
                assertEquals(name, parameter.get("name").asText());
                agree(tolerance, gradient[w], parameter.at("/gradient/autograd").asDouble(), "dL/d" + name + " at "
                        + "epoch " + (e + 1));
                agree(tolerance, updated[w], parameter.at("/updated/autograd").asDouble(), name + " after epoch "
                        + (e + 1));
                assertEquals("match", parameter.get("verdict").asText());
            }
        }
        assertTrue(steps.get(19).at("/loss/autograd").asDouble() < steps.get(0).at("/loss/autograd").asDouble(),
                "it trains: the loss falls");
    }

    @org.junit.jupiter.api.Test
    void checkOfAFormulaListOnSoftmaxCeWarnsOnceAndBceStillRefuses() {
        // the corrected homework's formulas are the squared error's: wrong under softmax-ce, but checked
        Cli.Result check = Cli.run("check", "examples/derivations/corrected.py", "--loss", "softmax-ce");
        assertEquals(ExitCode.DIFFERENT, check.status(), check.err());
        assertEquals(1, check.err().lines().count(), check.err());
        assertTrue(check.err().startsWith("bpdiff: warning: softmax-ce reads the targets as probabilities"),
                check.err());
        // PyTorch 2.x's BCELoss raises "all elements of target should be between 0 and 1"
        Cli.Result bce = Cli.run("compare", "--loss", "bce");
        assertEquals(ExitCode.BAD_INPUT, bce.status());
        assertEquals("bpdiff: bce reads the targets as probabilities in [0, 1], but y2 of sample 1 is -0.07 (--loss)",
                bce.err().strip());
    }

    private static void agree(Tolerance tolerance, double pytorch, double bpdiff, String what) {
        assertTrue(tolerance.agrees(bpdiff, pytorch), what + ": bpdiff " + bpdiff + ", PyTorch " + pytorch);
    }
}
