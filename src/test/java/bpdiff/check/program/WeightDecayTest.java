package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.gradient.Precision;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * L2 regularization written as weight decay, {@code W = (1 - lr * lam) * W - lr * dW}: the step
 * {@code W - lr * (lam * W + dW)}, held to PyTorch's gradient of the loss with its \( \frac{\lambda}{2} \lVert W
 * \rVert^2 \) term. (Nielsen's {@code network2.py} form, a comprehension over {@code zip(self.weights, nabla_w)}, is
 * held to {@code tools/corpus_reference.py}'s truth by CorpusTest: {@code nielsen-network2*.py}.)
 */
class WeightDecayTest {

    private static final String PROGRAM = String.join("\n",
            "import numpy as np",
            "np.random.seed(0)",
            "X = np.random.randn(5, 3)",
            "y = np.random.randn(5, 1)",
            "W = np.random.randn(3, 1) * 0.1",
            "lr, lam = 0.1, 0.5",
            "for epoch in range(5):",
            "    out = np.tanh(X @ W)",
            "    loss = 0.5 * np.sum((out - y) ** 2) + 0.5 * lam * np.sum(W * W)",
            "    dW = X.T @ ((out - y) * (1 - out ** 2))",
            "    W = (1 - lr * lam) * W - lr * dW",
            "");

    private static ProgramReport check(String text) {
        return ProgramCheck.check(text, "decay.py", CheckOptions.defaults(Precision.FLOAT64));
    }

    @Test
    void aDecayedStepIsTheStepOfTheRegularizedGradient() {
        ProgramReport report = check(PROGRAM);
        assertTrue(report.passed(), report.summary());
        assertEquals(List.of("W"), report.parameters());
        assertTrue(report.notChecked().isEmpty(), report.notChecked().toString());
        assertEquals(5, report.epochs());
    }

    @Test
    void theDecayMayBeSubtractedOnItsOwn() {
        ProgramReport report = check(PROGRAM.replace("(1 - lr * lam) * W - lr * dW", "W - lr * lam * W - lr * dW"));
        assertTrue(report.passed(), report.summary());
        assertEquals(List.of("W"), report.parameters());
    }

    @Test
    void aSumWhoseTermsShareTheLearningRateIsAStepOfIt() {
        // before, the learning rate of W -= lr * dW + lr * lam * W was not found: the whole step was read as the
        // gradient, a false alarm ten times off
        for (String step : List.of("W -= lr * dW + lr * lam * W", "W = W - (lr * lam * W + lr * dW)")) {
            ProgramReport report = check(PROGRAM.replace("W = (1 - lr * lam) * W - lr * dW", step));
            assertTrue(report.passed(), step + ": " + report.summary());
            assertEquals(List.of("W"), report.parameters());
        }
    }

    @Test
    void aDecayTwiceTooStrongIsWrongFromTheFirstEpoch() {
        ProgramReport report = check(PROGRAM.replace("(1 - lr * lam) * W", "(1 - lr * lam * 2) * W"));
        assertFalse(report.passed());
        Set<String> wrong = report.failed().stream().map(q -> q.derivative().target()).collect(Collectors.toSet());
        assertEquals(Set.of("W"), wrong);
        assertTrue(report.failed().stream().anyMatch(q -> q.site().update()
                && q.judged().firstFailingEpoch() == 1), report.summary());
    }
}
