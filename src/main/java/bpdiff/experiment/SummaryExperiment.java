package bpdiff.experiment;

import bpdiff.gradient.HandDerivation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Question 11: what backpropagation is and how each implementation realises it, every sentence tied to a
 * number measured in the sections before (it requires them all and computes nothing new).
 *
 * <p>Its one finding checks the run as a whole: every three-way comparison of the run agreed, except those
 * with the published (buggy) homework formulas, which all disagreed.
 */
public final class SummaryExperiment implements Experiment {

    @Override
    public String id() {
        return "summary";
    }

    @Override
    public String description() {
        return "what backpropagation is and how each implementation realises it, each sentence tied to a measured number";
    }

    @Override
    public Question question() {
        return new Question(11, "总结反向传播原理和编码实现",
                "Summarise the principle of backpropagation and how it is implemented in code.");
    }

    @Override
    public List<String> requires() {
        return List.of("lecture", "published-vs-autograd", "corrected", "methods", "builtin-sigmoid", "relu",
                "builtin-mse", "cross-entropy", "step-and-epochs", "random-init", "zero-init");
    }

    @Override
    public ExperimentResult run(Lab lab) {
        List<List<String>> rows = new ArrayList<>();
        add(rows, "Backpropagation is the chain rule run once backwards from the loss: per neuron δ = ∂L/∂out · act′(in), "
                + "per weight ∂L/∂w = δ · (the output feeding it), and ∂L/∂out one layer down = Σ δ · w. On the lecture "
                + "example it turns the loss " + n(lab, "lecture", "forward-matches-lecture", "loss")
                + " into eight gradients that finite differences confirm to "
                + n(lab, "lecture", "three-way", "maxNumericVsAutograd") + ".", "lecture");
        add(rows, "By hand (homework 2) it is one derived formula per weight, and a wrong one is invisible in the forward "
                + "pass: the published d_w1..d_w4 give the same loss " + n(lab, "published-vs-autograd",
                "same-forward-and-loss", "lossPublished") + " but gradients off by " + n(lab, "published-vs-autograd",
                "differ-on-w1-w4", "maxDifferenceW1toW4") + "; finite differences side with autograd.",
                "published-vs-autograd");
        add(rows, "Corrected, the hand chain rule matches autograd to " + n(lab, "corrected", "three-way", "maxHandVsAutograd")
                + " over " + CorrectedExperiment.EPOCHS + " epochs and to " + n(lab, "methods", "three-way-long-run",
                "maxHandVsAutograd") + " over " + MethodsExperiment.EPOCHS + ".", "corrected, methods");
        add(rows, "Autograd (homework 3) records the forward pass as a graph and applies the same local derivatives "
                + "mechanically: torch.sigmoid and the hand-written 1/(1+e^−z) differ by at most " + n(lab, "builtin-sigmoid",
                "builtin-equals-own-float64", "maxAbsDifference") + " in float64, and relu′(0) = "
                + n(lab, "relu", "relu-derivative-at-zero", "handDerivativeAtZero") + " on both sides.",
                "builtin-sigmoid, relu");
        add(rows, "The loss sets the gradient's scale: MSELoss(mean) is " + n(lab, "builtin-mse", "factor-mse-mean", "factor")
                + " × ½Σ(o−y)², reduction='sum' " + n(lab, "builtin-mse", "factor-mse-sum", "factor") + " ×, DJL's L2Loss "
                + n(lab, "builtin-mse", "factor-djl-l2", "factor") + " ×, and the gradients follow exactly (deviation "
                + n(lab, "builtin-mse", "factor-mse-sum", "maxAutogradScalingError") + ").", "builtin-mse");
        add(rows, "The outputs must be able to reach the targets: y2 = −0.07 lies outside sigmoid's (0, 1) and ReLU's "
                + "[0, ∞), so the squared error cannot fall below " + n(lab, "relu", "y2-unreachable", "floor")
                + "; ReLU gets to " + n(lab, "relu", "relu-lower-after-10", "reluFloat32") + " at epoch 10 against "
                + "sigmoid's " + n(lab, "relu", "relu-lower-after-10", "sigmoidFloat32") + ", and cross-entropy, which "
                + "expects probabilities, goes below 0 (softmax-ce from epoch " + n(lab, "cross-entropy",
                "softmax-ce-pushes-apart", "negativeFromEpoch") + ").", "relu, cross-entropy");
        add(rows, "Gradient descent's step does the rest: after " + StepAndEpochsExperiment.EPOCHS + " epochs step 1 reaches "
                + n(lab, "step-and-epochs", "small-steps-converge", "finalLossStep1") + " and step 50 "
                + n(lab, "step-and-epochs", "small-steps-converge", "finalLossStep50") + ", step 100 oscillates from epoch "
                + n(lab, "step-and-epochs", "large-steps-misbehave", "oscillatesFromEpoch") + ", and from step "
                + n(lab, "step-and-epochs", "large-steps-misbehave", "firstStalledStep") + " the sigmoids saturate and "
                + "the loss stalls at " + n(lab, "step-and-epochs", "large-steps-misbehave", "stalledLoss") + ".",
                "step-and-epochs");
        add(rows, "Any asymmetric start learns (random starts end at " + n(lab, "random-init", "every-start-learns",
                "lowestRandomFinalLoss") + " to " + n(lab, "random-init", "every-start-learns", "highestRandomFinalLoss")
                + "), but an all-zero start keeps the two hidden units identical for ever (w1 = w2 = "
                + n(lab, "zero-init", "symmetry-never-broke-float64", "w1") + " after " + ZeroInitExperiment.EPOCHS
                + " epochs).", "random-init, zero-init");

        List<ComparisonRecord> comparisons = lab.comparisons();
        long agreed = comparisons.stream().filter(ComparisonRecord::agrees).count();
        long published = comparisons.stream().filter(c -> c.derivation() == HandDerivation.BUGGY).count();
        boolean explained = comparisons.stream().allMatch(c -> c.agrees() != (c.derivation() == HandDerivation.BUGGY));
        add(rows, "Across this run " + comparisons.size() + " three-way comparisons (hand, autograd, finite differences) "
                + "ran; " + agreed + " agreed, and the " + (comparisons.size() - agreed) + " that did not "
                + (explained ? "are exactly the " + published + " with the published homework-2 formulas." : "include "
                + "comparisons other than the published homework-2 formulas (see the failed findings)."), "all");
        Finding finding = Finding.of("only-the-published-formulas-disagree",
                "every three-way comparison of the run agrees except those with the published homework-2 formulas",
                explained, "comparisons", comparisons.size(), "agreed", agreed, "published", published);
        String conclusion = String.join(" ", rows.stream().map(r -> r.get(0)).toList());
        return new ExperimentResult(id(), "Summary: backpropagation and its implementations", question(),
                "No new computation: every number is quoted from the sections above, which this section requires.",
                List.of(new Table("Each statement and the section its number comes from", List.of("statement", "from"), rows)),
                List.of(), List.of(finding), conclusion, Map.of());
    }

    private static void add(List<List<String>> rows, String statement, String from) {
        rows.add(List.of(statement, from));
    }

    private static String n(Lab lab, String experiment, String finding, String name) {
        return lab.result(experiment).map(r -> Text.number(r.measured(finding, name))).orElse("(not run)");
    }
}
