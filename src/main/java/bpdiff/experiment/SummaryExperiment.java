package bpdiff.experiment;

import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.network.LossFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * Question 11: what backpropagation is and how each implementation realises it, every sentence tied to a
 * number measured in the sections before (it requires them all, reads their records and computes nothing new).
 *
 * <p>Its one finding checks the run as a whole: every three-way comparison of the run agreed, except those
 * with the published (buggy) homework formulas, which all disagreed.
 */
public final class SummaryExperiment implements Experiment<SummaryExperiment.Measured> {

    private static final About ABOUT = new About("summary", "Summary: backpropagation and its implementations",
            "what backpropagation is and how each implementation realises it, each sentence tied to a measured number",
            new Question(11, "总结反向传播原理和编码实现",
                    "Summarise the principle of backpropagation and how it is implemented in code."),
            List.of("lecture", "published-vs-autograd", "corrected", "methods", "builtin-sigmoid", "relu",
                    "builtin-mse", "cross-entropy", "step-and-epochs", "random-init", "zero-init"));

    /**
     * The run's comparisons, counted.
     *
     * @param comparisons how many three-way comparisons ran
     * @param agreed how many agreed
     * @param published how many used the published homework-2 formulas
     */
    public record Counts(int comparisons, long agreed, long published) {}

    /**
     * What the summary read.
     *
     * @param statements each sentence and the sections its numbers come from
     * @param explained whether exactly the comparisons with the published formulas disagreed
     * @param counts the comparisons counted
     */
    public record Measured(List<List<String>> statements, boolean explained, Counts counts) {}

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Setup setup(Precision dtype) {
        return new Setup("No new computation: every number is quoted from the sections above, which this section requires.",
                List.of());
    }

