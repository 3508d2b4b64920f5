package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.check.FormulaVerdict;
import bpdiff.gradient.Precision;
import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example programs of {@code examples/programs/} checked as a student would check them. What is wrong in each
 * comes from outside the checker: the homework's own statement that d_w1..d_w4 are the wrong formulas, the
 * homework-2 program run in plain Python ({@code reference-results/python/}), and the one mistake each mistake
 * file was written with (its first comment says which).
 */
class ProgramExamplesTest {

    static ProgramReport check(String example) {
        return check(example, text(example));
    }

    static ProgramReport check(String name, String text) {
        return ProgramCheck.check(text, "examples/programs/" + name, CheckOptions.defaults(Precision.FLOAT64));
    }

    static String text(String example) {
        try {
            return Files.readString(Path.of("examples/programs", example));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of the first statement starting with {@code start} in an example. */
    static int lineOf(String example, String start) {
        List<String> lines = text(example).lines().toList();
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).strip().startsWith(start)) {
                return k + 1;
            }
        }
        throw new IllegalArgumentException(start + " not in " + example);
    }

    private static Set<String> wrong(ProgramReport report) {
        return report.failed().stream().map(q -> q.site().name()).collect(Collectors.toSet());
    }

    @Test
    void publishedFlagsExactlyTheHiddenLayerWeightsWithTheHomeworksMistake() {
        ProgramReport report = check("homework2-published.py");
        assertFalse(report.passed());
        assertEquals(Set.of("d_w1", "d_w2", "d_w3", "d_w4"), wrong(report));
        assertEquals(List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"),
                report.parameters().stream().sorted().toList());
        assertEquals(10, report.quantities().size());
        assertTrue(report.notChecked().isEmpty(), report.notChecked().toString());
        assertEquals(lineOf("homework2-published.py", "d_w1 ="), report.firstWrong().site().line());
        JsonNode python = PyTorchReference.homework2Case("buggy").get("steps").get(0).get("gradient");
        for (CheckedQuantity q : report.failed()) {
            assertTrue(q.judged().ownMistake(), q.site().name());
            assertEquals(PyTorchReference.number(python.get(q.derivative().target())), q.shown().student()[0], 1e-15,
                    "the program's own " + q.site().name() + " is the homework-2 program's");
            String likely = q.likely().get(0);
            String target = q.derivative().target();
            String pair = target.equals("w1") || target.equals("w3") ? "d_w5 + d_w6" : "d_w7 + d_w8";
            assertTrue(likely.contains("is replaced by " + pair), likely);
            assertTrue(likely.contains("are missing") && likely.contains("is extra"), likely);
            assertTrue(q.site().updateLine() > 0, "the update that subtracts " + q.site().name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"homework2-corrected.py", "lecture-scalar.py", "lecture-matrix.py", "mlp-3-4-2.py",
        "regression-tanh.py", "leaky-relu.py"})
    void correctProgramsPass(String example) {
        ProgramReport report = check(example);
        assertTrue(report.passed(), report.summary() + " " + report.notChecked());
        assertTrue(report.quantities().size() >= 4);
        assertTrue(report.quantities().stream().allMatch(q -> q.shown().verdict() == FormulaVerdict.MATCH));
    }

    @Test
    void weightsHeldInANamedtupleAreCheckedThroughReplace() throws IOException {
        // params = params._replace(W1=params.W1 - lr * dW1, ...): each field stepped is a parameter; what the step
        // subtracts at epoch 1 is PyTorch's dE/dparams.W1 of the program run by CPython (tools/program_reference.py)
        ProgramReport report = check("namedtuple-params.py");
        assertTrue(report.passed(), report.summary());
        assertEquals(List.of("params.W1", "params.W2"), report.parameters());
        assertEquals(3, report.epochs());
        JsonNode torch = PyTorchReference.read("reference-results/programs/namedtuple-params.json").get("losses").get(0)
                .get("gradients").get("params.W1");
        CheckedQuantity w1 = report.quantities().stream().filter(q -> q.derivative().target().equals("params.W1"))
                .findFirst().orElseThrow();
        assertEquals(torch.get(0).get(0).asDouble(), w1.history().get(0).student()[0], 1e-12);
        // the same program stepping W2 up its gradient: only params.W2 is wrong, with its sign flipped
        ProgramReport ascent = check("namedtuple-params.py", text("namedtuple-params.py")
                .replace("W2=params.W2 - lr * dW2", "W2=params.W2 + lr * dW2"));
        assertEquals(Set.of("params.W2"), wrong(ascent));
        assertEquals("the sign is flipped", ascent.failed().get(0).likely().get(0));
    }

    @Test
    void aHundredEpochsAreCheckedWhenTheProgramRunsAHundred() {
        String text = text("homework2-corrected.py").replace("    N = 1  #", "    N = 100  #");
        ProgramReport report = check("homework2-corrected.py", text);
        assertEquals(100, report.epochs());
        assertTrue(report.passed(), report.summary());
        assertTrue(report.quantities().stream().allMatch(q -> q.judged().epochs() == 100));
        assertTrue(report.summary().contains("at every one of 100 epochs"), report.summary());
        ProgramReport published = check("homework2-published.py",
                text("homework2-published.py").replace("    N = 1  #", "    N = 100  #"));
        assertEquals(100, published.epochs());
        assertEquals(1, published.firstFailingEpoch());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "mistake-factor-two.py         | d_o1 =     | a factor 2 too many",
        "mistake-sign.py               | d_o1 =     | the sign is flipped",
        "mistake-missing-derivative.py | delta_h1 = | the activation-derivative factor out_h1·(1−out_h1) is missing",
        "mistake-missing-path.py       | d_h1 =     | the path through w6 * out_h1 (→ in_o2) is missing",
        "mistake-wrong-weight.py       | d_h1 =     | w7 is used where w6 belongs",
        "mistake-after-update.py       | d_h1 =     | uses w5 (updated at line",
        "mistake-transpose.py          | delta1 =   | a transpose is missing: W2 should be W2.T",
        "mistake-dot-outer.py          | dW2 =      | np.dot(delta2, a1) is a product where the outer product np.outer(delta2, a1) belongs",
        "mistake-elementwise-product.py | dW2 =     | delta2 * a1 multiplies elementwise where the outer product",
        "mistake-missing-mean.py       | dW2 =      | a factor 1/4 is missing: the loss is a mean over 4 samples",
        "mistake-sum-axis.py           | db2 =      | the sum runs over all elements where one over axis 0 belongs",
        "mistake-relu-derivative.py    | dZ1 =      | the activation-derivative factor (Z1 > 0) is missing",
        "mistake-tanh-derivative.py    | dZ1 =      | the activation derivative of A1 = tanh(Z1) is wrong: it is 1−A1², but the line uses A1·(1−A1), the derivative of sigmoid",
        "corpus/hw2-matrix-vectors-dot-no-transpose.py | delta_h =  | a transpose is missing: W_ho should be W_ho.T",
        "corpus/hw2-matrix-vectors-outer-swapped.py | grad_W_ho = | np.outer(out_h, delta_o) is the transpose of the gradient: its factors belong the other way round, np.outer(delta_o, out_h)",
        "corpus/hw2-e-power-no-deriv.py | d_w1 =     | the activation-derivative factor h1·(1−h1) is missing",
        "corpus/hw2-matrix-rows-xw-no-transpose.py | dH =     | a transpose is missing: W2 should be W2.T",
    })
    void eachMistakeIsFlaggedOnItsLineWithItsDiagnosis(String example, String statement, String diagnosis) {
        ProgramReport report = check(example);
        assertFalse(report.passed());
        int line = lineOf(example, statement.strip());
        assertEquals(line, report.firstWrong().site().line(), report.summary());
        CheckedQuantity first = report.firstWrong();
        assertTrue(first.judged().ownMistake());
        assertTrue(first.likely().get(0).contains(diagnosis.strip()), first.likely().toString());
        for (CheckedQuantity q : report.failed()) {
            assertTrue(q.judged().ownMistake() || q.judged().causeLine() > 0, q.site().name() + " has a cause");
        }
    }

    /**
     * The leaky ReLU is found as numpy programs write it ({@code np.maximum(0.01 * Z1, Z1)} or
     * {@code np.where(Z1 > 0, Z1, 0.01 * Z1)}), so that ReLU's derivative written for it is named: the program of
     * {@code leaky-relu.py} passes, and with {@code (Z1 > 0)} for its derivative fails on that line alone.
     */
    @ParameterizedTest
    @ValueSource(strings = {"np.maximum(0.01 * Z1, Z1)", "np.maximum(Z1, Z1 * 0.01)", "np.where(Z1 > 0, Z1, 0.01 * Z1)"})
    void relusDerivativeWrittenForALeakyReluIsNamed(String leaky) {
        String program = text("leaky-relu.py").replace("np.maximum(0.01 * Z1, Z1)", leaky);
        assertTrue(check("leaky-relu.py", program).passed());
        ProgramReport report = check("leaky-relu.py",
                program.replace("dA1 * np.where(Z1 > 0, 1, 0.01)", "dA1 * (Z1 > 0)"));
        assertEquals(Set.of("dZ1", "dW1", "db1"), wrong(report));
        assertEquals(lineOf("leaky-relu.py", "dZ1 ="), report.firstWrong().site().line());
        assertEquals("the activation derivative of A1 = leaky-relu(Z1) is wrong: it is leaky_relu'(Z1), but the line"
                + " uses relu'(Z1), the derivative of relu", report.firstWrong().likely().get(0));
    }

    /**
     * The seed's question 6: sigmoid changed to ReLU in homework 2 ({@code f(x) = max(0, x)}, with the built-in or
     * numpy's), back_propagate left as it was: the sigmoid's derivative is named where ReLU's belongs, whichever max
     * the program calls (the built-in returns one of its arguments; it is seen as the ReLU it is).
     */
    @ParameterizedTest
    @ValueSource(strings = {"max(0, z)", "np.maximum(0, z)", "max(z, 0)"})
    void sigmoidsDerivativeLeftInAfterChangingToReluIsNamed(String relu) {
        String program = text("homework2-published.py").replace("a = 1 / (1 + np.exp(-z))", "a = " + relu)
                .replace("    N = 1  #", "    N = 10  #");
        ProgramReport report = check("homework2-published.py", program);
        assertEquals(lineOf("homework2-published.py", "d_w5 ="), report.firstWrong().site().line(), report.summary());
        assertEquals("the activation derivative of out_o1 = relu(in_o1) is wrong: it is relu'(in_o1), but the line uses "
                + "out_o1·(1−out_o1), the derivative of sigmoid", report.firstWrong().likely().get(0));
    }

    /**
     * {@code momentum.py} steps by velocities that add up every epoch's gradient: the updates are not claims of one
     * epoch's gradient, and its dW1, dW2 are, PyTorch's at epoch 1 ({@code tools/program_reference.py}). With tanh's
     * derivative left out of dW1, that line alone fails.
     */
    @Test
    void aMomentumStepIsNotAGradientButTheGradientsItAddsUpAreChecked() {
        ProgramReport report = check("momentum.py");
        assertTrue(report.passed(), report.summary() + " " + report.notChecked());
        assertTrue(report.notChecked().isEmpty(), report.notChecked().toString());
        assertEquals(60, report.epochs());
        JsonNode torch = PyTorchReference.read("reference-results/programs/momentum.json").at("/losses/0/gradients");
        int compared = 0;
        for (CheckedQuantity q : report.quantities()) {
            assertTrue(q.site().line() < lineOf("momentum.py", "vW1 = beta"), "no claim at the velocities or updates: "
                    + q.site().name() + " line " + q.site().line());
            String target = q.derivative().target();
            if (target.equals("W1") || target.equals("W2")) {
                double[] expected = flatten(torch.get(target));
                double[] student = q.shown().student();
                assertEquals(expected.length, student.length);
                for (int k = 0; k < expected.length; k++) {
                    assertEquals(expected[k], student[k], 1e-12 * (1 + Math.abs(expected[k])), target + "[" + k + "]");
                }
                compared++;
            }
        }
        assertEquals(2, compared, "dW1 and dW2 are checked");
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("momentum")), report.notes().toString());

        ProgramReport wrong = check("momentum.py", text("momentum.py")
                .replace("(dout @ W2.T * (1 - H ** 2))", "(dout @ W2.T)"));
        assertFalse(wrong.passed());
        assertEquals(Set.of("dW1"), wrong(wrong));
    }

    /**
     * {@code layers-list.py} steps two arrays under each name ({@code layer.W} of both Linear layers in one loop):
     * the second layer's gradient computed from the first layer's weights, replaced earlier in the same epoch, is no
     * momentum; it passes as written, and a factor 2 planted in the output layer's dW alone fails.
     */
    @Test
    void layersUpdatedInOneLoopAreEachAGradientStep() {
        ProgramReport report = check("layers-list.py");
        assertTrue(report.passed(), report.summary() + " " + report.notChecked());
        assertTrue(report.notChecked().isEmpty(), report.notChecked().toString());
        // each layer's weights and bias, named where they live (the program's layers[0] and layers[2])
        assertEquals(List.of("layers[0].W", "layers[2].W", "layers[0].b", "layers[2].b"), report.parameters());
        assertEquals(4, report.quantities().size());
        assertTrue(report.notes().stream().noneMatch(n -> n.contains("momentum")), report.notes().toString());
        ProgramReport wrong = check("layers-list.py", text("layers-list.py")
                .replace("self.dW = self.x.T @ dy", "self.dW = self.x.T @ dy * (2.0 if self.W.shape[1] == 1 else 1.0)"));
        assertFalse(wrong.passed());
        assertEquals(Set.of("layers[2].W"), wrong.failed().stream().map(q -> q.derivative().target())
                .collect(Collectors.toSet()));
    }

    static double[] flatten(JsonNode array) {
        List<Double> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<JsonNode> todo = new java.util.ArrayDeque<>();
        todo.push(array);
        while (!todo.isEmpty()) {
            JsonNode n = todo.pop();
            if (n.isArray()) {
                for (int k = n.size() - 1; k >= 0; k--) {
                    todo.push(n.get(k));
                }
            } else {
                out.add(PyTorchReference.number(n));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void aParameterWithoutAGradientFailsAndIsNamed() {
        ProgramReport report = check("mistake-missing-gradient.py");
        assertFalse(report.passed());
        assertTrue(report.failed().isEmpty(), "everything it computes is right");
        assertEquals(1, report.notChecked().size());
        assertTrue(report.notChecked().get(0).message().startsWith("w4 looks like a parameter"),
                report.notChecked().toString());
        assertTrue(report.summary().contains("1 thing was not checked"), report.summary());
    }

    @Test
    void theGraphOfTheShownEpochHasEveryNodeWithBothGradients() {
        ProgramReport report = check("homework2-corrected.py");
        GraphNode w1 = report.graph().stream().filter(n -> "w1".equals(n.name())).findFirst().orElseThrow();
        assertTrue(w1.parameter());
        assertEquals("leaf", w1.op());
        assertEquals(w1.autograd()[0], w1.numeric()[0], 1e-9);
        GraphNode loss = report.graph().get(report.graph().size() - 1);
        assertEquals("error", loss.name());
        assertEquals(1.0, loss.autograd()[0], 0);
        assertTrue(report.graph().stream().allMatch(n -> n.inputs().stream().allMatch(i -> i < n.id())));
    }
}
