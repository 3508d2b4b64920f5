package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.gradient.Evaluation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Question 8: the squared error replaced by cross-entropy, {@code softmax-ce} and {@code bce}.
 *
 * <p>Both read the targets as probabilities, and \( y_2 = -0.07 \) is not one. Softmax cross-entropy
 * \( L = -\sum_k y_k \log p_k \), \( p = \mathrm{softmax}(o) \), has \( \partial L / \partial o_k = p_k \sum_j
 * y_j - y_k \) with \( \sum_j y_j = 0.16 \): \( \partial L/\partial o_2 = 0.16\,p_2 + 0.07 &gt; 0 \) and
 * \( \partial L/\partial o_1 = 0.16\,p_1 - 0.23 &lt; 0 \) everywhere, so o1 is pushed up and o2 down without
 * end. BCE's \( \partial L / \partial o_2 = (o_2 + 0.07) / (K\,o_2(1-o_2)) &gt; 0 \) on all of (0, 1): o2 is
 * pushed toward 0 for ever and the loss, \( \tfrac1K[0.07 \log o_2 - 1.07 \log(1-o_2)] + \dots \), falls
 * below 0 without bound (until PyTorch's clamp of the log at −100). Three-way over {@value #EPOCHS} epochs;
 * the hand chain rule alone continues to {@value #LONG_EPOCHS}.
 */
public final class CrossEntropyExperiment implements Experiment {

    static final int EPOCHS = 200;
    static final int LONG_EPOCHS = 1000;

    @Override
    public String id() {
        return "cross-entropy";
    }

    @Override
    public String description() {
        return "softmax-ce and bce with y2 = -0.07 (not a probability): the gradients and where they push o1, o2";
    }

    @Override
    public Question question() {
        return new Question(8, "损失函数MSE改变为交叉熵,观察、总结并陈述",
                "Change the loss from MSE to cross-entropy; observe, summarise and state.");
    }

    @Override
    public ExperimentResult run(Lab lab) {
        NetworkSpec lecture = Networks.lecture().withEpochs(EPOCHS);
        double[] y = lecture.samples().get(0).y();
        double targetSum = y[0] + y[1];
        List<Finding> findings = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Series> curves = new ArrayList<>();
        StringBuilder conclusion = new StringBuilder("Warning: y2 = −0.07 is not a probability, and both losses read the "
                + "targets as probabilities. ");
        for (LossFunction loss : List.of(LossFunction.SOFTMAX_CE, LossFunction.BCE)) {
            NetworkSpec spec = lecture.withLoss(loss);
            ComparisonResult result = lab.compare(loss.id() + " " + lab.precision().id(), spec, lab.precision());
            findings.add(Agreement.of("three-way-" + loss.id(), loss.id(), result));
            OutputTrace o1 = OutputTrace.of(result, "o1");
            OutputTrace o2 = OutputTrace.of(result, "o2");
            double[] losses = result.lossAutograd();
            int negativeFrom = firstNegative(losses);
            double[] longRun = lab.handLosses(spec.withEpochs(LONG_EPOCHS));
            curves.add(Series.overEpochs(loss.id() + " (hand, " + LONG_EPOCHS + " epochs)", longRun));
            boolean o2Falls = strictlyFalling(o2.values());
            rows.add(List.of(loss.id(), Text.number(losses[0]), Text.number(losses[EPOCHS - 1]),
                    negativeFrom == 0 ? "never" : Integer.toString(negativeFrom), Text.number(longRun[LONG_EPOCHS - 1]),
                    Text.number(o1.last()), Text.number(o2.last())));
            if (loss == LossFunction.SOFTMAX_CE) {
                double[] expected = new double[2];
                double[] actual = softmaxGradient(lab, spec, targetSum, expected);
                double error = Measures.maxAbsDifference(actual, expected);
                findings.add(Finding.of("softmax-ce-gradient",
                        "autograd's dL/do equals p·Σy − y with Σy = " + Text.number(targetSum) + " (not 1)",
                        result.tolerance().agrees(error, 0), "targetSum", targetSum, "dLdO1", actual[0], "dLdO2", actual[1],
                        "maxError", error));
                boolean o1Rises = strictlyFalling(negate(o1.values()));
                findings.add(Finding.of("softmax-ce-pushes-apart",
                        "o1 rises and o2 falls at every epoch, and the loss goes below 0, which a probability target never allows",
                        o1Rises && o2Falls && negativeFrom > 0, "negativeFromEpoch", negativeFrom, "o1Last", o1.last(),
                        "o2Last", o2.last(), "lossLongRun", longRun[LONG_EPOCHS - 1]));
                conclusion.append("Softmax-ce: the targets sum to ").append(Text.number(targetSum))
                        .append(", so dL/do = p·0.16 − y (measured ").append(Text.number(actual[0])).append(", ")
                        .append(Text.number(actual[1])).append(" at epoch 1); it drives o1 up (").append(Text.number(o1.last()))
                        .append(") and o2 down (").append(Text.number(o2.last())).append(") and the loss below 0 from epoch ")
                        .append(negativeFrom).append(". ");
            } else {
                findings.add(Finding.of("bce-pushes-o2-to-zero",
                        "o2 falls at every epoch toward 0 and the loss falls below 0 without a minimum, while o1 heads for 0.23",
                        o2Falls && negativeFrom > 0 && longRun[LONG_EPOCHS - 1] < losses[EPOCHS - 1],
                        "negativeFromEpoch", negativeFrom, "o1Last", o1.last(), "o2Last", o2.last(),
                        "lossLongRun", longRun[LONG_EPOCHS - 1]));
                conclusion.append("BCE: the −0.07 target pushes o2 toward 0 at every epoch (").append(Text.number(o2.last()))
                        .append(" after ").append(EPOCHS).append(") and the loss below 0 from epoch ").append(negativeFrom)
                        .append(", on to ").append(Text.number(longRun[LONG_EPOCHS - 1])).append(" after ")
                        .append(LONG_EPOCHS).append(" epochs, while o1 settles near 0.23 (").append(Text.number(o1.last()))
                        .append(").");
            }
        }
        return new ExperimentResult(id(), "Cross-entropy instead of the squared error", question(),
                "The lecture network, sigmoid outputs, step 1, with softmax cross-entropy (torch.nn.CrossEntropyLoss with "
                        + "probability targets, the outputs as logits) and binary cross-entropy (torch.nn.BCELoss); "
                        + EPOCHS + " epochs three ways (autograd in " + lab.precision().id() + "), then the hand chain rule to "
                        + LONG_EPOCHS + " epochs.",
                List.of(new Table("Cross-entropy with targets (0.23, −0.07)",
                        List.of("loss", "epoch 1", "epoch " + EPOCHS, "loss < 0 from epoch", "epoch " + LONG_EPOCHS + " (hand)",
                                "o1 at epoch " + EPOCHS, "o2 at epoch " + EPOCHS), rows)),
                List.of(Plot.lines("cross-entropy-loss", "Cross-entropy with y2 = -0.07 (hand chain rule, step 1)", "epoch",
                        "loss", false, curves)),
                findings, conclusion.toString(), Map.of());
    }

    /** Autograd's dL/do at the lecture weights, and {@code p·Σy − y} from its own outputs into {@code expected}. */
    private static double[] softmaxGradient(Lab lab, NetworkSpec spec, double targetSum, double[] expected) {
        try (ClosableSource autograd = lab.sources().autograd(spec, lab.precision(), true)) {
            Evaluation e = autograd.evaluate(spec.initialWeights());
            double[] o = e.forward().get(0).out()[1];
            double[] y = spec.samples().get(0).y();
            double norm = Math.exp(o[0]) + Math.exp(o[1]);
            for (int k = 0; k < 2; k++) {
                expected[k] = Math.exp(o[k]) / norm * targetSum - y[k];
            }
            return e.neuronGradient().get(0).out()[1].clone();
        }
    }

    private static int firstNegative(double[] losses) {
        for (int t = 0; t < losses.length; t++) {
            if (losses[t] < 0) {
                return t + 1;
            }
        }
        return 0;
    }

    private static boolean strictlyFalling(double[] values) {
        for (int t = 1; t < values.length; t++) {
            if (!(values[t] < values[t - 1])) {
                return false;
            }
        }
        return true;
    }

    private static double[] negate(double[] values) {
        double[] negated = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            negated[t] = -values[t];
        }
        return negated;
    }
}
