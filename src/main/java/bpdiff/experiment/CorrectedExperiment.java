package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Question 3: homework 2 with its hidden-layer formulas corrected, against autograd and finite differences.
 *
 * <p>The correction: \( \partial L / \partial out_{h1} = \delta_{o1} w_5 + \delta_{o2} w_6 \) (the homework
 * writes \( d_{w5} w_5 / out_{h1} + d_{w6} w_6 / out_{h1} \)) and
 * \( \partial L / \partial out_{h2} = \delta_{o1} w_7 + \delta_{o2} w_8 \), then
 * \( d_{w1} = \partial L / \partial out_{h1} \cdot out_{h1}(1 - out_{h1})\, x_1 \) and so on. Expected: all
 * three agree at every epoch.
 */
public final class CorrectedExperiment implements Experiment {

    static final int EPOCHS = 100;
    private static final int[] SHOWN_EPOCHS = {1, 2, 10, 50, 100};

    @Override
    public String id() {
        return "corrected";
    }

    @Override
    public String description() {
        return "homework 2 with d_w1..d_w4 corrected: hand, autograd and finite differences agree";
    }

    @Override
    public Question question() {
        return new Question(3, "【作业2】程序更新", "Update the program of homework 2.");
    }

    @Override
    public ExperimentResult run(Lab lab) {
        NetworkSpec spec = Networks.lecture().withEpochs(EPOCHS);
        ComparisonResult result = lab.compare("corrected homework 2", spec, lab.precision());
        List<List<String>> rows = new ArrayList<>();
        for (int epoch : SHOWN_EPOCHS) {
            double handLoss = result.lossManual()[epoch - 1];
            double autogradLoss = result.lossAutograd()[epoch - 1];
            rows.add(List.of(Integer.toString(epoch), Text.number(handLoss), Text.number(autogradLoss),
                    Text.number(Math.abs(handLoss - autogradLoss)),
                    Text.number(Measures.maxAbsDifference(Measures.handGradient(result, epoch),
                            Measures.autogradGradient(result, epoch)))));
        }
        double finalWeights = Measures.maxAbsDifference(result.finalManual(), result.finalAutograd());
        Finding agreement = Agreement.of("three-way", "corrected homework 2", result);
        Finding weights = Finding.of("same-weights-after-training",
                "after " + EPOCHS + " epochs the corrected program and autograd hold the same weights (within the "
                        + result.precision().id() + " tolerance)",
                Measures.finalWeightsAgree(result), "maxWeightDifference", finalWeights,
                "finalLossHand", result.lossManual()[EPOCHS - 1], "finalLossAutograd", result.lossAutograd()[EPOCHS - 1]);
        String conclusion = "With the chain rule through w5..w8 the hand program agrees with autograd at every one of "
                + EPOCHS + " epochs: gradients to " + Text.number(agreement.measured().get("maxHandVsAutograd"))
                + ", weights after training to " + Text.number(finalWeights) + " (loss " + Text.number(
                result.lossAutograd()[EPOCHS - 1]) + "), and finite differences confirm both to "
                + Text.number(agreement.measured().get("maxNumericVsAutograd")) + ".";
        return new ExperimentResult(id(), "Homework 2 corrected", question(),
                "The lecture network, " + EPOCHS + " epochs at step 1, hand side: homework 2 with "
                        + "d_w1 = (d_w5·w5/out_h1 + d_w6·w6/out_h1)·out_h1(1−out_h1)·x1 (and likewise d_w2..d_w4) "
                        + "instead of the published (d_w5 + d_w6)·out_h1(1−out_h1)·x1; each side trains its own weights; "
                        + "autograd in " + result.precision().id() + ".",
                List.of(new Table("Loss and largest gradient difference per epoch",
                        List.of("epoch", "loss (hand)", "loss (autograd)", "|Δ loss|", "max |Δ dL/dw|"), rows)),
                List.of(Plot.lines("corrected-loss", "Corrected homework 2 vs autograd", "epoch", "loss", true,
                        List.of(Series.overEpochs("hand (corrected)", result.lossManual()),
                                Series.overEpochs("autograd", result.lossAutograd())))),
                List.of(agreement, weights), conclusion, Map.of());
    }
}
