package bpdiff.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.BadInputException;
import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkLoader;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import bpdiff.network.Parameter;
import bpdiff.network.Sample;
import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checker beyond the examples: training epochs, several samples, other networks, lines that cannot
 * be computed, and bad input.
 */
class DerivationCheckerTest {

    private static final String DELTAS = """
            d_o1 = out_o1 - y1
            d_o2 = out_o2 - y2
            delta_o1 = d_o1 * out_o1 * (1 - out_o1)
            delta_o2 = d_o2 * out_o2 * (1 - out_o2)
            """;

    @Test
    void epochsFindTheFirstEpochWhereAFormulaFails() {
        // the initial w5, w6 typed in as numbers: right at epoch 1, wrong once a step has changed w5, w6 (epoch 2)
        String text = DELTAS + "d_h1 = delta_o1 * 0.1 + delta_o2 * -0.5\n";
        assertTrue(Checks.text(text, Networks.lecture(), Precision.FLOAT64, 1).matched());
        CheckReport report = Checks.text(text, Networks.lecture(), Precision.FLOAT64, 3);
        assertEquals(2, report.firstFailingEpoch());
        assertEquals(2, report.shownEpoch());
        assertEquals(2, Checks.result(report, "d_h1").firstFailingEpoch());
        assertEquals(-1, Checks.result(report, "delta_o1").firstFailingEpoch());
    }

    @Test
    void correctFormulasMatchAtEveryEpochOfALongRun() {
        CheckReport report = Checks.check(DerivationParser.parse(Path.of("examples/derivations/corrected-deltas.py")),
                Networks.lecture(), Precision.FLOAT32, 100);
        assertTrue(report.passed(), report.summary());
        assertEquals(100, report.epochs());
    }

    @Test
    void formulasAreCheckedOnTheFirstSample() {
        NetworkSpec lecture = Networks.lecture();
        List<Sample> samples = List.of(lecture.samples().get(0),
                new Sample(new double[] {0.9, -0.2}, new double[] {0.6, 0.1}));
        NetworkSpec twoSamples = new NetworkSpec("two-samples", lecture.layerSizes(), lecture.weights(),
                lecture.biases(), lecture.parameters(), lecture.activations(), lecture.loss(), lecture.learningRate(),
                1, samples);
        CheckReport report = Checks.check(DerivationParser.parse(Path.of("examples/derivations/corrected.py")),
                twoSamples, Precision.FLOAT64, 3);
        assertTrue(report.passed(), report.summary());
        CheckReport first = Checks.check(DerivationParser.parse(Path.of("examples/derivations/corrected.py")),
                twoSamples, Precision.FLOAT64, 1);
        // the first sample is the lecture's, so epoch 1 is PyTorch's lecture case
        JsonNode gradient = PyTorchReference.pytorchCase("float64", "sigmoid/half-sse/given/lr1/e100")
                .get("steps").get(0).get("gradient");
        for (String w : PyTorchReference.WEIGHTS) {
            assertEquals(PyTorchReference.number(gradient.get(w)), Checks.result(first, "d_" + w).autograd(), 1e-12);
        }
    }

