package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.gradient.Evaluation;
import bpdiff.gradient.Precision;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;

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
public final class CrossEntropyExperiment implements Experiment<CrossEntropyExperiment.Measured> {

    static final int EPOCHS = 200;
    static final int LONG_EPOCHS = 1000;
    private static final List<LossFunction> LOSSES = List.of(LossFunction.SOFTMAX_CE, LossFunction.BCE);

    private static final About ABOUT = About.of("cross-entropy", "Cross-entropy instead of the squared error",
            "softmax-ce and bce with y2 = -0.07 (not a probability): the gradients and where they push o1, o2",
            new Question(8, "损失函数MSE改变为交叉熵,观察、总结并陈述",
                    "Change the loss from MSE to cross-entropy; observe, summarise and state."));

    /**
     * Softmax cross-entropy's gradient at the lecture weights, against \( p \cdot \Sigma y - y \).
     *
     * @param targetSum \( \Sigma y \)
     * @param dLdO1 autograd's \( \partial L / \partial o_1 \)
     * @param dLdO2 autograd's \( \partial L / \partial o_2 \)
     * @param maxError \( \max_k |\partial L / \partial o_k - (p_k \Sigma y - y_k)| \)
     */
    public record Gradient(double targetSum, double dLdO1, double dLdO2, double maxError) {}

    /**
     * Where a loss drives the outputs.
     *
     * @param negativeFromEpoch the first epoch with a loss below 0, or 0
     * @param o1Last o1 at the last epoch
     * @param o2Last o2 at the last epoch
     * @param lossLongRun the hand chain rule's loss after {@value #LONG_EPOCHS} epochs
     */
    public record Drift(int negativeFromEpoch, double o1Last, double o2Last, double lossLongRun) {}

    /**
     * One loss's measurements.
     *
     * @param threeWay hand, autograd and finite differences
     * @param losses autograd's loss at every epoch
     * @param longRun the hand chain rule's loss over {@value #LONG_EPOCHS} epochs
     * @param drift where it drives the outputs
     * @param o1Rises whether o1 rose at every epoch
     * @param o2Falls whether o2 fell at every epoch
     * @param gradient for softmax-ce, its gradient against the formula; {@code null} for bce
     * @param gradientHolds whether that gradient is the formula's within the tolerance
     */
    public record CrossEntropy(LossFunction loss, ThreeWay threeWay, double[] losses, double[] longRun, Drift drift,
            boolean o1Rises, boolean o2Falls, Gradient gradient, boolean gradientHolds) {}

    /**
     * What the cross-entropy experiment measured.
     *
     * @param losses softmax-ce, then bce
     */
    public record Measured(List<CrossEntropy> losses) {}

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Setup setup(Precision dtype) {
        return new Setup("The lecture network, sigmoid outputs, step 1, with softmax cross-entropy (torch.nn.CrossEntropyLoss "
                + "with probability targets, the outputs as logits) and binary cross-entropy (torch.nn.BCELoss); "
                + EPOCHS + " epochs three ways (autograd in " + dtype.id() + "), then the hand chain rule to "
                + LONG_EPOCHS + " epochs.", LOSSES.stream().map(loss -> run(loss, dtype)).toList());
    }

    private static Run run(LossFunction loss, Precision dtype) {
        return Run.of(loss.id() + " " + dtype.id(), Networks.lecture().withEpochs(EPOCHS).withLoss(loss), dtype);
    }

    @Override
    public Measured measure(Lab lab) {
        double[] y = Networks.lecture().samples().get(0).y();
        double targetSum = y[0] + y[1];
        List<CrossEntropy> measured = new ArrayList<>();
        for (LossFunction loss : LOSSES) {
            Run run = run(loss, lab.precision());
            ComparisonResult result = lab.compare(run);
            OutputTrace o1 = OutputTrace.of(result, "o1");
            OutputTrace o2 = OutputTrace.of(result, "o2");
            double[] losses = result.lossAutograd();
            double[] longRun = lab.handLosses(run.spec().withEpochs(LONG_EPOCHS));
            Drift drift = new Drift(firstNegative(losses), o1.last(), o2.last(), longRun[LONG_EPOCHS - 1]);
            Gradient gradient = null;
            boolean gradientHolds = false;
            if (loss == LossFunction.SOFTMAX_CE) {
                double[] expected = new double[2];
                double[] actual = softmaxGradient(lab, run.spec(), expected);
                double error = Measures.maxAbsDifference(actual, expected);
                gradient = new Gradient(targetSum, actual[0], actual[1], error);
                gradientHolds = result.tolerance().agrees(error, 0);
            }
            measured.add(new CrossEntropy(loss, ThreeWay.of(loss.id(), result), losses, longRun, drift,
                    strictlyFalling(negate(o1.values())), strictlyFalling(o2.values()), gradient, gradientHolds));
        }
        return new Measured(measured);
    }

