package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Localisation;
import bpdiff.diff.Mode;
import bpdiff.diff.NeuronDiff;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.StepDiff;
import bpdiff.diff.Tolerance;
import bpdiff.diff.WrongSide;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;

/**
 * Question 2: homework 2 as published (hand formulas) against homework 3 (autograd).
 *
 * <p>Expected: the same forward pass and loss, different gradients on exactly w1–w4 (the published
 * \( d_{w1} = (d_{w5} + d_{w6})\,out_{h1}(1-out_{h1})\,x_1 \) adds output-weight gradients where
 * \( \delta_{o1} w_5 + \delta_{o2} w_6 \) belongs), and finite differences side with autograd. The
 * gradients are compared in lockstep (both at autograd's weights every epoch, so each mismatch is the
 * formula's own); the loss curves train independently, as the two programs do.
 */
public final class PublishedVsAutogradExperiment implements Experiment<PublishedVsAutogradExperiment.Measured> {

    static final int EPOCHS = 100;
    private static final List<String> HIDDEN_WEIGHTS = List.of("w1", "w2", "w3", "w4");

    private static final About ABOUT = About.of("published-vs-autograd", "Homework 2 as published against autograd",
            "homework 2 as published against autograd: same loss, different w1-w4 gradients, which is right",
            new Question(2, "对比【作业3】和【作业2】的程序,观察两种方法结果是否相同?如果不同,哪个正确?",
                    "Compare the programs of homework 3 and homework 2: are the results the same? If not, which is right?"));

    /**
     * The published program's and autograd's losses at the lecture's weights.
     *
     * @param lossPublished the published program's
     * @param lossAutograd autograd's
     */
    public record Losses(double lossPublished, double lossAutograd) {}

    /**
     * How far the gradients part, over every lockstep epoch.
     *
     * @param maxDifferenceW1toW4 at epoch 1, on w1..w4
     * @param maxDifferenceW5toW8 at every epoch, on w5..w8
     */
    public record Differences(double maxDifferenceW1toW4, double maxDifferenceW5toW8) {}

    /**
     * What finite differences say about w1..w4 at epoch 1.
     *
     * @param maxNumericVsAutogradW1toW4 their distance to autograd
     * @param maxNumericVsPublishedW1toW4 their distance to the published formulas
     */
    public record Referee(double maxNumericVsAutogradW1toW4, double maxNumericVsPublishedW1toW4) {}

    /**
     * Where the published derivation first parts from autograd.
     *
     * @param published its value there (NaN when nothing parts)
     * @param autograd autograd's
     */
    public record Entry(double published, double autograd) {}

    /**
     * What the comparison of the published formulas measured.
     *
     * @param lockstep both evaluated at autograd's weights every epoch
     * @param independent each trains its own weights
     * @param sameForward whether the forward pass and loss agree at epoch 1
     * @param losses the losses at epoch 1
     * @param differences how far the gradients part
     * @param referee what finite differences say
     * @param where where the error enters, or {@code null}
     * @param entry its values
     */
    public record Measured(ComparisonResult lockstep, ComparisonResult independent, boolean sameForward, Losses losses,
            Differences differences, Referee referee, Localisation where, Entry entry) {}

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Setup setup(Precision dtype) {
        return new Setup("The lecture network, " + EPOCHS + " epochs at step 1, hand side: homework 2's back_propagate as "
                + "published; gradients compared in lockstep (every source at autograd's weights), loss curves trained "
                + "independently; autograd in " + dtype.id() + ".", List.of(lockstep(dtype), independent(dtype)));
    }

    private static Run lockstep(Precision dtype) {
        return new Run("published homework 2 (lockstep)", Networks.lecture().withEpochs(EPOCHS), dtype, Mode.LOCKSTEP,
                HandDerivation.BUGGY);
    }

    private static Run independent(Precision dtype) {
        return new Run("published homework 2 (independent)", Networks.lecture().withEpochs(EPOCHS), dtype,
                Mode.INDEPENDENT, HandDerivation.BUGGY);
    }