    private static final String MAZUR = DELTAS + """
            d_w5, d_w6 = delta_o1 * out_h1, delta_o1 * out_h2
            d_w7, d_w8 = delta_o2 * out_h1, delta_o2 * out_h2
            d_b2 = delta_o1 + delta_o2
            d_h1 = delta_o1 * w5 + delta_o2 * w7
            d_h2 = delta_o1 * w6 + delta_o2 * w8
            delta_h1 = d_h1 * out_h1 * (1 - out_h1)
            delta_h2 = d_h2 * out_h2 * (1 - out_h2)
            d_w1, d_w2 = delta_h1 * x1, delta_h1 * x2
            d_w3, d_w4 = delta_h2 * x1, delta_h2 * x2
            d_b1 = delta_h1 + delta_h2
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // Matt Mazur, "A Step by Step Backpropagation Example" (2015): weights after one step with η = 0.5
        "w1, 0.15, 0.149780716", "w2, 0.20, 0.19956143", "w3, 0.25, 0.24975114", "w4, 0.30, 0.29950229",
        "w5, 0.40, 0.35891648", "w6, 0.45, 0.408666186", "w7, 0.50, 0.511301270", "w8, 0.55, 0.561370121",
    })
    void anotherNetworkWithSharedBiases(String weight, double before, double after) {
        NetworkSpec mazur = NetworkLoader.load(Path.of("examples/networks/shared-bias.json"));
        CheckReport report = Checks.text(MAZUR, mazur, Precision.FLOAT64, 1);
        assertTrue(report.passed(), report.summary());
        assertEquals(18, report.checked().size());
        assertEquals((before - after) / 0.5, Checks.result(report, "d_" + weight).value(), 2e-8);
    }

    @Test
    void publishedMistakeOnAnotherWiringNamesItsWeights() {
        NetworkSpec mazur = NetworkLoader.load(Path.of("examples/networks/shared-bias.json"));
        String text = MAZUR + "d_w1 = (d_w5 + d_w7) * out_h1 * (1 - out_h1) * x1\n";
        FormulaResult r = Checks.result(Checks.text(text, mazur, Precision.FLOAT64, 1), "d_w1");
        assertEquals(FormulaVerdict.WRONG, r.verdict());
        assertTrue(r.likely().get(0).contains("the weights w5, w7 are missing"), r.likely().toString());
    }

    /** 2-2-2-1: two hidden layers, neurons h1_1, h1_2, h2_1, h2_2, o1. */
    private static NetworkSpec deep() {
        String[][][] weights = {
            {{"a1", "a2"}, {"a3", "a4"}},
            {{"c1", "c2"}, {"c3", "c4"}},
            {{"e1", "e2"}},
        };
        double[] values = {0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8, 0.7, -0.6};
        String[] names = {"a1", "a2", "a3", "a4", "c1", "c2", "c3", "c4", "e1", "e2"};
        List<Parameter> parameters = new ArrayList<>();
        for (int p = 0; p < names.length; p++) {
            parameters.add(new Parameter(names[p], values[p], false));
        }
        return new NetworkSpec("deep", new int[] {2, 2, 2, 1}, weights, null, parameters, Activation.SIGMOID,
                LossFunction.HALF_SSE, 1.0, 1, List.of(new Sample(new double[] {0.5, 0.3}, new double[] {0.2})));
    }

    private static final String DEEP = """
            delta_o1 = (out_o1 - y1) * out_o1 * (1 - out_o1)
            d_e1, d_e2 = delta_o1 * out_h2_1, delta_o1 * out_h2_2
            delta_h2_1 = delta_o1 * e1 * out_h2_1 * (1 - out_h2_1)
            delta_h2_2 = delta_o1 * e2 * out_h2_2 * (1 - out_h2_2)
            d_c1, d_c3 = delta_h2_1 * out_h1_1, delta_h2_2 * out_h1_1
            d_h1_2 = delta_h2_1 * c2 + delta_h2_2 * c4
            """;

    @Test
    void deeperNetworkPassesAndFindsAMissingPath() {
        assertTrue(Checks.text(DEEP + "d_h1_1 = delta_h2_1 * c1 + delta_h2_2 * c3\n", deep(), Precision.FLOAT64, 2)
                .matched());
        CheckReport report = Checks.text(DEEP + "d_h1_1 = delta_h2_1 * c1\n", deep(), Precision.FLOAT64, 1);
        FormulaResult r = Checks.result(report, "d_h1_1");
        assertEquals(FormulaVerdict.WRONG, r.verdict());
        assertEquals("the hidden-layer back-propagation (into h1_1, hidden layer 1)", r.stage());
        assertTrue(r.likely().get(0).startsWith("the path through h2_2 (δh2_2·c3) is missing"), r.likely().toString());
    }

    @Test
    void aSignInsideTheBackPropagatedSumIsFound() {
        // the lecture's chain rule: ∂L/∂out_h1 = δo1·w5 + δo2·w6 (h1 reaches the loss through o1 and o2)
        FormulaResult r = Checks.result(Checks.text(DELTAS + "d_h1 = delta_o1 * w5 - delta_o2 * w6\n",
                Networks.lecture(), Precision.FLOAT64, 1), "d_h1");
        assertEquals(FormulaVerdict.WRONG, r.verdict());
        assertTrue(r.likely().contains("'delta_o1 * w5 - delta_o2 * w6' should be 'delta_o1 * w5 + delta_o2 * w6': the"
                + " sign of delta_o2 * w6 is flipped"), r.likely().toString());
        assertTrue(r.codes().contains(MistakeCode.SIGN_IN_SUM), r.codes().toString());
    }

    @Test
    void aTermTooManyInTheBackPropagatedSumIsFound() {
        FormulaResult r = Checks.result(Checks.text(DELTAS + "d_h1 = delta_o1 * w5 + delta_o2 * w6 + delta_o1 * w7\n",
                Networks.lecture(), Precision.FLOAT64, 1), "d_h1");
        assertEquals(FormulaVerdict.WRONG, r.verdict());
        assertTrue(r.likely().contains("the term delta_o1 * w7 in 'delta_o1 * w5 + delta_o2 * w6 + delta_o1 * w7' is"
                + " extra"), r.likely().toString());
    }

    @Test
    void aHelperHoldingAnUpdatedWeightIsFoundAsAValueFromAfterTheUpdate() {
        // mistake-after-update.py with the new weights kept in helpers instead of reassigning w5, w6
        String text = DELTAS + """
                d_w5 = delta_o1 * out_h1
                d_w6 = delta_o2 * out_h1
                new_w5 = w5 - lr * d_w5
                new_w6 = w6 - lr * d_w6
                d_h1 = delta_o1 * new_w5 + delta_o2 * new_w6
                """;
        FormulaResult r = Checks.result(Checks.text(text, Networks.lecture(), Precision.FLOAT64, 1), "d_h1");
        assertEquals(FormulaVerdict.WRONG, r.verdict());
        assertTrue(r.likely().get(0).startsWith("a value from after the update is used: new_w5 (line 7, w5 after the"
                + " update), new_w6 (line 8, w6 after the update)"), r.likely().toString());
    }

    @Test
    void aLineThatCannotBeComputedIsReportedAndTheRestIsChecked() {
        String text = DELTAS + """
                zero = out_h1 - out_h1
                d_w5 = delta_o1 * out_h1 / zero
                d_w7 = d_w5 * out_h2 / out_h1
                d_w6 = delta_o2 * out_h1
                d_w8 = log(-delta_o2)
                """;
        CheckReport report = Checks.text(text, Networks.lecture(), Precision.FLOAT64, 1);
        FormulaResult w5 = Checks.result(report, "d_w5");
        assertEquals(FormulaVerdict.ERROR, w5.verdict());
        assertNull(w5.value());
        assertEquals("division by zero: zero is 0", w5.error());
        FormulaResult w7 = Checks.result(report, "d_w7");
        assertEquals(FormulaVerdict.ERROR, w7.verdict());
        assertEquals("not evaluated: uses d_w5 from line 6, which failed", w7.error());
        assertFalse(w7.ownMistake(), "with the true d_w5 the line is right");
        assertEquals(FormulaVerdict.MATCH, Checks.result(report, "d_w6").verdict());
        assertTrue(Checks.result(report, "d_w8").error().startsWith("non-finite value: log(-delta_o2) is NaN"));
        assertEquals(FormulaVerdict.HELPER, Checks.result(report, "zero").verdict());
        assertFalse(report.passed());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "d_w5 = delta_o1 * outh1 | outh1 | unknown name 'outh1'; did you mean out_h1?",
        "d_w5 = delta_o1 * out_h1 * w9 | w9 | unknown name 'w9'; did you mean w1, w2, w3?",
        "d_w5 = delta01 * out_h1 | delta01 | unknown name 'delta01'; did you mean delta_o1?",
        "d_w5 = d_w6 * 2 | d_w6 | 'd_w6' is used before it is assigned (on line 6)",
    })
    void unknownNamesAreBadInputWithThePlaceAndTheClosestNames(String line, String name, String problem) {
        String text = DELTAS + line + "\nd_w6 = 1\n";
        BadInputException e = assertThrows(BadInputException.class,
                () -> DerivationChecker.validate(DerivationParser.parse(text, "t.py"), Networks.lecture()));
        assertEquals("t.py:5:" + (line.indexOf(name) + 1), e.where());
        assertEquals(problem, e.problem());
    }

    @Test
    void aNameOfAnotherNetworkIsUnknown() {
        Derivation d = DerivationParser.parse("d_w9 = b1 * 2\n", "t.py");
        BadInputException e = assertThrows(BadInputException.class,
                () -> DerivationChecker.validate(d, Networks.lecture()));
        assertEquals("t.py:1:8", e.where());
    }

    @Test
    void emptyFileOrNothingToCheckIsBadInput() {
        BadInputException empty = assertThrows(BadInputException.class,
                () -> DerivationChecker.validate(DerivationParser.parse("# nothing\n", "t.py"), Networks.lecture()));
        assertTrue(empty.problem().startsWith("the derivation is empty"), empty.problem());
        assertEquals("t.py", empty.where());
        BadInputException nothing = assertThrows(BadInputException.class,
                () -> DerivationChecker.validate(DerivationParser.parse("e = out_o1 - y1\nd_x1 = e * w5\n", "t.py"),
                        Networks.lecture()));
        assertTrue(nothing.problem().startsWith("nothing to check"), nothing.problem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "d_w1, w1", "d_o1, out_o1", "d_out_o1, out_o1", "d_h2, out_h2", "d_in_o1, in_o1", "delta_h1, in_h1",
    })
    void derivativeNames(String name, String quantity) {
        assertEquals(quantity, new NetworkNames(Networks.lecture()).derivativeOf(name).quantity());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"d_x1", "delta", "d_w9", "grad_w1", "d_o3", "deltah1"})
    void otherNamesAreHelpers(String name) {
        assertNull(new NetworkNames(Networks.lecture()).derivativeOf(name));
    }
}
