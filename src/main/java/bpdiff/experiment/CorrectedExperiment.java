package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.gradient.Precision;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;

/**
 * Question 3: homework 2 with its hidden-layer formulas corrected, against autograd and finite differences.
 *
 * <p>The correction: \( \partial L / \partial out_{h1} = \delta_{o1} w_5 + \delta_{o2} w_6 \) (the homework
 * writes \( d_{w5} w_5 / out_{h1} + d_{w6} w_6 / out_{h1} \)) and
 * \( \partial L / \partial out_{h2} = \delta_{o1} w_7 + \delta_{o2} w_8 \), then
 * \( d_{w1} = \partial L / \partial out_{h1} \cdot out_{h1}(1 - out_{h1})\, x_1 \) and so on. Expected: all
 * three agree at every epoch.
 */
public final class CorrectedExperiment implements Experiment<CorrectedExperiment.Measured> {

    static final int EPOCHS = 100;
    private static final int[] SHOWN_EPOCHS = {1, 2, 10, 50, 100};

    private static final About ABOUT = About.of("corrected", "Homework 2 corrected",
            "homework 2 with d_w1..d_w4 corrected: hand, autograd and finite differences agree",
            new Question(3, "【作业2】程序更新", "Update the program of homework 2."));

    /**
     * Where the two trainings end.
     *
     * @param maxWeightDifference \( \max |w_{hand} - w_{autograd}| \) after the last epoch
     * @param finalLossHand the hand side's loss at the last epoch
     * @param finalLossAutograd autograd's
     */
    public record End(double maxWeightDifference, double finalLossHand, double finalLossAutograd) {}

    /**
     * What the corrected program measured.
     *
     * @param result the comparison over {@value #EPOCHS} epochs
     * @param threeWay hand, autograd and finite differences
     * @param sameWeights whether the final weights agree within the tolerance
     * @param end where the trainings end
     */
    public record Measured(ComparisonResult result, ThreeWay threeWay, boolean sameWeights, End end) {}

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Setup setup(Precision dtype) {
        return new Setup("The lecture network, " + EPOCHS + " epochs at step 1, hand side: homework 2 with "
                + "d_w1 = (d_w5·w5/out_h1 + d_w6·w6/out_h1)·out_h1(1−out_h1)·x1 (and likewise d_w2..d_w4) "
                + "instead of the published (d_w5 + d_w6)·out_h1(1−out_h1)·x1; each side trains its own weights; "
                + "autograd in " + dtype.id() + ".", List.of(run(dtype)));
    }

    private static Run run(Precision dtype) {
        return Run.of("corrected homework 2", Networks.lecture().withEpochs(EPOCHS), dtype);
    }

    @Override
    public Measured measure(Lab lab) {
        ComparisonResult result = lab.compare(run(lab.precision()));
        return new Measured(result, ThreeWay.of("corrected homework 2", result), Measures.finalWeightsAgree(result),
                new End(Measures.maxAbsDifference(result.finalManual(), result.finalAutograd()),
                        result.lossManual()[EPOCHS - 1], result.lossAutograd()[EPOCHS - 1]));
    }

    @Override
    public Section report(Measured m, Precision dtype) {
        ComparisonResult result = m.result();
        List<List<String>> rows = new ArrayList<>();
        for (int epoch : SHOWN_EPOCHS) {
            double handLoss = result.lossManual()[epoch - 1];
            double autogradLoss = result.lossAutograd()[epoch - 1];
            rows.add(List.of(Integer.toString(epoch), Text.number(handLoss), Text.number(autogradLoss),
                    Text.number(Math.abs(handLoss - autogradLoss)),
                    Text.number(Measures.maxAbsDifference(Measures.handGradient(result, epoch),
                            Measures.autogradGradient(result, epoch)))));
        }
        Finding weights = Finding.of("same-weights-after-training",
                "after " + EPOCHS + " epochs the corrected program and autograd hold the same weights (within the "
                        + result.precision().id() + " tolerance)",
                m.sameWeights(), m.end());
        String conclusion = "With the chain rule through w5..w8 the hand program agrees with autograd at every one of "
                + EPOCHS + " epochs: gradients to " + Text.number(m.threeWay().measured().maxHandVsAutograd())
                + ", weights after training to " + Text.number(m.end().maxWeightDifference()) + " (loss "
                + Text.number(m.end().finalLossAutograd()) + "), and finite differences confirm both to "
                + Text.number(m.threeWay().measured().maxNumericVsAutograd()) + ".";
        return new Section(
                List.of(new Table("Loss and largest gradient difference per epoch",
                        List.of("epoch", "loss (hand)", "loss (autograd)", "|Δ loss|", "max |Δ dL/dw|"), rows)),
                List.of(Plot.lines("corrected-loss", "Corrected homework 2 vs autograd", "epoch", "loss", true,
                        List.of(Series.overEpochs("hand (corrected)", result.lossManual()),
                                Series.overEpochs("autograd", result.lossAutograd())))),
                List.of(m.threeWay().finding("three-way"), weights), conclusion);
    }
}