    @Override
    public Section report(Measured m, Precision dtype) {
        List<Finding> findings = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Series> curves = new ArrayList<>();
        StringBuilder conclusion = new StringBuilder("Warning: y2 = −0.07 is not a probability, and both losses read the "
                + "targets as probabilities. ");
        for (CrossEntropy c : m.losses()) {
            String id = c.loss().id();
            Drift d = c.drift();
            int negativeFrom = d.negativeFromEpoch();
            findings.add(c.threeWay().finding("three-way-" + id));
            curves.add(Series.overEpochs(id + " (hand, " + LONG_EPOCHS + " epochs)", c.longRun()));
            rows.add(List.of(id, Text.number(c.losses()[0]), Text.number(c.losses()[EPOCHS - 1]),
                    negativeFrom == 0 ? "never" : Integer.toString(negativeFrom), Text.number(d.lossLongRun()),
                    Text.number(d.o1Last()), Text.number(d.o2Last())));
            if (c.loss() == LossFunction.SOFTMAX_CE) {
                Gradient g = c.gradient();
                findings.add(Finding.of("softmax-ce-gradient",
                        "autograd's dL/do equals p·Σy − y with Σy = " + Text.number(g.targetSum()) + " (not 1)",
                        c.gradientHolds(), g));
                findings.add(Finding.of("softmax-ce-pushes-apart",
                        "o1 rises and o2 falls at every epoch, and the loss goes below 0, which a probability target never allows",
                        c.o1Rises() && c.o2Falls() && negativeFrom > 0, d));
                conclusion.append("Softmax-ce: the targets sum to ").append(Text.number(g.targetSum()))
                        .append(", so dL/do = p·0.16 − y (measured ").append(Text.number(g.dLdO1())).append(", ")
                        .append(Text.number(g.dLdO2())).append(" at epoch 1); it drives o1 up (").append(Text.number(d.o1Last()))
                        .append(") and o2 down (").append(Text.number(d.o2Last())).append(") and the loss below 0 from epoch ")
                        .append(negativeFrom).append(". ");
            } else {
                findings.add(Finding.of("bce-pushes-o2-to-zero",
                        "o2 falls at every epoch toward 0 and the loss falls below 0 without a minimum, while o1 heads for 0.23",
                        c.o2Falls() && negativeFrom > 0 && d.lossLongRun() < c.losses()[EPOCHS - 1], d));
                conclusion.append("BCE: the −0.07 target pushes o2 toward 0 at every epoch (").append(Text.number(d.o2Last()))
                        .append(" after ").append(EPOCHS).append(") and the loss below 0 from epoch ").append(negativeFrom)
                        .append(", on to ").append(Text.number(d.lossLongRun())).append(" after ")
                        .append(LONG_EPOCHS).append(" epochs, while o1 settles near 0.23 (").append(Text.number(d.o1Last()))
                        .append(").");
            }
        }
        return new Section(
                List.of(new Table("Cross-entropy with targets (0.23, −0.07)",
                        List.of("loss", "epoch 1", "epoch " + EPOCHS, "loss < 0 from epoch", "epoch " + LONG_EPOCHS + " (hand)",
                                "o1 at epoch " + EPOCHS, "o2 at epoch " + EPOCHS), rows)),
                List.of(Plot.lines("cross-entropy-loss", "Cross-entropy with y2 = -0.07 (hand chain rule, step 1)", "epoch",
                        "loss", false, curves)),
                findings, conclusion.toString());
    }

    /**
     * Autograd's dL/do at the lecture weights, and into {@code expected} the hand formula
     * \( \mathrm{softmax}(o)_k \sum_j y_j - y_k \) ({@link LossFunction#gradient}, one sample) at autograd's own
     * outputs.
     */
    private static double[] softmaxGradient(Lab lab, NetworkSpec spec, double[] expected) {
        try (ClosableSource autograd = lab.sources().autograd(spec, lab.precision(), true)) {
            Evaluation e = autograd.evaluate(spec.initialWeights());
            double[] o = e.forward().get(0).out()[1];
            double[] y = spec.samples().get(0).y();
            double[] hand = LossFunction.SOFTMAX_CE.gradient(new double[][] {o}, new double[][] {y})[0];
            System.arraycopy(hand, 0, expected, 0, expected.length);
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