    @Override
    public Measured measure(Lab lab) {
        LectureExperiment.Measured lecture = lab.measured(LectureExperiment.class).orElseThrow();
        PublishedVsAutogradExperiment.Measured published = lab.measured(PublishedVsAutogradExperiment.class).orElseThrow();
        CorrectedExperiment.Measured corrected = lab.measured(CorrectedExperiment.class).orElseThrow();
        MethodsExperiment.Measured methods = lab.measured(MethodsExperiment.class).orElseThrow();
        Dtypes<BuiltinSigmoidExperiment.InPrecision> sigmoid = lab.measured(BuiltinSigmoidExperiment.class).orElseThrow();
        ReluExperiment.Measured relu = lab.measured(ReluExperiment.class).orElseThrow();
        BuiltinMseExperiment.Measured mse = lab.measured(BuiltinMseExperiment.class).orElseThrow();
        CrossEntropyExperiment.Measured crossEntropy = lab.measured(CrossEntropyExperiment.class).orElseThrow();
        StepAndEpochsExperiment.Measured steps = lab.measured(StepAndEpochsExperiment.class).orElseThrow();
        RandomInitExperiment.Measured random = lab.measured(RandomInitExperiment.class).orElseThrow();
        Dtypes<ZeroInitExperiment.InPrecision> zero = lab.measured(ZeroInitExperiment.class).orElseThrow();

        List<List<String>> rows = new ArrayList<>();
        add(rows, "Backpropagation is the chain rule run once backwards from the loss: per neuron δ = ∂L/∂out · act′(in), "
                + "per weight ∂L/∂w = δ · (the output feeding it), and ∂L/∂out one layer down = Σ δ · w. On the lecture "
                + "example it turns the loss " + n(lecture.forward().loss())
                + " into eight gradients that finite differences confirm to "
                + n(lecture.threeWay().measured().maxNumericVsAutograd()) + ".", "lecture");
        add(rows, "By hand (homework 2) it is one derived formula per weight, and a wrong one is invisible in the forward "
                + "pass: the published d_w1..d_w4 give the same loss " + n(published.losses().lossPublished())
                + " but gradients off by " + n(published.differences().maxDifferenceW1toW4())
                + "; finite differences side with autograd.", "published-vs-autograd");
        add(rows, "Corrected, the hand chain rule matches autograd to " + n(corrected.threeWay().measured().maxHandVsAutograd())
                + " over " + CorrectedExperiment.EPOCHS + " epochs and to "
                + n(methods.threeWay().measured().maxHandVsAutograd()) + " over " + MethodsExperiment.EPOCHS + ".",
                "corrected, methods");
        add(rows, "Autograd (homework 3) records the forward pass as a graph and applies the same local derivatives "
                + "mechanically: torch.sigmoid and the hand-written 1/(1+e^−z) differ by at most "
                + n(sigmoid.float64().difference().maxAbsDifference()) + " in float64, and relu′(0) = "
                + n(relu.derivativeAtZero().handDerivativeAtZero()) + " on both sides.", "builtin-sigmoid, relu");
        add(rows, "The loss sets the gradient's scale: MSELoss(mean) is " + n(mse.variant(LossFunction.MSE_MEAN).factor().factor())
                + " × ½Σ(o−y)², reduction='sum' " + n(mse.variant(LossFunction.MSE_SUM).factor().factor()) + " ×, DJL's L2Loss "
                + n(mse.variant(LossFunction.DJL_L2).factor().factor()) + " ×, and the gradients follow exactly (deviation "
                + n(mse.variant(LossFunction.MSE_SUM).factor().maxAutogradScalingError()) + ").", "builtin-mse");
        add(rows, "The outputs must be able to reach the targets: y2 = −0.07 lies outside sigmoid's (0, 1) and ReLU's "
                + "[0, ∞), so the squared error cannot fall below " + n(relu.unreachable().floor())
                + "; ReLU gets to " + n(relu.atSeedEpoch().reluFloat32()) + " at epoch 10 against "
                + "sigmoid's " + n(relu.atSeedEpoch().sigmoidFloat32()) + ", and cross-entropy, which "
                + "expects probabilities, goes below 0 (softmax-ce from epoch "
                + n(crossEntropy.losses().get(0).drift().negativeFromEpoch()) + ").", "relu, cross-entropy");
        add(rows, "Gradient descent's step does the rest: after " + StepAndEpochsExperiment.EPOCHS + " epochs step 1 reaches "
                + n(steps.small().finalLossStep1()) + " and step 50 " + n(steps.small().finalLossStep50())
                + ", step 100 oscillates from epoch " + n(steps.large().oscillatesFromEpoch()) + ", and from step "
                + n(steps.large().firstStalledStep()) + " the sigmoids saturate and the loss stalls at "
                + n(steps.large().stalledLoss()) + ".", "step-and-epochs");
        add(rows, "Any asymmetric start learns (random starts end at " + n(random.ends().lowestRandomFinalLoss()) + " to "
                + n(random.ends().highestRandomFinalLoss()) + "), but an all-zero start keeps the two hidden units identical "
                + "for ever (w1 = w2 = " + n(zero.float64().symmetry().w1()) + " after " + ZeroInitExperiment.EPOCHS
                + " epochs).", "random-init, zero-init");

        List<ComparisonRecord> comparisons = lab.comparisons();
        long agreed = comparisons.stream().filter(ComparisonRecord::agrees).count();
        long buggy = comparisons.stream().filter(c -> c.derivation() == HandDerivation.BUGGY).count();
        boolean explained = comparisons.stream().allMatch(c -> c.agrees() != (c.derivation() == HandDerivation.BUGGY));
        add(rows, "Across this run " + comparisons.size() + " three-way comparisons (hand, autograd, finite differences) "
                + "ran; " + agreed + " agreed, and the " + (comparisons.size() - agreed) + " that did not "
                + (explained ? "are exactly the " + buggy + " with the published homework-2 formulas." : "include "
                + "comparisons other than the published homework-2 formulas (see the failed findings)."), "all");
        return new Measured(rows, explained, new Counts(comparisons.size(), agreed, buggy));
    }

    @Override
    public Section report(Measured m, Precision dtype) {
        Finding finding = Finding.of("only-the-published-formulas-disagree",
                "every three-way comparison of the run agrees except those with the published homework-2 formulas",
                m.explained(), m.counts());
        String conclusion = String.join(" ", m.statements().stream().map(r -> r.get(0)).toList());
        return new Section(
                List.of(new Table("Each statement and the section its number comes from", List.of("statement", "from"),
                        m.statements())),
                List.of(), List.of(finding), conclusion);
    }

    private static void add(List<List<String>> rows, String statement, String from) {
        rows.add(List.of(statement, from));
    }

    /** A number as the report writes it. */
    private static String n(double value) {
        return Text.number(value);
    }
}
