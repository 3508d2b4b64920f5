package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * {@code bpdiff diff} as a student runs it on the seed's question 2 (homework 2 against homework 3) and question 7
 * (MSELoss), held to the reference numbers: homework 2's gradients and updated weights as published from
 * {@code tools/homework2_published.py} ({@code reference-results/python/homework2.json}), homework 3's from real
 * PyTorch ({@code tools/torch_programs.py}, {@code reference-results/torch/homework3.json}).
 */
class DiffCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLISHED = "examples/programs/homework2-published.py";
    private static final String CORRECTED = "examples/programs/homework2-corrected.py";
    private static final String HOMEWORK3 = "examples/programs/homework3.py";
    private static final String TORCH = "examples/programs/torch/";

    @TempDir
    Path dir;

    private static JsonNode json(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "diff";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--format";
        all[args.length + 2] = "json";
        Cli.Result run = Cli.run(all);
        assertEquals("", run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(report.get("same").asBoolean() ? ExitCode.SAME : ExitCode.DIFFERENT, run.status());
        return report;
    }

    private static JsonNode parameter(JsonNode report, String name) {
        for (JsonNode p : report.get("parameters")) {
            if (p.get("a").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    @Test
    void homeworkTwoAsPublishedDiffersFromHomeworkThreeOnW1ToW4FromEpochOneAndHomeworkThreeIsRight() throws Exception {
        JsonNode report = json(PUBLISHED, HOMEWORK3);
        assertFalse(report.get("same").asBoolean());
        assertTrue(report.get("loss").get("equal").asBoolean());
        assertEquals(List.of("in_h1", "out_h1", "in_h2", "out_h2", "in_o1", "in_o2"),
                JSON.convertValue(report.get("forward").get("names"), List.class));
        assertTrue(report.get("forward").get("firstDifferent").isNull());
        JsonNode published = JSON.readTree(Path.of("reference-results/python/homework2.json").toFile())
                .get("cases").get(0).get("steps").get(0);
        JsonNode pytorch = JSON.readTree(Path.of("reference-results/torch/homework3.json").toFile())
                .get("runs").get("float32").get("backward").get(0);
        for (int k = 1; k <= 8; k++) {
            String w = "w" + k;
            JsonNode p = parameter(report, w);
            assertEquals(k <= 4, p.get("differs").asBoolean(), w);
            assertEquals(k <= 4 ? 1 : -1, p.get("firstDifferentEpoch").asInt(), w);
            JsonNode epoch = p.get("epochs").get(0);
            assertEquals(published.get("gradient").get(w).asDouble(), epoch.get("gradientA").get(0).asDouble(), 1e-15, w);
            assertEquals(published.get("updated").get(w).asDouble(), epoch.get("updatedA").get(0).asDouble(), 1e-15, w);
            assertEquals(pytorch.get(w).get(0).asDouble(), epoch.get("gradientB").get(0).asDouble(), 1e-8, w);
            assertEquals(k > 4, epoch.get("rightA").asBoolean(), w);
            assertTrue(epoch.get("rightB").asBoolean(), w);
        }
        assertTrue(report.get("right").asText().startsWith("homework3.py is right"), report.get("right").asText());
    }

    @Test
    void correctedHomeworkTwoAndHomeworkThreeAreTheSame() {
        Cli.Result run = Cli.run("diff", CORRECTED, HOMEWORK3);
        assertEquals(ExitCode.SAME, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("verdict: SAME"), run.out());
    }

    @Test
    void mseLossOfEachOutputSummedIsTwiceTheLossAndTheGradientsDifferByThatFactor() throws Exception {
        JsonNode report = json(HOMEWORK3, TORCH + "homework3-mseloss.py");
        JsonNode loss = report.get("loss");
        assertEquals(1, loss.get("firstDifferentEpoch").asInt());
        assertEquals(2.0, loss.get("factor").asDouble(), 1e-6);
        assertTrue(loss.get("sameWeights").asBoolean());
        assertTrue(loss.get("gradientsByFactor").asBoolean());
        assertTrue(loss.get("sentence").asText().contains("a factor of 2 at the same weights (the ½ of ½Σ(o−y)² is "
                + "missing from homework3-mseloss.py's loss"), loss.get("sentence").asText());
        assertTrue(loss.get("sentence").asText().contains("the difference comes from the loss, not from "
                + "back-propagation"));
        assertTrue(report.get("right").asText().startsWith("Both are right"), report.get("right").asText());
    }

    @Test
    void mseLossOfBothOutputsAtOnceIsTheHomeworksHalfSumAndTheSame() {
        assertEquals(ExitCode.SAME, Cli.run("diff", HOMEWORK3, TORCH + "homework3-mseloss-both.py").status());
        assertEquals(ExitCode.SAME, Cli.run("diff", HOMEWORK3, TORCH + "homework3-mseloss-half.py").status());
    }

    @Test
    void namesThatDifferArePairedWithMapIncludingElementsOfAMatrix() {
        Cli.Result run = Cli.run("diff", HOMEWORK3, "examples/programs/lecture-matrix.py", "--map",
                "w1=W1[0][0],w3=W1[0][1],w2=W1[1][0],w4=W1[1][1],w5=W2[0][0],w7=W2[0][1],w6=W2[1][0],w8=W2[1, 1]");
        assertEquals(ExitCode.SAME, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("w8 ~ W2[1, 1]"), run.out());
    }

    @Test
    void namesThatDifferArePairedByTheWeightsTheyStartAt() {
        // the matrix program's comments: W1 = [[w1, w3], [w2, w4]], W2 = [[w5, w7], [w6, w8]], started at the lecture's
        // weights; the published homework 2 has d_w1..d_w4 wrong (the seed says so), homework 3 none
        Cli.Result same = Cli.run("diff", HOMEWORK3, "examples/programs/lecture-matrix.py");
        assertEquals(ExitCode.SAME, same.status(), same.out() + same.err());
        for (String pair : List.of("w1 ~ W1[0, 0]", "w3 ~ W1[0, 1]", "w2 ~ W1[1, 0]", "w4 ~ W1[1, 1]", "w5 ~ W2[0, 0]",
                "w7 ~ W2[0, 1]", "w6 ~ W2[1, 0]", "w8 ~ W2[1, 1]")) {
            assertTrue(same.out().contains(pair), pair + "\n" + same.out());
        }
        Cli.Result different = Cli.run("diff", "examples/programs/lecture-matrix.py", PUBLISHED);
        assertEquals(ExitCode.DIFFERENT, different.status(), different.out() + different.err());
        assertTrue(different.out().contains("W1[0, 0] ~ w1, W1[0, 1] ~ w3, W1[1, 0] ~ w2, W1[1, 1] ~ w4 differ from "
                + "epoch 1"), different.out());
    }

    @Test
    void homeworkThreeAgainstAHandDerivationCheckedWithAutogradInOneFile() throws Exception {
        // the hand side updates nothing: its gradients, the hand side of the tensors that require grad, are what is
        // compared, w1..w8 by the weights they start at (W1 = [[w1, w2], [w3, w4]] as X @ W1 multiplies); the wrong
        // twin's dW2 is doubled, where PyTorch's own run prints fc2: False; homework 3's gradients are PyTorch's
        JsonNode pytorch = JSON.readTree(Path.of("reference-results/torch/homework3.json").toFile())
                .get("runs").get("float32").get("backward").get(0);
        JsonNode right = json(HOMEWORK3, TORCH + "hand-vs-autograd-numpy.py");
        assertEquals("W1[0, 1]", parameter(right, "w2").get("b").asText());
        for (int k = 1; k <= 8; k++) {
            JsonNode epoch = parameter(right, "w" + k).get("epochs").get(0);
            assertFalse(parameter(right, "w" + k).get("differs").asBoolean(), "w" + k);
            assertEquals(pytorch.get("w" + k).get(0).asDouble(), epoch.get("gradientB").get(0).asDouble(), 1e-7,
                    "w" + k);
        }
        assertTrue(JSON.readTree(Path.of("reference-results/torch/hand-vs-autograd-linear-wrong.json").toFile())
                .get("runs").get("float32").get("stdout").asText().contains("fc2: False"));
        JsonNode wrong = json(HOMEWORK3, TORCH + "hand-vs-autograd-linear-wrong.py");
        for (int k = 1; k <= 8; k++) {
            assertEquals(k > 4, parameter(wrong, "w" + k).get("differs").asBoolean(), "w" + k);
        }
        assertTrue(wrong.get("right").asText().startsWith("homework3.py is right"), wrong.get("right").asText());
        assertTrue(wrong.get("right").asText().contains("gradients of W2 are not"), wrong.get("right").asText());
    }

    @Test
    void aNumpyMatrixIsPairedWithTheNnLinearWeightThatStartsAtItsTranspose() throws Exception {
        // numpy's W1 is inputs x outputs, nn.Linear's weight outputs x inputs, started at the transpose: CPython prints
        // the same losses for both programs (reference-results/corpus/*.out, reference-results/torch/*.json)
        String numpy = "examples/programs/corpus/mlp-sigmoid-xw.py";
        String linear = TORCH + "nn-linear-transposed.py";
        assertEquals(Files.readString(Path.of("reference-results/corpus/mlp-sigmoid-xw.out")),
                JSON.readTree(Path.of("reference-results/torch/nn-linear-transposed.json").toFile()).get("runs")
                        .get("float32").get("stdout").asText());
        JsonNode same = json(numpy, linear);
        assertTrue(same.get("same").asBoolean());
        assertEquals("fc1.weight (transposed)", parameter(same, "W1").get("b").asText());
        assertEquals("fc2.weight (transposed)", parameter(same, "W2").get("b").asText());
        assertEquals("fc1.bias", parameter(same, "b1").get("b").asText());
        assertEquals(0, same.get("onlyA").size(), same.get("onlyA").toString());
        // the sigmoid's derivative missing in numpy's (the corpus reference finds W1 and b1 wrong from epoch 1): the
        // pair differs at W1 from epoch 1, the numpy program wrong and nn.Linear's right
        JsonNode wrong = json("examples/programs/corpus/mlp-sigmoid-xw-no-derivative.py", linear);
        JsonNode w1 = parameter(wrong, "W1");
        assertEquals("fc1.weight (transposed)", w1.get("b").asText());
        assertEquals(1, w1.get("firstDifferentEpoch").asInt());
        assertEquals(1, w1.get("firstWrongEpochA").asInt());
        assertEquals(-1, w1.get("firstWrongEpochB").asInt());
        // W2's gradient is right in both: it differs only once W1's wrong step has moved the weights apart
        assertEquals(2, parameter(wrong, "W2").get("firstDifferentEpoch").asInt());
        Cli.Result text = Cli.run("diff", numpy, linear);
        assertTrue(text.out().contains("W1 ~ fc1.weight (transposed)"), text.out());
    }

    @Test
    void forgettingZeroGradDiffersFromEpochTwoAndTheOtherProgramIsRight() throws Exception {
        Path hw3 = dir.resolve("hw3-3-epochs.py");
        Files.writeString(hw3, Files.readString(Path.of(HOMEWORK3)).replace("range(1)", "range(3)"));
        JsonNode report = json(hw3.toString(), TORCH + "homework3-forgot-zero-grad.py");
        assertEquals(2, report.get("firstDifferentEpoch").asInt());
        assertEquals(2, parameter(report, "w1").get("firstWrongEpochB").asInt());
        assertTrue(report.get("right").asText().startsWith("hw3-3-epochs.py is right"), report.get("right").asText());
    }

    @Test
    void badInputIsExitTwoWithOneLine() throws Exception {
        // a program that starts from random weights (np.random.normal) in one vector w: no name and no weight alike
        Cli.Result unmapped = Cli.run("diff", HOMEWORK3, "examples/programs/corpus/hw2-unpack-repack.py");
        assertEquals(ExitCode.BAD_INPUT, unmapped.status());
        assertTrue(unmapped.err().startsWith("bpdiff: no parameter of examples/programs/homework3.py (w1, w2, w3, w4, "
                + "w5, w6, w7, w8) is one of examples/programs/corpus/hw2-unpack-repack.py's (w) by its name or the "
                + "weights it starts at"), unmapped.err());
        assertEquals(1, unmapped.err().lines().count());
        Cli.Result wrongMap = Cli.run("diff", HOMEWORK3, CORRECTED, "--map", "w1=w9");
        assertEquals(ExitCode.BAD_INPUT, wrongMap.status());
        assertEquals("bpdiff: --map: w9 is no parameter of program B (its parameters: w1, w2, w3, w4, w5, w6, w7, "
                + "w8) (--map)\n", wrongMap.err());
        Path broken = dir.resolve("broken.py");
        Files.writeString(broken, "import torch\nx = (1 +\n");
        Cli.Result syntax = Cli.run("diff", HOMEWORK3, broken.toString());
        assertEquals(ExitCode.BAD_INPUT, syntax.status());
        assertTrue(syntax.err().startsWith("bpdiff: syntax error"), syntax.err());
        assertEquals(ExitCode.BAD_INPUT, Cli.run("diff", HOMEWORK3, dir.resolve("missing.py").toString()).status());
    }

    @Test
    void junitXmlHasTheLossAndOneCasePerParameterWithAFailureWhereTheyDiffer() throws Exception {
        Path xml = dir.resolve("diff.xml");
        assertEquals(ExitCode.DIFFERENT, Cli.run("diff", PUBLISHED, HOMEWORK3, "--junit-xml", xml.toString()).status());
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                .getDocumentElement();
        assertEquals("9", suite.getAttribute("tests"));
        assertEquals("4", suite.getAttribute("failures"));
    }

    @Test
    void thePageMarksTheDifferingParametersInBothGraphs() throws Exception {
        Path page = dir.resolve("diff.html");
        Cli.Result run = Cli.run("diff", PUBLISHED, HOMEWORK3, "--format", "html", "--out", page.toString());
        assertEquals(ExitCode.DIFFERENT, run.status());
        String html = Files.readString(page);
        for (String w : List.of("w1", "w2", "w3", "w4")) {
            assertTrue(html.contains(".gnode.parameter[data-name=\"" + w + "\"] rect{stroke:"), w);
        }
        assertFalse(html.contains("[data-name=\"w5\"]"));
        assertEquals(2, html.split("<svg class=\"graph\"", -1).length - 1);
        assertFalse(html.contains("bpdiffProgram"));
    }

    @Test
    void aNotebookIsDiffedByItsCodeCellsAsCheckReadsIt() throws Exception {
        // its JSON used to be read as Python: "name 'null' is not defined (homework2-published.ipynb:16:23)"
        JsonNode report = json("src/test/resources/notebooks/homework2-published.ipynb", HOMEWORK3);
        assertFalse(report.get("same").asBoolean());
        assertTrue(parameter(report, "w1").get("differs").asBoolean(), parameter(report, "w1").toString());
        assertFalse(parameter(report, "w5").get("differs").asBoolean(), parameter(report, "w5").toString());
        Cli.Result same = Cli.run("diff", "src/test/resources/notebooks/homework2-corrected.ipynb", HOMEWORK3);
        assertEquals(ExitCode.SAME, same.status(), same.out() + same.err());
        // a problem in a notebook names its cell and quotes the cell's line
        Cli.Result broken = Cli.run("diff", "src/test/resources/notebooks/homework2-syntax-error.ipynb", HOMEWORK3);
        assertEquals(ExitCode.BAD_INPUT, broken.status());
        assertTrue(broken.err().startsWith("bpdiff: ") && broken.err().contains("homework2-syntax-error.ipynb:cell "),
                broken.err());
    }
}
