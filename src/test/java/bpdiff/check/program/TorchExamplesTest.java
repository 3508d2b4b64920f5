package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.gradient.Precision;
import bpdiff.program.BadProgramException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example torch programs checked as a student checks them. What is right or wrong in each is known from how it
 * was written (its first comment) and from real PyTorch ({@code reference-results/torch/}: the gradients each
 * {@code backward()} gave, and the failure of the programs PyTorch fails on).
 */
class TorchExamplesTest {

    private static ProgramReport check(String name, Precision precision) throws IOException {
        String path = "examples/programs/" + name;
        return ProgramCheck.check(Files.readString(Path.of(path)), path, CheckOptions.defaults(precision));
    }

    private static JsonNode reference(String name) throws IOException {
        String stem = Path.of(name).getFileName().toString().replace(".py", ".json");
        return new ObjectMapper().readTree(Path.of("reference-results/torch", stem).toFile());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"homework3.py", "torch/homework3-torch-sigmoid.py", "torch/homework3-relu.py",
        "torch/homework3-mseloss.py", "torch/homework3-mseloss-half.py", "torch/homework3-mseloss-both.py",
        "torch/homework3-cross-entropy.py", "torch/homework3-step.py", "torch/homework3-random.py",
        "torch/homework3-optimizer.py", "torch/homework3-no-grad.py", "torch/ninja-correct.py",
        "torch/homework3-data-sub.py", "torch/matrix-no-grad-sub.py", "torch/parameter-sgd.py",
        "torch/tensor-from-floats.py", "torch/tensor-from-numpy.py", "torch/nn-module-linear.py",
        "torch/nn-module-parameter.py", "torch/nn-sequential.py", "torch/nn-linear-random.py",
        "torch/matrix-leaky-relu.py", "torch/tensor-list.py", "torch/detach-step.py", "torch/nn-modulelist.py",
        "torch/nn-init-sequential.py", "torch/bce-with-logits.py", "torch/d2l-linreg-scratch.py",
        "torch/d2l-mlp-sequential.py", "torch/d2l-linreg-concise.py",
        "torch/d2l-loss-per-sample.py", "torch/d2l-linreg-yield.py", "torch/ninja-linear.py",
        "torch/ninja-cmp-renamed.py", "torch/ninja-linear-transposed.py", "torch/ninja-dict.py",
        "torch/homework3-load-state-dict.py", "torch/homework3-functional.py", "torch/homework3-vs-homework2.py",
        "torch/homework3-adam.py", "torch/homework3-rmsprop-mseloss.py", "torch/homework3-rmsprop-centered.py",
        "torch/homework3-adagrad.py", "torch/homework3-sgd-momentum.py", "torch/homework3-sgd-nesterov-decay.py",
        "torch/nn-module-adam.py", "torch/homework3-adamw.py", "torch/homework3-requires-grad-tensor.py",
        "torch/homework3-float64-retain-graph.py", "torch/homework3-default-float64.py",
        "torch/activations-three-ways.py", "torch/ninja-makemore4.py",
        "torch/nn-module-custom-function.py", "torch/custom-function-exp.py", "torch/matrix-hand-vs-grad.py",
        "torch/hand-vs-autograd-floats.py", "torch/hand-vs-autograd-numpy.py", "torch/hand-vs-autograd-linear.py",
        "torch/hand-vs-autograd-dicts.py", "torch/homework3-no-grad-decorator.py", "torch/homework3-named-parameters.py",
        "torch/homework3-seed-200-epochs.py"})
    void rightProgramsPassInBothPrecisions(String name) throws IOException {
        for (Precision precision : List.of(Precision.FLOAT64, Precision.FLOAT32)) {
            ProgramReport report = check(name, precision);
            assertTrue(report.passed(), name + " [" + precision + "]: " + report.summary() + " " + report.notChecked());
            int epochs = reference(name).get("runs").get("float32").get("backward").size();
            assertEquals(epochs, report.epochs(), name + ": one epoch per backward() of PyTorch's run");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hand-vs-autograd-floats", "hand-vs-autograd-numpy", "hand-vs-autograd-linear",
        "hand-vs-autograd-dicts", "hand-vs-autograd-then-train"})
    void homework2CheckedWithHomework3IsJudgedAgainstAutogradAndItsPlantedMistakeFound(String stem) throws IOException {
        // the hand side (floats, numpy) updates nothing; the tensors that require grad start at its weights: the hand
        // variables are the parameters, every one of their gradients is checked, and autograd's truth is PyTorch's
        // .grad of the program's own backward(); the twin's planted mistake is the one wrong line, where PyTorch's
        // run fails its assert or prints False
        for (Precision precision : List.of(Precision.FLOAT64, Precision.FLOAT32)) {
            ProgramReport right = check("torch/" + stem + ".py", precision);
            assertTrue(right.passed(), stem + " [" + precision + "]: " + right.summary() + " " + right.notChecked());
            assertFalse(right.parameters().isEmpty(), stem);
            for (String p : right.parameters()) {
                assertTrue(right.quantities().stream().anyMatch(q -> q.derivative().target().equals(p)), stem + " " + p);
            }
        }
        JsonNode wrongRun = reference("torch/" + stem + "-wrong.py").get("runs").get("float64");
        String printed = wrongRun.get("stdout").asText();
        assertTrue(printed.contains("False") || !wrongRun.get("exception").isNull(), printed);
        ProgramReport wrong = check("torch/" + stem + "-wrong.py", Precision.FLOAT64);
        List<CheckedQuantity> failed = wrong.failed();
        assertEquals(1, failed.size(), wrong.summary());
        int planted = plantedLine("examples/programs/torch/" + stem + ".py", "examples/programs/torch/" + stem
                + "-wrong.py");
        // the planted line, or the claim computed from the helper planted on the line before it (delta1 → dW1)
        String claim = switch (stem) {
            case "hand-vs-autograd-floats" -> "d_w1";
            case "hand-vs-autograd-numpy" -> "dW1";
            case "hand-vs-autograd-dicts" -> "grads['W1']";
            default -> "dW2";
        };
        assertEquals(claim, failed.get(0).site().name());
        int line = failed.get(0).site().line();
        assertTrue(line == planted || line == planted + 1, line + " for the mistake planted at " + planted);
        JsonNode raised = wrongRun.get("exception");
        if (!raised.isNull()) {
            // the program's own assert stops it where PyTorch's run raised: what came before is judged, and said
            assertEquals("AssertionError", raised.get("type").asText());
            assertEquals(1, wrong.notChecked().size(), wrong.notChecked().toString());
            assertEquals(raised.get("line").asInt(), wrong.notChecked().get(0).line());
        }
        // autograd's side of the wrong claim is the .grad PyTorch's own backward() left in the tensor made from it
        JsonNode grads = wrongRun.get("backward").get(0);
        String tensor = switch (stem) {
            case "hand-vs-autograd-floats" -> "t1";
            case "hand-vs-autograd-numpy" -> "w1";
            case "hand-vs-autograd-then-train" -> "t2";
            default -> null; // nn.Linear's weights are no module-level variable of PyTorch's run
        };
        if (tensor != null) {
            double[] truth = failed.get(0).history().get(0).autograd();
            assertEquals(flat(grads.get(tensor)), truth[0], 1e-12, stem);
        }
    }

    @org.junit.jupiter.api.Test
    void anAssertThatFailsBeforeAnyLossIsTheProgramsFailure() {
        // CPython: AssertionError at line 3, before anything is computed; nothing to check, so bad input at its line
        String program = "import numpy as np\nW = np.array([0.2, 0.5])\nassert W.shape == (3,)\nloss = np.sum(W ** 2)\n"
                + "dW = 2 * W\nW = W - 0.1 * dW\n";
        BadProgramException e = assertThrows(BadProgramException.class, () -> ProgramCheck.check(program, "a.py",
                CheckOptions.defaults(Precision.FLOAT64)));
        assertEquals(3, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().startsWith("the program fails: AssertionError"),
                e.problems().get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"homework3-stack-retain-graph", "homework3-autograd-grad-list"})
    void gradientsOfRetainedGraphsAndOfAutogradGradPassInBothPrecisions(String stem) throws IOException {
        // backward(retain_graph=True) twice per epoch with zero_() between (PyTorch's run: 6 backward() calls over
        // 3 epochs, the second of each pair equal to the first), and torch.autograd.grad(loss, [w1, …]) (none)
        int calls = reference("torch/" + stem + ".py").get("runs").get("float32").get("backward").size();
        assertEquals(stem.contains("stack") ? 6 : 0, calls);
        for (Precision precision : List.of(Precision.FLOAT64, Precision.FLOAT32)) {
            ProgramReport report = check("torch/" + stem + ".py", precision);
            assertTrue(report.passed(), stem + " [" + precision + "]: " + report.summary() + " " + report.notChecked());
            assertEquals(3, report.epochs());
            assertEquals(8, report.quantities().size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"homework3-no-grad-decorator-ascent-wrong", "homework3-stack-retain-graph-no-zero-wrong"})
    void aWrongStepOfHomework3IsWrongOnEveryWeightAtItsFirstEpoch(String stem) throws IOException {
        // p += lr * p.grad in the @torch.no_grad() update steps by minus PyTorch's .grad of the first backward();
        // without zero_() between the two retained backward() calls the step is PyTorch's .grad after the second
        // the program as written computes in float32 (torch.tensor of Python floats): PyTorch's float32 run
        JsonNode run = reference("torch/" + stem + ".py").get("runs").get("float32");
        ProgramReport report = check("torch/" + stem + ".py", Precision.FLOAT64);
        assertEquals(8, report.failed().size(), report.summary());
        boolean ascent = stem.contains("ascent");
        JsonNode pytorch = run.get("backward").get(ascent ? 0 : 1);
        for (CheckedQuantity q : report.failed()) {
            assertEquals(1, q.judged().firstFailingEpoch(), q.site().name());
            String target = q.derivative().target();
            String leaf = target.startsWith("w[") ? "w" + (Integer.parseInt(target.substring(2, 3)) + 1) : target;
            double expected = (ascent ? -1 : 1) * flat(pytorch.get(leaf));
            assertEquals(expected, q.history().get(0).student()[0], 1e-7 + 1e-5 * Math.abs(expected), target);
        }
    }

    /** The one line where two programs differ but their first comment. */
    private static int plantedLine(String right, String wrong) throws IOException {
        List<String> a = Files.readAllLines(Path.of(right));
        List<String> b = Files.readAllLines(Path.of(wrong));
        int found = -1;
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).equals(b.get(k)) && !a.get(k).startsWith("#")) {
                assertEquals(-1, found, "one planted line");
                found = k + 1;
            }
        }
        return found;
    }

    @org.junit.jupiter.api.Test
    void handGradientsComparedWithAModulesGradClaimItsGradient() throws IOException {
        // torch.allclose(d_w1, net.fc1.weight.grad): d_w1 names no variable the line can see, the comparison says
        // which parameter it is; the planted d_w1 * 2 is the one found, where PyTorch's own run prints False
        assertTrue(reference("torch/ninja-linear-wrong.py").get("runs").get("float32").get("stdout").asText()
                .contains("fc1.weight False"));
        ProgramReport right = check("torch/ninja-linear.py", Precision.FLOAT64);
        assertEquals(List.of("net.fc2.weight", "net.fc2.bias", "net.fc1.weight", "net.fc1.bias"), right.parameters());
        assertTrue(right.notChecked().isEmpty(), right.notChecked().toString());
        for (Precision precision : List.of(Precision.FLOAT64, Precision.FLOAT32)) {
            ProgramReport report = check("torch/ninja-linear-wrong.py", precision);
            assertEquals(List.of("net.fc1.weight"), report.failed().stream().map(q -> q.derivative().target())
                    .toList(), precision.toString());
            assertEquals(35, report.failed().get(0).site().line());
            assertTrue(report.failed().get(0).likely().get(0).startsWith("the value is twice the true one"),
                    report.failed().get(0).likely().toString());
            assertTrue(report.notChecked().isEmpty(), report.notChecked().toString());
        }
    }

    @org.junit.jupiter.api.Test
    void aHandGradientComparedTransposedClaimsTheTransposeOfItsValue() throws IOException {
        // d_w1 = X.T @ d_z1 is inputs x outputs, net.fc1.weight.grad outputs x inputs: torch.allclose(d_w1.T, …) says
        // d_w1.T is the weight's gradient; the planted missing sigmoid derivative is found on d_w1's line, where
        // PyTorch's own run prints False
        String name = "torch/ninja-linear-transposed-wrong.py";
        assertTrue(reference(name).get("runs").get("float32").get("stdout").asText().contains("fc1.weight False"));
        ProgramReport report = check(name, Precision.FLOAT64);
        assertEquals(List.of("net.fc1.weight"), report.failed().stream().map(q -> q.derivative().target()).toList());
        assertEquals(35, report.failed().get(0).site().line());
        assertEquals("d_w1.T", report.failed().get(0).site().name());
        assertTrue(report.notChecked().isEmpty(), report.notChecked().toString());
    }

    @org.junit.jupiter.api.Test
    void aHandGradientHeldInADictIsClaimedWhereItWasComputed() throws IOException {
        // torch.allclose(grads[name], params[name].grad): no watched name holds grads['W1'], the comparison says what it
        // is; the claim stands at the line that computed it, and the planted missing tanh derivative is found there,
        // where PyTorch's own run prints W1 False
        String name = "torch/ninja-dict-wrong.py";
        assertTrue(reference(name).get("runs").get("float32").get("stdout").asText().startsWith("W1 False\nW2 True"));
        ProgramReport report = check(name, Precision.FLOAT64);
        assertEquals(List.of("params['W1']"), report.failed().stream().map(q -> q.derivative().target()).toList());
        assertEquals(20, report.failed().get(0).site().line());
        assertEquals(2, report.quantities().size());
    }

    @org.junit.jupiter.api.Test
    void backpropNinjasCmpSaysWhichParameterAGradientNamedAfterItsLayerIs() throws IOException {
        // cmp('Wh', d_hidden_layer, Wh) compares d_hidden_layer with Wh.grad inside cmp (dt == t.grad, allclose):
        // the claim is about Wh; the planted missing tanh derivative is found there, where PyTorch prints False
        String name = "torch/ninja-cmp-renamed-wrong.py";
        assertTrue(reference(name).get("runs").get("float32").get("stdout").asText()
                .contains("Wh     | exact: False | approximate: False"));
        ProgramReport report = check(name, Precision.FLOAT64);
        assertEquals(List.of("Wh", "Wo", "bo"), report.parameters());
        assertEquals(List.of("Wh"), report.failed().stream().map(q -> q.derivative().target()).toList());
        assertEquals(32, report.failed().get(0).site().line());
    }

    @org.junit.jupiter.api.Test
    void d2lsGeneratorDataIterWithAForgottenZeroGradIsWrongFromTheSecondMinibatch() throws IOException {
        // data_iter yields its minibatches (d2l's own code); without param.grad.zero_() what sgd subtracts at the
        // second minibatch is what PyTorch's .grad held after its second backward(): both minibatches' gradients
        String name = "torch/d2l-linreg-yield-no-zero.py";
        ProgramReport report = check(name, Precision.FLOAT64);
        assertEquals(9, report.epochs());
        assertEquals(List.of("w", "b"), report.failed().stream().map(q -> q.derivative().target()).toList());
        for (CheckedQuantity q : report.failed()) {
            assertEquals(2, q.judged().firstFailingEpoch(), q.site().name());
            // the program as written draws its data in float32 (float64's draws differ)
            double pytorch = flat(reference(name).get("runs").get("float32").get("backward").get(1)
                    .get(q.derivative().target()));
            assertEquals(pytorch, q.history().get(1).student()[0], 1e-7 + 1e-5 * Math.abs(pytorch), q.site().name());
        }
    }

    /** The first number of a nested list. */
    private static double flat(JsonNode values) {
        JsonNode v = values;
        while (v.isArray()) {
            v = v.get(0);
        }
        return v.asDouble();
    }

    @org.junit.jupiter.api.Test
    void d2lsLossIsTheTensorBackwardWasCalledOn() throws IOException {
        // d2l names its loss l and calls l.sum().backward(): no listed name holds a loss, and the one autograd
        // differentiates is l.sum(); sgd's param.grad / batch_size claims param.grad with the step lr / batch_size
        ProgramReport report = check("torch/d2l-linreg-scratch.py", Precision.FLOAT64);
        assertTrue(report.passed(), report.summary());
        assertEquals(List.of("w", "b"), report.parameters());
        assertEquals("l.sum()", report.loss());
    }

    @org.junit.jupiter.api.Test
    void d2lsSgdSteppingUpTheGradientIsWrongOnItsLine() throws IOException {
        // param += lr * param.grad / batch_size: PyTorch's run prints a growing loss; what the step claims at epoch 1
        // is minus PyTorch's w.grad of that backward()
        String name = "torch/d2l-linreg-ascent.py";
        JsonNode run = reference(name).get("runs").get("float64");
        assertTrue(run.get("stdout").asText().startsWith("epoch 1, loss 15.29"), run.get("stdout").asText());
        ProgramReport report = check(name, Precision.FLOAT64);
        assertEquals(List.of("w", "b"), report.failed().stream().map(q -> q.derivative().target()).toList());
        for (CheckedQuantity q : report.failed()) {
            assertEquals(41, q.site().line(), q.site().name());
            assertEquals(1, q.judged().firstFailingEpoch());
            assertEquals("the sign is flipped", q.likely().get(0), q.site().name());
        }
        double w = run.get("backward").get(0).get("w").get(0).get(0).asDouble();
        assertEquals(-w, report.failed().get(0).history().get(0).student()[0], 1e-7 + 1e-5 * Math.abs(w));
    }

    @org.junit.jupiter.api.Test
    void gradientsFromAutogradGradPassInBothPrecisions() throws IOException {
        // torch.autograd.grad fills no .grad, so PyTorch's run records no backward(); each of the program's five
        // epochs subtracts the gradients it returned
        for (Precision precision : List.of(Precision.FLOAT64, Precision.FLOAT32)) {
            ProgramReport report = check("torch/autograd-grad.py", precision);
            assertTrue(report.passed(), precision + ": " + report.summary() + " " + report.notChecked());
            assertEquals(0, reference("torch/autograd-grad.py").get("runs").get("float32").get("backward").size());
            assertEquals(5, report.epochs());
        }
    }

    @org.junit.jupiter.api.Test
    void makemoresExerciseOneIsJudgedBesideExerciseTwosRecomputedGradient() throws IOException {
        // exercise 1 forgets dcounts' second branch; exercise 2 computes dlogits again, right. cmp compared exercise
        // 1's dlogits with logits.grad, so that value is a claim of its own: PyTorch's run prints it False, and the
        // check finds it wrong, after the first wrong line, dcounts's
        String name = "torch/ninja-makemore4-dcounts-wrong.py";
        String printed = reference(name).get("runs").get("float32").get("stdout").asText();
        assertTrue(printed.contains("counts          | exact: False | approximate: False"), printed);
        assertTrue(printed.contains("logits          | exact: False | approximate: False"), printed);
        ProgramReport report = check(name, Precision.FLOAT64);
        assertEquals(90, report.failed().get(0).site().line());
        assertEquals("dcounts", report.failed().get(0).site().name());
        List<CheckedQuantity> dlogits = report.quantities().stream()
                .filter(q -> q.site().name().equals("dlogits")).toList();
        assertEquals(List.of(95, 153), dlogits.stream().map(q -> q.site().line()).toList());
        assertTrue(dlogits.get(0).judged().failed(), "exercise 1's dlogits");
        assertFalse(dlogits.get(1).judged().failed(), "exercise 2's dlogits");
    }

    @org.junit.jupiter.api.Test
    void makemoresBatchNormWithoutBesselsCorrectionIsWrongWhereItIsLeftOut() throws IOException {
        // dbndiff2 = (1.0 / n) * ... where the forward pass divides by n - 1: PyTorch's run prints bndiff2 False
        String name = "torch/ninja-makemore4-bessel-wrong.py";
        assertTrue(reference(name).get("runs").get("float32").get("stdout").asText()
                .contains("bndiff2         | exact: False | approximate: False"));
        ProgramReport report = check(name, Precision.FLOAT64);
        assertEquals(107, report.failed().get(0).site().line());
        assertEquals("dbndiff2", report.failed().get(0).site().name());
        assertTrue(report.quantities().stream().filter(q -> q.site().line() < 107).noneMatch(q -> q.judged().failed()));
    }

    @org.junit.jupiter.api.Test
    void aCustomFunctionsWrongBackwardIsWhatItsParametersGradientsHold() throws IOException {
        // MySigmoid.backward forgets (1 - s): the program's own backward() calls it, so .grad is what PyTorch's
        // run gave (the reference's backward() records), and the check's autograd of what forward computed finds
        // both weights behind the sigmoid wrong from epoch 1
        String name = "torch/nn-module-custom-function-wrong.py";
        ProgramReport report = check(name, Precision.FLOAT64);
        assertEquals(List.of("fc1.weight", "fc2.weight"), report.parameters());
        assertEquals(List.of("fc1.weight", "fc2.weight"), report.failed().stream().map(q -> q.derivative().target())
                .toList());
        assertEquals(1, report.firstFailingEpoch());
        // ScaledExp.backward forgets ctx.scale: w's gradient passes through it, v's does not; what the program
        // subtracts at epoch 1 is PyTorch's w.grad
        name = "torch/custom-function-exp-wrong.py";
        report = check(name, Precision.FLOAT64);
        assertEquals(List.of("w"), report.failed().stream().map(q -> q.derivative().target()).toList());
        JsonNode pytorch = reference(name).get("runs").get("float64").get("backward").get(0).get("w");
        double[] student = report.failed().get(0).history().get(0).student();
        for (int k = 0; k < student.length; k++) {
            assertEquals(pytorch.get(k).asDouble(), student[k], 1e-12 * Math.abs(student[k]));
        }
    }

    @org.junit.jupiter.api.Test
    void aSecondBackwardOfTheSameLossIsToldAsSuch() throws IOException {
        // backward(retain_graph=True) to print, then backward() again: .grad holds twice this epoch's gradient
        String name = "torch/homework3-retain-twice-wrong.py";
        ProgramReport report = check(name, Precision.FLOAT64);
        assertEquals(List.of("W1", "W2"), report.failed().stream().map(q -> q.derivative().target()).toList());
        for (CheckedQuantity q : report.failed()) {
            assertEquals(1, q.judged().firstFailingEpoch());
            assertTrue(q.likely().get(0).startsWith(q.derivative().target() + ".grad holds the sum of 2 backward() "
                    + "calls of this epoch's loss"), q.likely().toString());
            double pytorch = flat(reference(name).get("runs").get("float64").get("backward").get(1)
                    .get(q.derivative().target()));
            assertEquals(pytorch, q.history().get(0).student()[0], 1e-12 * Math.abs(pytorch));
        }
    }

    @org.junit.jupiter.api.Test
    void tensorsMadeWithRequiresGradAndNeverZeroedAreWrongFromEpochTwo() throws IOException {
        // torch.tensor([0.2], requires_grad=True) per weight, w -= lr * w.grad under no_grad, no w.grad = None
        String name = "torch/homework3-requires-grad-tensor-no-zero.py";
        ProgramReport report = check(name, Precision.FLOAT64);
        assertEquals(8, report.failed().size());
        for (CheckedQuantity q : report.failed()) {
            assertEquals(2, q.judged().firstFailingEpoch(), q.site().name());
            double pytorch = reference(name).get("runs").get("float32").get("backward").get(1)
                    .get(q.derivative().target()).get(0).asDouble();
            assertEquals(pytorch, q.history().get(1).student()[0], 1e-7 + 1e-5 * Math.abs(pytorch), q.site().name());
        }
    }

    @org.junit.jupiter.api.Test
    void makemoresTrainingUnderNoGradWithHandGradientsIsJudgedAtEveryStep() throws IOException {
        // exercise 4: the whole loop under torch.no_grad(), p.data += -lr * grad over zip(parameters, grads), the
        // losses logged with loss.log10(); PyTorch's run calls no backward() and prints three losses
        String name = "torch/ninja-makemore4-train.py";
        assertEquals(0, reference(name).get("runs").get("float32").get("backward").size());
        assertTrue(reference(name).get("runs").get("float32").get("stdout").asText().startsWith("      0/      6: 3.4464"));
        for (Precision precision : List.of(Precision.FLOAT64, Precision.FLOAT32)) {
            ProgramReport report = check(name, precision);
            assertTrue(report.passed(), precision + ": " + report.summary() + " " + report.notChecked());
            assertEquals(6, report.epochs());
            assertEquals(List.of("C", "W1", "b1", "W2", "b2", "bngain", "bnbias"), report.parameters());
        }
        // the tanh derivative written 1 - h: found on its line, and every gradient computed from it after
        ProgramReport report = check("torch/ninja-makemore4-train-tanh-wrong.py", Precision.FLOAT64);
        assertEquals(50, report.failed().get(0).site().line());
        assertEquals("dhpreact", report.failed().get(0).site().name());
        assertEquals("the activation derivative of h = tanh(hpreact) is 1−h², but the line uses 1−h: the square is "
                + "missing", report.failed().get(0).likely().get(0));
        assertEquals(1, report.firstFailingEpoch());
        assertTrue(report.quantities().stream().filter(q -> q.site().line() < 50).noneMatch(q -> q.judged().failed()));
    }

    @org.junit.jupiter.api.Test
    void handMatrixGradientsStepTheWeightsAndAreComparedWithAutogradsOwn() throws IOException {
        // delta1 = (delta2 @ W2) * h * (1 - h) where W2.T belongs: PyTorch's run prints allclose False for W1 only;
        // the check finds dW1, which the update subtracts, wrong from epoch 1, and W2 right
        String name = "torch/matrix-hand-vs-grad-wrong.py";
        assertTrue(reference(name).get("runs").get("float32").get("stdout").asText().startsWith("0 0.20971 False True"));
        ProgramReport report = check(name, Precision.FLOAT64);
        assertEquals(List.of("W1", "W2"), report.parameters());
        assertEquals(List.of("W1"), report.failed().stream().map(q -> q.derivative().target()).toList());
        assertEquals(1, report.firstFailingEpoch());
        // the mistake is on the helper's line: the guess reaches it through dW1 = x.T @ delta1
        assertEquals("a transpose is missing in delta1 (line 18): W2 should be W2.T", report.failed().get(0).likely().get(0));
    }

    @org.junit.jupiter.api.Test
    void aForgottenZeroGradIsWrongFromEpochTwoWithItsDiagnosis() throws IOException {
        ProgramReport report = check("torch/homework3-forgot-zero-grad.py", Precision.FLOAT64);
        assertEquals(2, report.firstFailingEpoch());
        assertEquals(8, report.failed().size());
        for (CheckedQuantity q : report.failed()) {
            assertEquals(2, q.judged().firstFailingEpoch(), q.site().name());
            assertTrue(q.likely().get(0).startsWith(q.derivative().target()
                    + ".grad holds the sum of this and the previous epochs' gradients: zero it after each update"),
                    q.likely().toString());
            // what the program subtracts at epoch 2 is what PyTorch's .grad held then: both epochs' gradients
            double pytorch = reference("torch/homework3-forgot-zero-grad.py").get("runs").get("float32")
                    .get("backward").get(1).get(q.derivative().target()).get(0).asDouble();
            assertEquals(pytorch, q.history().get(1).student()[0], 1e-7 + 1e-5 * Math.abs(pytorch), q.site().name());
        }
    }

    @org.junit.jupiter.api.Test
    void theMissingMeanOfBackpropNinjaIsFoundOnEveryParameterGradient() throws IOException {
        ProgramReport report = check("torch/ninja-missing-mean.py", Precision.FLOAT64);
        assertEquals(List.of("W1", "b1", "W2", "b2"), report.parameters());
        // dlogits without the 1/n is the gradient of the loss summed over the samples (read as such, as
        // deeplearning.ai's dZ = A - Y); the parameters' gradients computed from it are all 8 times too large
        assertEquals(List.of("W2", "b2", "W1", "b1"),
                report.failed().stream().map(q -> q.derivative().target()).toList());
        for (CheckedQuantity q : report.failed()) {
            assertEquals("a factor 1/8 is missing: the loss is a mean over 8 samples, so each of its derivatives "
                    + "carries 1/8", q.likely().get(0), q.site().name());
        }
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("dlogits (line 41) is read as 8·∂L/∂logits")),
                report.notes().toString());
    }

    @org.junit.jupiter.api.Test
    void aTensorMadeOfUpdatedFloatsIsSeenThroughToThem() throws IOException {
        // W = torch.tensor([w1, ..., w8], requires_grad=True) each epoch: W.grad is PyTorch's (the reference's
        // backward() records hold it), while the gradients are judged with respect to the floats w1..w8 the program
        // updates; the one planted mistake (d_w8 from h1) is the one found, and PyTorch's own run prints
        // "agree: False" for it
        String name = "torch/tensor-from-floats-wrong-w8.py";
        assertTrue(reference(name).get("runs").get("float64").get("stdout").asText().contains("agree: False"));
        for (Precision precision : List.of(Precision.FLOAT64, Precision.FLOAT32)) {
            ProgramReport report = check(name, precision);
            assertEquals(List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"), report.parameters());
            assertEquals(List.of("w8"), report.failed().stream().map(q -> q.derivative().target()).toList(),
                    precision.toString());
            assertTrue(report.notChecked().isEmpty(), report.notChecked().toString());
        }
    }

    @org.junit.jupiter.api.Test
    void anNnModuleUpdatedUpTheGradientIsWrongWithTheSignFlipped() throws IOException {
        // p += lr * p.grad over model.parameters(): PyTorch's run records a backward() per epoch and its loss grows;
        // both nn.Linear weights (hidden.weight, out.weight) are subtracted with the wrong sign at every epoch
        String name = "torch/nn-module-ascent.py";
        assertEquals(20, reference(name).get("runs").get("float32").get("backward").size());
        ProgramReport report = check(name, Precision.FLOAT64);
        // each parameter is judged on its own, by the name PyTorch's named_parameters() prints for it, not merged
        // into the loop variable p that updates both
        String printed = reference(name).get("runs").get("float32").get("stdout").asText().lines().findFirst()
                .orElseThrow();
        assertEquals("['hidden.weight', 'out.weight']", printed);
        assertEquals(List.of("hidden.weight", "out.weight"), report.parameters());
        assertEquals(1, report.firstFailingEpoch());
        assertEquals(2, report.failed().size());
        for (CheckedQuantity q : report.failed()) {
            assertEquals("the sign is flipped", q.likely().get(0), q.site().name());
        }
        assertTrue(report.notChecked().isEmpty(), report.notChecked().toString());
    }

    @org.junit.jupiter.api.Test
    void anUpdateSubtractingAnotherParametersGradientSaysWhich() throws IOException {
        // w5.data = w5.data - lr * w6.grad.data: only w5 is wrong, and what it subtracts at epoch 1 is PyTorch's
        // w6.grad of that epoch
        String name = "torch/homework3-other-grad.py";
        ProgramReport report = check(name, Precision.FLOAT64);
        assertEquals(List.of("w5"), report.failed().stream().map(q -> q.derivative().target()).toList());
        CheckedQuantity q = report.failed().get(0);
        assertEquals("it subtracts w6.grad, the gradient of another parameter: the update of w5 subtracts w5.grad",
                q.likely().get(0));
        double w6 = reference(name).get("runs").get("float32").get("backward").get(0).get("w6").get(0).asDouble();
        assertEquals(w6, q.history().get(0).student()[0], 1e-7 + 1e-5 * Math.abs(w6));
    }

    @org.junit.jupiter.api.Test
    void homework2sPublishedFormulasBesideHomework3AreWrongWhereTheProgramSaysSo() throws IOException {
        // the hand formulas of homework 2 as published, computed from .item() of homework 3's float32 tensors: PyTorch's
        // run prints that they differ from backward()'s gradients ("相同: False"); the published d_h1, d_h2 (the sums
        // d_w5 + d_w6, d_w7 + d_w8) are what is wrong, and backward()'s steps are right
        String name = "torch/homework3-vs-homework2-published.py";
        assertTrue(reference(name).get("runs").get("float32").get("stdout").asText().contains("相同: False"));
        ProgramReport report = check(name, Precision.FLOAT64);
        assertEquals(List.of(20, 21), report.failed().stream().map(q -> q.site().line()).toList());
        assertEquals(12, report.quantities().size(), report.summary()); // d_o1, d_o2, d_h1, d_h2 and the eight W[k] steps
    }

    @org.junit.jupiter.api.Test
    void aGradientZeroedBeforeTheStepIsToldAsSuch() throws IOException {
        // optimizer.zero_grad() between backward() and step(): PyTorch's run prints the same loss at every epoch (the
        // weights never change); both weight matrices are wrong from epoch 1, each subtracting 0
        String name = "torch/homework3-zero-before-step.py";
        List<String> printed = reference(name).get("runs").get("float32").get("stdout").asText().lines().toList();
        assertEquals(3, printed.size());
        assertEquals(1, printed.stream().map(l -> l.substring(l.indexOf(':'))).distinct().count(), printed.toString());
        ProgramReport report = check(name, Precision.FLOAT64);
        assertEquals(List.of("W1", "W2"), report.failed().stream().map(q -> q.derivative().target()).toList());
        for (CheckedQuantity q : report.failed()) {
            assertEquals(1, q.judged().firstFailingEpoch());
            assertTrue(q.likely().get(0).startsWith("the gradient is zeroed before the update at line 15 subtracts "
                    + "it"), q.likely().toString());
        }
    }

    @org.junit.jupiter.api.Test
    void anAdaptiveOptimizerIsGivenTheSumOfTheEpochsGradientsWhenZeroGradIsForgotten() throws IOException {
        // torch.optim.Adam without zero_grad(): its step is no multiple of the gradient, but the gradient it is given
        // is w.grad, which PyTorch's run shows holding epoch 1's and epoch 2's gradients at the second backward()
        String name = "torch/homework3-adam-no-zero-grad.py";
        for (Precision precision : List.of(Precision.FLOAT64, Precision.FLOAT32)) {
            ProgramReport report = check(name, precision);
            assertEquals(2, report.firstFailingEpoch(), precision.toString());
            assertEquals(8, report.failed().size(), precision.toString());
            for (CheckedQuantity q : report.failed()) {
                assertEquals(2, q.judged().firstFailingEpoch(), q.site().name());
                double pytorch = reference(name).get("runs").get("float32").get("backward").get(1)
                        .get(q.derivative().target()).asDouble();
                assertEquals(pytorch, q.history().get(1).student()[0], 1e-7 + 1e-5 * Math.abs(pytorch),
                        q.site().name());
            }
        }
    }

    @org.junit.jupiter.api.Test
    void anAdaptiveOptimizerGivenZeroedGradientsIsWrongFromEpochOne() throws IOException {
        // optimizer.zero_grad() between backward() and Adam's step(): PyTorch's run prints one loss at every epoch
        String name = "torch/nn-module-adam-zero-before-step.py";
        List<String> printed = reference(name).get("runs").get("float32").get("stdout").asText().lines()
                .filter(l -> l.startsWith("epoch")).toList();
        assertEquals(5, printed.size());
        assertEquals(1, printed.stream().map(l -> l.substring(l.indexOf(':'))).distinct().count(), printed.toString());
        ProgramReport report = check(name, Precision.FLOAT64);
        assertEquals(List.of("hidden.weight", "output.weight"), report.failed().stream()
                .map(q -> q.derivative().target()).sorted().toList());
        for (CheckedQuantity q : report.failed()) {
            assertEquals(1, q.judged().firstFailingEpoch(), q.site().name());
        }
    }

    @org.junit.jupiter.api.Test
    void eachTensorOfAListIsAParameterOfItsOwn() throws IOException {
        // w = [torch.tensor(v, requires_grad=True) for v in …], updated by for wi in w: wi -= wi.grad: eight
        // parameters w[0]..w[7], each judged (PyTorch's run: a backward() per epoch)
        ProgramReport report = check("torch/tensor-list.py", Precision.FLOAT64);
        assertEquals(List.of("w[0]", "w[1]", "w[2]", "w[3]", "w[4]", "w[5]", "w[6]", "w[7]"), report.parameters());
        assertEquals(20, reference("torch/tensor-list.py").get("runs").get("float32").get("backward").size());
        assertTrue(report.passed(), report.summary());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"torch/homework3-update-in-graph.py", "torch/homework3-update-before-backward.py"})
    void programsPyTorchFailsOnFailTheSameWayAndSayWhy(String name) throws IOException {
        BadProgramException e = assertThrows(BadProgramException.class, () -> check(name, Precision.FLOAT64));
        JsonNode failure = reference(name).get("runs").get("float32").get("exception");
        String message = e.problems().get(0).message();
        assertTrue(message.startsWith("the program fails: " + failure.get("type").asText() + ": "
                + failure.get("message").asText()), message);
        assertEquals(failure.get("line").asInt(), e.problems().get(0).line());
        assertTrue(message.contains(name.contains("in-graph") ? "updates w1 instead of w1.data, which records the "
                + "update in the graph" : "runs before backward(); call backward() first"), message);
    }
}
