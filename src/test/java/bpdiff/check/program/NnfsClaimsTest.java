package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Gradients kept on the layer objects, as "Neural Networks from Scratch" keeps them ({@code self.dweights = …},
 * {@code self.dinputs[self.inputs <= 0] = 0}): each is a claim of the gradient of the attribute it is named after
 * on the same object ({@code self.weights}), the parameter named where the program keeps it ({@code dense1.weights}).
 * {@code nnfs-sgd-momentum.py} steps by momentum, so its updates claim nothing and these are all there is to check.
 * Its first epoch is the corpus's {@code nnfs-spiral-softmax.py}'s (same seed, data, network and learning rate; the
 * velocities start at zero), whose PyTorch float64 gradients at epoch 1 {@code tools/corpus_reference.py} recorded.
 */
class NnfsClaimsTest {

    private static final String PROGRAM = "nnfs-sgd-momentum.py";

    @Test
    void aMomentumStepIsCheckedThroughTheGradientsTheLayersKeep() {
        ProgramReport report = ProgramExamplesTest.check(PROGRAM);
        assertTrue(report.passed(), report.summary());
        assertTrue(report.notChecked().isEmpty(), report.notChecked().toString());
        assertEquals(201, report.epochs());
        JsonNode reference = PyTorchReference.read("reference-results/corpus/nnfs-spiral-softmax.json");
        Map<String, JsonNode> gradients = new HashMap<>();
        reference.get("parameters").forEach(p -> gradients.put(p.get("name").asText(), p.at("/epoch1/gradient")));
        int compared = 0;
        for (CheckedQuantity q : report.quantities()) {
            JsonNode expected = gradients.get(q.derivative().target());
            if (expected == null) {
                continue;
            }
            double[] torch = ProgramExamplesTest.flatten(expected);
            double[] student = q.shown().student();
            assertEquals(torch.length, student.length, q.derivative().target());
            for (int k = 0; k < torch.length; k++) {
                assertEquals(torch[k], student[k], 1e-12 * (1 + Math.abs(torch[k])), q.derivative().target() + "[" + k + "]");
            }
            assertTrue(q.site().name().startsWith("d"), "claimed at self.dweights or self.dbiases: " + q.site().name());
            compared++;
        }
        assertEquals(4, compared, "dense1.weights, dense1.biases, dense2.weights, dense2.biases are checked");
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("momentum")), report.notes().toString());
    }

    @Test
    void reluBackwardWithoutItsMaskFailsTheFirstLayersClaims() {
        String text = ProgramExamplesTest.text(PROGRAM).replace("        self.dinputs[self.inputs <= 0] = 0\n", "");
        ProgramReport report = ProgramExamplesTest.check(PROGRAM, text);
        assertFalse(report.passed());
        Set<String> wrong = report.failed().stream().map(q -> q.derivative().target()).collect(Collectors.toSet());
        assertTrue(wrong.containsAll(Set.of("dense1.weights", "dense1.biases")), wrong.toString());
        assertFalse(wrong.contains("dense2.weights") || wrong.contains("dense2.biases"), wrong.toString());
    }
}