    @Override
    public Measured measure(Lab lab) {
        ComparisonResult lockstep = lab.compare(lockstep(lab.precision()));
        ComparisonResult independent = lab.compare(independent(lab.precision()));
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
        for (ParameterDiff p : first.parameters()) {
            if (HIDDEN_WEIGHTS.contains(p.name())) {
                hiddenDifference = Math.max(hiddenDifference, p.absError());
                numericVsAutograd = Math.max(numericVsAutograd, Math.abs(p.gradientNumeric() - p.gradientAutograd()));
                numericVsBuggy = Math.max(numericVsBuggy, Math.abs(p.gradientNumeric() - p.gradientManual()));
            }
        }
        for (StepDiff step : lockstep.steps()) {
            for (ParameterDiff p : step.parameters()) {
                if (!HIDDEN_WEIGHTS.contains(p.name())) {
                    outputDifference = Math.max(outputDifference, p.absError());
                }
            }
        }
        Localisation where = lockstep.summary().localisation();
        return new Measured(lockstep, independent, sameForward, new Losses(first.lossManual(), first.lossAutograd()),
                new Differences(hiddenDifference, outputDifference), new Referee(numericVsAutograd, numericVsBuggy),
                where, new Entry(where == null ? Double.NaN : where.manual(), where == null ? Double.NaN : where.autograd()));
    }

    @Override
    public Section report(Measured m, Precision dtype) {
        StepDiff first = m.lockstep().steps().get(0);
        List<List<String>> rows = new ArrayList<>();
        for (ParameterDiff p : first.parameters()) {
            rows.add(List.of(p.name(), Text.number(p.gradientManual()), Text.number(p.gradientAutograd()),
                    Text.number(p.gradientNumeric()), Text.number(p.absError()), p.verdict().id(), p.numericSidesWith().id()));
        }
        Localisation where = m.where();
        double lossBuggy = m.independent().lossManual()[EPOCHS - 1];
        double lossAutograd = m.independent().lossAutograd()[EPOCHS - 1];
        List<Finding> findings = List.of(
                Finding.of("same-forward-and-loss", "the published program's forward pass and loss equal autograd's",
                        m.sameForward(), m.losses()),
                Finding.of("differ-on-w1-w4",
                        "the gradients differ on exactly w1, w2, w3, w4 from epoch 1, and w5..w8 agree at every epoch",
                        m.lockstep().summary().mismatched().equals(HIDDEN_WEIGHTS)
                                && Integer.valueOf(1).equals(m.lockstep().summary().firstMismatchEpoch()),
                        m.differences()),
                Finding.of("finite-differences-side-with-autograd",
                        "finite differences agree with autograd, not with the published formulas, so the published ones are wrong",
                        m.lockstep().summary().wrongSide() == WrongSide.MANUAL, m.referee()),
                Finding.of("error-enters-at-hidden-outputs",
                        "the first neuron gradient that differs is dL/dout of a hidden neuron (the sum over the output deltas)",
                        where != null && where.quantity().startsWith("out_h") && where.epoch() == 1, m.entry()));
        String conclusion = "Forward pass and loss are the same (" + Text.number(first.lossAutograd())
                + " both), but the published d_w1..d_w4 differ from autograd by up to "
                + Text.number(m.differences().maxDifferenceW1toW4()) + " while w5..w8 agree to "
                + Text.number(m.differences().maxDifferenceW5toW8()) + "; finite differences agree with autograd to "
                + Text.number(m.referee().maxNumericVsAutogradW1toW4()) + " and miss the published values by "
                + Text.number(m.referee().maxNumericVsPublishedW1toW4())
                + ", so homework 3 (autograd) is right" + (where == null ? "." : " and the error enters at dL/d"
                + where.quantity() + " (" + Text.number(where.manual()) + " instead of " + Text.number(where.autograd())
                + ").") + " Trained for " + EPOCHS + " epochs the published program ends at loss " + Text.number(lossBuggy)
                + " against autograd's " + Text.number(lossAutograd) + ".";
        return new Section(
                List.of(new Table("Epoch 1: dL/dw from the published formulas, autograd and finite differences",
                        List.of("weight", "published", "autograd", "finite diff.", "|published − autograd|", "verdict",
                                "finite diff. side with"), rows)),
                List.of(GradientBars.of("published-gradients", "Epoch 1: published homework 2 vs autograd vs finite differences",
                                m.lockstep(), 1),
                        Plot.lines("published-loss", "Loss: published homework 2 vs autograd (independent training)", "epoch",
                                "loss", true, List.of(Series.overEpochs("published homework 2", m.independent().lossManual()),
                                        Series.overEpochs("autograd", m.independent().lossAutograd())))),
                findings, conclusion);
    }
}
