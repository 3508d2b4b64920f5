package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Matt Mazur's "A Step by Step Backpropagation Example" (mattmazur.com, 2015-03-17), the lecture's origin, as its
 * readers write it ({@code examples/programs/corpus/mazur-step-by-step.py}): bpdiff's autograd gradients at the first
 * step are the ones the post publishes, and so are the weights one step of learning rate 0.5 along them gives. The
 * numbers below are copied from the post (rounded there to 8 or 9 decimals), an outside truth; CorpusTest holds the
 * same program to PyTorch at all ten steps.
 */
class MazurExampleTest {

    /** The post's ∂E_total/∂w at the first step: w5 and w1 are worked out in its text. */
    private static final Map<String, Double> PUBLISHED_GRADIENTS = Map.of("w5", 0.082167041, "w1", 0.000438568);

    /** The post's weights after the first step, η = 0.5. */
    private static final Map<String, Double> PUBLISHED_WEIGHTS = Map.of("w1", 0.149780716, "w2", 0.19956143,
            "w3", 0.24975114, "w4", 0.29950229, "w5", 0.35891648, "w6", 0.408666186, "w7", 0.511301270,
            "w8", 0.561370121);

    private static final Map<String, Double> INITIAL = Map.of("w1", 0.15, "w2", 0.20, "w3", 0.25, "w4", 0.30,
            "w5", 0.40, "w6", 0.45, "w7", 0.50, "w8", 0.55);

    @Test
    void theFirstStepsGradientsAndWeightsAreThePosts() {
        ProgramReport report = ProgramExamplesTest.check("corpus/mazur-step-by-step.py");
        assertTrue(report.passed(), report.summary());
        int weights = 0;
        for (CheckedQuantity q : report.quantities()) {
            String w = q.derivative().target();
            if (!q.site().name().equals("dE_d" + w) || !INITIAL.containsKey(w)) {
                continue;
            }
            assertEquals(1, q.shown().epoch());
            double gradient = q.shown().autograd()[0];
            if (PUBLISHED_GRADIENTS.containsKey(w)) {
                assertEquals(PUBLISHED_GRADIENTS.get(w), gradient, 5e-10, "∂E_total/∂" + w);
            }
            // the post gives some weights to 8 decimals: half a unit of the 8th
            assertEquals(PUBLISHED_WEIGHTS.get(w), INITIAL.get(w) - 0.5 * gradient, 5e-9, w + "⁺");
            weights++;
        }
        assertEquals(8, weights, "dE_dw1 … dE_dw8 are the claims of w1 … w8");
    }
}
