package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.gradient.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parameters as students hold them: a list of weights updated element by element (by index, by a comprehension,
 * by a zip loop), arrays updated in place through a loop variable, and units that Python's {@code max(0, z)} cuts
 * off. The true gradients are the lecture network's (its programs are held to PyTorch in {@link
 * ProgramReferenceTest}); here the question is which parameters are judged and where a planted mistake shows.
 */
class ProgramParametersTest {

    /** The lecture network with its eight weights in a list, the gradients in another, one mistake optional. */
    private static String lectureList(String dw2, String update) {
        return """
                import numpy as np
                def sigmoid(z):
                    return 1 / (1 + np.exp(-z))
                w = [0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]
                x1, x2, y1, y2 = 0.5, 0.3, 0.23, -0.07
                lr = 0.5
                for epoch in range(3):
                    out_h1 = sigmoid(w[0] * x1 + w[2] * x2)
                    out_h2 = sigmoid(w[1] * x1 + w[3] * x2)
                    out_o1 = sigmoid(w[4] * out_h1 + w[6] * out_h2)
                    out_o2 = sigmoid(w[5] * out_h1 + w[7] * out_h2)
                    loss = 0.5 * (out_o1 - y1) ** 2 + 0.5 * (out_o2 - y2) ** 2
                    d1 = (out_o1 - y1) * out_o1 * (1 - out_o1)
                    d2 = (out_o2 - y2) * out_o2 * (1 - out_o2)
                    e1 = (d1 * w[4] + d2 * w[5]) * out_h1 * (1 - out_h1)
                    e2 = (d1 * w[6] + d2 * w[7]) * out_h2 * (1 - out_h2)
                    dw = [e1 * x1, e2 * x1, DW2, e2 * x2, d1 * out_h1, d2 * out_h1, d1 * out_h2, d2 * out_h2]
                UPDATE
                """.replace("DW2", dw2).replace("UPDATE", update);
    }

    private static final String COMPREHENSION = "    w = [w[i] - lr * dw[i] for i in range(8)]";
    private static final String ZIP = "    w = [wi - lr * gi for wi, gi in zip(w, dw)]";
    private static final String BY_INDEX = "    for i in range(8):\n        w[i] = w[i] - lr * dw[i]";

    private static ProgramReport check(String text) {
        return ProgramCheck.check(text, "p.py", CheckOptions.defaults(Precision.FLOAT64));
    }

    @Test
    void everyElementOfAListIsAParameterOfItsOwn() {
        for (String update : List.of(COMPREHENSION, ZIP, BY_INDEX)) {
            ProgramReport report = check(lectureList("e1 * x2", update));
            assertEquals(List.of("w[0]", "w[1]", "w[2]", "w[3]", "w[4]", "w[5]", "w[6]", "w[7]"), report.parameters(),
                    update);
            assertTrue(report.passed(), update + ": " + report.summary());
            assertEquals(8, report.quantities().size(), update);
            assertTrue(report.quantities().stream().allMatch(q -> q.judged().epochs() == 3), update);
        }
    }

    @Test
    void aMistakeInOneElementIsFlaggedOnThatElementAlone() {
        for (String update : List.of(COMPREHENSION, ZIP, BY_INDEX)) {
            ProgramReport report = check(lectureList("e1 * x1", update));
            List<String> wrong = report.failed().stream().map(q -> q.derivative().target()).toList();
            assertEquals(List.of("w[2]"), wrong, update + ": " + report.summary());
            assertEquals(1, report.failed().get(0).judged().firstFailingEpoch(), update);
        }
    }

