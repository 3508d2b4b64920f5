package bpdiff.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.diff.Tolerance;
import bpdiff.gradient.Precision;
import bpdiff.network.Networks;
import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example derivations of {@code examples/derivations/} on the lecture network.
 *
 * <p>Truth comes from outside the checker: real PyTorch ({@code reference-results/pytorch/}, epoch 1 of
 * the lecture case), the homework-2 program run in plain Python ({@code reference-results/python/}) and
 * the homework's own statement that d_w1..d_w4 are the wrong formulas.
 */
class ExamplesCheckTest {

    private static final String LECTURE = "sigmoid/half-sse/given/lr1/e100";

    /** PyTorch's value of what a checked line is the derivative of (w1, out_o1, in_h1, …). */
    private static double pytorch(String dtype, FormulaResult r) {
        JsonNode step = PyTorchReference.pytorchCase(dtype, LECTURE).get("steps").get(0);
        String quantity = r.target().quantity();
        JsonNode node = r.target().kind() == DerivativeTarget.Kind.PARAMETER
                ? step.get("gradient").get(quantity) : step.get("neuronGradient").get(quantity);
        return PyTorchReference.number(node);
    }

    private static Set<String> wrongNames(CheckReport report) {
        return report.failed().stream().map(r -> r.assignment().name()).collect(Collectors.toSet());
    }

    @Test
    void publishedFlagsExactlyTheHiddenLayerWeights() {
        CheckReport report = Checks.example("published.py");
        assertEquals(10, report.checked().size());
        assertEquals(Set.of("d_w1", "d_w2", "d_w3", "d_w4"), wrongNames(report));
        assertFalse(report.passed());
        assertEquals(Checks.lineOf("published.py", "d_w1 ="), report.firstWrong().assignment().line());
    }

    @Test
    void publishedValuesAreTheHomeworkProgramsAndAutogradsArePyTorchs() {
        CheckReport report = Checks.example("published.py");
        JsonNode python = PyTorchReference.homework2Case("buggy").get("steps").get(0).get("gradient");
        for (String w : PyTorchReference.WEIGHTS) {
            FormulaResult r = Checks.result(report, "d_" + w);
            assertEquals(PyTorchReference.number(python.get(w)), r.value(), 1e-15, "student's d_" + w);
            assertEquals(pytorch("float64", r), r.autograd(), 1e-12, "autograd's d_" + w);
            assertEquals(pytorch("float64", r), r.numeric(), 1e-9, "finite differences' d_" + w);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"d_w1, w5, w6, out_h1", "d_w3, w5, w6, out_h1", "d_w2, w7, w8, out_h2", "d_w4, w7, w8, out_h2"})
    void publishedDiagnosisNamesTheMissingWeights(String name, String first, String second, String out) {
        FormulaResult r = Checks.result(Checks.example("published.py"), name);
        assertTrue(r.ownMistake());
        assertEquals(1, r.likely().size(), r.likely().toString());
        String likely = r.likely().get(0);
        assertTrue(likely.contains("δo1·" + first + " + δo2·" + second + " is replaced by d_" + first + " + d_" + second),
                likely);
        assertTrue(likely.contains("the weights " + first + ", " + second + " are missing"), likely);
        assertTrue(likely.contains("the factor " + out + " inside d_" + first + ", d_" + second + " is extra"), likely);
        assertTrue(likely.contains("the hidden-layer back-propagation"), likely);
        assertTrue(r.stage().startsWith("the hidden-layer back-propagation"), r.stage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"corrected.py", "corrected-deltas.py"})
    void correctedFormulasAreExactlyPyTorchs(String example) {
        CheckReport report = Checks.example(example);
        assertTrue(report.passed(), report.summary());
        assertTrue(report.checked().size() >= 10);
        for (FormulaResult r : report.checked()) {
            assertEquals(FormulaVerdict.MATCH, r.verdict(), r.assignment().formula());
            assertEquals(pytorch("float64", r), r.value(), 1e-12, r.assignment().formula());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "mistake-sign.py; d_o1 = y1 - out_o1; the sign is flipped",
        "mistake-factor-two.py; d_o1 = 2 * (out_o1 - y1); the value is twice the true one",
        "mistake-missing-derivative.py; delta_h1 = d_h1; the activation-derivative factor out_h1·(1−out_h1) is missing",
        "mistake-wrong-weight.py; d_h1 = delta_o1 * w5 + delta_o2 * w7; w7 is used where w6 belongs",
        "mistake-missing-path.py; d_h1 = delta_o1 * w5; the path through o2 (δo2·w6) is missing",
        "mistake-after-update.py; d_h1 = delta_o1 * w5 + delta_o2 * w6; a value from after the update is used: w5",
    })
    void eachMistakeIsFoundOnItsLineWithItsDiagnosis(String example, String mistake, String diagnosis) {
        CheckReport report = Checks.example(example);
        int line = Checks.lineOf(example, mistake);
        assertFalse(report.passed());
        assertNotNull(report.firstWrong());
        assertEquals(line, report.firstWrong().assignment().line(), report.summary());
        FormulaResult wrong = report.firstWrong();
        assertTrue(wrong.ownMistake());
        assertFalse(wrong.likely().isEmpty(), "no diagnosis for " + mistake);
        assertTrue(wrong.likely().get(0).startsWith(diagnosis), wrong.likely().toString());
        for (FormulaResult r : report.failed()) {
            assertTrue(r.causeLine() >= line && r.causeLine() <= r.assignment().line(), r.assignment().formula());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"published.py", "corrected.py", "corrected-deltas.py", "mistake-sign.py",
        "mistake-factor-two.py", "mistake-missing-derivative.py", "mistake-wrong-weight.py",
        "mistake-missing-path.py", "mistake-after-update.py"})
    void verdictsAgreeWithPyTorch(String example) {
        CheckReport report = Checks.example(example);
        for (FormulaResult r : report.checked()) {
            boolean right = Tolerance.FLOAT64.agrees(r.value(), pytorch("float64", r));
            assertEquals(right ? FormulaVerdict.MATCH : FormulaVerdict.WRONG, r.verdict(), r.assignment().formula());
        }
    }

    @Test
    void inheritedErrorsPointToTheLineTheyFollowFrom() {
        CheckReport report = Checks.example("mistake-sign.py");
        FormulaResult deltaO1 = Checks.result(report, "delta_o1");
        assertEquals(FormulaVerdict.WRONG, deltaO1.verdict());
        assertFalse(deltaO1.ownMistake());
        assertTrue(deltaO1.likely().isEmpty());
        assertEquals(Checks.lineOf("mistake-sign.py", "d_o1 ="), deltaO1.causeLine());
        assertEquals(Checks.lineOf("mistake-sign.py", "d_o2 ="), Checks.result(report, "d_w8").causeLine());
    }

    @Test
    void float32AutogradFlagsTheSameLines() {
        CheckReport report = Checks.check(DerivationParser.parse(Path.of("examples/derivations/published.py")),
                Networks.lecture(), Precision.FLOAT32, 1);
        assertEquals("float32", report.dtype());
        assertEquals(Set.of("d_w1", "d_w2", "d_w3", "d_w4"), wrongNames(report));
        for (FormulaResult r : report.checked()) {
            assertEquals(pytorch("float32", r), r.autograd(), 1e-6, r.assignment().formula());
        }
        List<String> likely = Checks.result(report, "d_w1").likely();
        assertTrue(likely.get(0).contains("the weights w5, w6 are missing"), likely.toString());
    }
}
