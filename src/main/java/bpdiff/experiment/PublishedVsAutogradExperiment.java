package bpdiff.experiment;

import bpdiff.gradient.HandDerivation;
import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Localisation;
import bpdiff.diff.Mode;
import bpdiff.diff.NeuronDiff;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.StepDiff;
import bpdiff.diff.Tolerance;
import bpdiff.diff.WrongSide;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Question 2: homework 2 as published (hand formulas) against homework 3 (autograd).
 *
 * <p>Expected: the same forward pass and loss, different gradients on exactly w1–w4 (the published
 * \( d_{w1} = (d_{w5} + d_{w6})\,out_{h1}(1-out_{h1})\,x_1 \) adds output-weight gradients where
 * \( \delta_{o1} w_5 + \delta_{o2} w_6 \) belongs), and finite differences side with autograd. The
 * gradients are compared in lockstep (both at autograd's weights every epoch, so each mismatch is the
 * formula's own); the loss curves train independently, as the two programs do.
 */
public final class PublishedVsAutogradExperiment implements Experiment {

    static final int EPOCHS = 100;
    private static final List<String> HIDDEN_WEIGHTS = List.of("w1", "w2", "w3", "w4");

    @Override
    public String id() {
        return "published-vs-autograd";
    }

    @Override
    public String description() {
        return "homework 2 as published against autograd: same loss, different w1-w4 gradients, which is right";
    }

    @Override
    public Question question() {
        return new Question(2, "对比【作业3】和【作业2】的程序,观察两种方法结果是否相同?如果不同,哪个正确?",
                "Compare the programs of homework 3 and homework 2: are the results the same? If not, which is right?");
    }

    @Override
    public ExperimentResult run(Lab lab) {
        NetworkSpec spec = Networks.lecture().withEpochs(EPOCHS);
        ComparisonResult lockstep = lab.compare("published homework 2 (lockstep)", spec, lab.precision(), Mode.LOCKSTEP,
                HandDerivation.BUGGY);
        ComparisonResult independent = lab.compare("published homework 2 (independent)", spec, lab.precision(),
                Mode.INDEPENDENT, HandDerivation.BUGGY);
        Tolerance tolerance = lockstep.tolerance();
        StepDiff first = lockstep.steps().get(0);

        boolean sameForward = tolerance.agrees(first.lossManual(), first.lossAutograd());
        for (NeuronDiff n : first.neurons()) {
            sameForward &= tolerance.agrees(n.outManual(), n.outAutograd());
        }
        double hiddenDifference = 0;
        double outputDifference = 0;
        double numericVsAutograd = 0;
        double numericVsBuggy = 0;
        List<List<String>> rows = new ArrayList<>();
        for (ParameterDiff p : first.parameters()) {
            boolean hidden = HIDDEN_WEIGHTS.contains(p.name());
            if (hidden) {
                hiddenDifference = Math.max(hiddenDifference, p.absError());
                numericVsAutograd = Math.max(numericVsAutograd, Math.abs(p.gradientNumeric() - p.gradientAutograd()));
                numericVsBuggy = Math.max(numericVsBuggy, Math.abs(p.gradientNumeric() - p.gradientManual()));
            }
            rows.add(List.of(p.name(), Text.number(p.gradientManual()), Text.number(p.gradientAutograd()),
                    Text.number(p.gradientNumeric()), Text.number(p.absError()), p.verdict().id(), p.numericSidesWith().id()));
        }
        for (StepDiff step : lockstep.steps()) {
            for (ParameterDiff p : step.parameters()) {
                if (!HIDDEN_WEIGHTS.contains(p.name())) {
                    outputDifference = Math.max(outputDifference, p.absError());
                }
            }
        }
        Localisation where = lockstep.summary().localisation();
        double lossBuggy = independent.lossManual()[EPOCHS - 1];
        double lossAutograd = independent.lossAutograd()[EPOCHS - 1];

        List<Finding> findings = List.of(
                Finding.of("same-forward-and-loss", "the published program's forward pass and loss equal autograd's",
                        sameForward, "lossPublished", first.lossManual(), "lossAutograd", first.lossAutograd()),
                Finding.of("differ-on-w1-w4",
                        "the gradients differ on exactly w1, w2, w3, w4 from epoch 1, and w5..w8 agree at every epoch",
                        lockstep.summary().mismatched().equals(HIDDEN_WEIGHTS)
                                && Integer.valueOf(1).equals(lockstep.summary().firstMismatchEpoch()),
                        "maxDifferenceW1toW4", hiddenDifference, "maxDifferenceW5toW8", outputDifference),
                Finding.of("finite-differences-side-with-autograd",
                        "finite differences agree with autograd, not with the published formulas, so the published ones are wrong",
                        lockstep.summary().wrongSide() == WrongSide.MANUAL,
                        "maxNumericVsAutogradW1toW4", numericVsAutograd, "maxNumericVsPublishedW1toW4", numericVsBuggy),
                Finding.of("error-enters-at-hidden-outputs",
                        "the first neuron gradient that differs is dL/dout of a hidden neuron (the sum over the output deltas)",
                        where != null && where.quantity().startsWith("out_h") && where.epoch() == 1,
                        "published", where == null ? Double.NaN : where.manual(),
                        "autograd", where == null ? Double.NaN : where.autograd()));

        String conclusion = "Forward pass and loss are the same (" + Text.number(first.lossAutograd())
                + " both), but the published d_w1..d_w4 differ from autograd by up to " + Text.number(hiddenDifference)
                + " while w5..w8 agree to " + Text.number(outputDifference) + "; finite differences agree with autograd to "
                + Text.number(numericVsAutograd) + " and miss the published values by " + Text.number(numericVsBuggy)
                + ", so homework 3 (autograd) is right" + (where == null ? "." : " and the error enters at dL/"
                + where.quantity() + " (" + Text.number(where.manual()) + " instead of " + Text.number(where.autograd())
                + ").") + " Trained for " + EPOCHS + " epochs the published program ends at loss " + Text.number(lossBuggy)
                + " against autograd's " + Text.number(lossAutograd) + ".";
        return new ExperimentResult(id(), "Homework 2 as published against autograd", question(),
                "The lecture network, " + EPOCHS + " epochs at step 1, hand side: homework 2's back_propagate as published; "
                        + "gradients compared in lockstep (every source at autograd's weights), loss curves trained independently; "
                        + "autograd in " + lab.precision().id() + ".",
                List.of(new Table("Epoch 1: dL/dw from the published formulas, autograd and finite differences",
                        List.of("weight", "published", "autograd", "finite diff.", "|published − autograd|", "verdict",
                                "finite diff. side with"), rows)),
                List.of(GradientBars.of("published-gradients", "Epoch 1: published homework 2 vs autograd vs finite differences",
                                lockstep, 1),
                        Plot.lines("published-loss", "Loss: published homework 2 vs autograd (independent training)", "epoch",
                                "loss", true, List.of(Series.overEpochs("published homework 2", independent.lossManual()),
                                        Series.overEpochs("autograd", independent.lossAutograd())))),
                findings, conclusion, Map.of());
    }
}