    @Test
    void arraysUpdatedInPlaceThroughALoopVariableAreTheirOwnParameters() {
        ProgramReport report = check("""
                import numpy as np
                X = np.array([[0.5, 0.3], [0.1, 0.9]])
                Y = np.array([[0.23], [0.7]])
                W1 = np.array([[0.2, -0.4], [0.5, 0.6]])
                W2 = np.array([[0.1], [-0.5]])
                for epoch in range(2):
                    H = np.tanh(X @ W1)
                    out = H @ W2
                    loss = 0.5 * np.sum((out - Y) ** 2)
                    d_out = out - Y
                    dW2 = H.T @ d_out
                    dW1 = X.T @ (d_out @ W2.T * (1 - H ** 2))
                    for p, g in zip([W1, W2], [dW1, dW2]):
                        p -= 0.1 * g
                """);
        assertEquals(List.of("W1", "W2"), report.parameters());
        assertTrue(report.passed(), report.summary());
    }

    @Test
    void aUnitThatMaxCutsOffHasAZeroGradientNotALostLoss() {
        // relu by Python's max: out_h2 = max(0, -0.02) is the integer 0, so the loss does not depend on w2, w4 at
        // these weights and their true gradient is 0, which the student's relu derivative gives
        ProgramReport report = check("""
                def relu(z):
                    return max(0, z)
                def relu_derivative(z):
                    return 1.0 if z > 0 else 0.0
                w1, w2, w3, w4, w5, w6 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.3
                x1, x2, y = 0.5, 0.3, 0.23
                for epoch in range(2):
                    in_h1 = w1 * x1 + w3 * x2
                    in_h2 = w2 * x1 + w4 * x2
                    out_h1 = relu(in_h1)
                    out_h2 = relu(in_h2)
                    out = w5 * out_h1 + w6 * out_h2
                    loss = 0.5 * (out - y) ** 2
                    d_out = out - y
                    d_w5 = d_out * out_h1
                    d_w6 = d_out * out_h2
                    d_w1 = d_out * w5 * relu_derivative(in_h1) * x1
                    d_w3 = d_out * w5 * relu_derivative(in_h1) * x2
                    d_w2 = d_out * w6 * relu_derivative(in_h2) * x1
                    d_w4 = d_out * w6 * relu_derivative(in_h2) * x2
                    w1 = w1 - 0.1 * d_w1
                    w2 = w2 - 0.1 * d_w2
                    w3 = w3 - 0.1 * d_w3
                    w4 = w4 - 0.1 * d_w4
                    w5 = w5 - 0.1 * d_w5
                    w6 = w6 - 0.1 * d_w6
                """);
        assertTrue(report.passed(), report.summary() + " " + report.notChecked());
        assertEquals(List.of("w1", "w2", "w3", "w4", "w5", "w6"), report.parameters());
    }

    /**
     * A step by a computed attribute name that bpdiff does not run (an object's {@code __dict__}, {@code vars()}; both
     * run in CPython) is refused with the statement that runs: {@code setattr(self, name, getattr(self, name) - …)},
     * which is an update of {@code self.w1} (held to PyTorch by the corpus's {@code hw2-class-setattr*.py}).
     */
    @Test
    void stepsByAComputedNameThatBpdiffDoesNotRunSayWhatToWrite() {
        String program = """
                class Net:
                    def __init__(self):
                        self.w1, self.d_w1 = 0.2, 0.1
                    def step(self, lr):
                        for name in ['w1']:
                            STEP
                net = Net()
                loss = net.w1 ** 2
                net.step(0.5)
                """;
        String instead = "setattr(self, name, getattr(self, name) - lr * getattr(self, 'd_' + name))";
        for (String step : List.of("self.__dict__[name] -= lr * self.__dict__['d_' + name]",
                "vars(self)[name] -= lr * vars(self)['d_' + name]")) {
            bpdiff.program.BadProgramException e = org.junit.jupiter.api.Assertions.assertThrows(
                    bpdiff.program.BadProgramException.class, () -> check(program.replace("STEP", step)));
            bpdiff.program.Problem p = e.problems().get(0);
            assertTrue(p.message().contains("is not supported") && p.message().contains(instead), p.message());
            assertEquals(6, p.line(), p.message());
        }
    }
}
