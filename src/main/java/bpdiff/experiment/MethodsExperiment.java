package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Question 4: the hand chain rule (homework 2) and autograd (homework 3) as methods.
 *
 * <p>What each needs (eight formulas derived by hand against none), how long a training step of each
 * takes in this run ({@link StepTimer}; under {@code "timings"} only), and whether they still agree after
 * a long run of {@value #EPOCHS} epochs.
 */
public final class MethodsExperiment implements Experiment<MethodsExperiment.Measured> {

    static final int EPOCHS = 1000;
    private static final int WARM_UP = 100;
    private static final int TIMED_HAND = 5000;
    private static final int TIMED_AUTOGRAD = 300;
    private static final int TIMED_NUMERIC = 1000;

    /** The corrected homework's formulas, one per weight, in the lecture's names. */
    private static final String[][] FORMULAS = {
        {"w1", "(δo1·w5 + δo2·w6)·out_h1(1−out_h1)·x1"},
        {"w2", "(δo1·w7 + δo2·w8)·out_h2(1−out_h2)·x1"},
        {"w3", "(δo1·w5 + δo2·w6)·out_h1(1−out_h1)·x2"},
        {"w4", "(δo1·w7 + δo2·w8)·out_h2(1−out_h2)·x2"},
        {"w5", "δo1·out_h1, δo1 = (out_o1−y1)·out_o1(1−out_o1)"},
        {"w6", "δo2·out_h1, δo2 = (out_o2−y2)·out_o2(1−out_o2)"},
        {"w7", "δo1·out_h2"},
        {"w8", "δo2·out_h2"},
    };

    private static final About ABOUT = About.of("methods", "Hand chain rule and autograd as methods",
            "hand chain rule vs autograd as methods: what each needs, time per step, agreement over 1000 epochs",
            new Question(4, "对比【作业2】与【作业3】的反向传播的实现方法。总结并陈述",
                    "Compare how homework 2 and homework 3 implement backpropagation; summarise."));

    /**
     * Where the long training ends.
     *
     * @param maxWeightDifference \( \max |w_{hand} - w_{autograd}| \) after the last epoch
     * @param finalLoss autograd's loss at the last epoch
     */
    public record End(double maxWeightDifference, double finalLoss) {}

    /**
     * What the comparison of the two methods measured.
     *
     * @param result the comparison over {@value #EPOCHS} epochs
     * @param threeWay hand, autograd and finite differences
     * @param sameWeights whether the final weights agree within the tolerance
     * @param end where the training ends
     * @param microsecondsPerStep each method's time per training step in this run (not deterministic)
     */
    public record Measured(ComparisonResult result, ThreeWay threeWay, boolean sameWeights, End end,
            Map<String, Double> microsecondsPerStep) {}

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Setup setup(Precision dtype) {
        return new Setup("The lecture network at step 1: a three-way comparison over " + EPOCHS + " epochs (autograd in "
                + dtype.id() + "), and the time per training step of each method measured in this run (" + WARM_UP
                + " steps of warm-up, then " + TIMED_HAND + " timed steps by hand, " + TIMED_AUTOGRAD
                + " by autograd, " + TIMED_NUMERIC + " by finite differences).", List.of(run(dtype)));
    }

    private static Run run(Precision dtype) {
        return Run.of("corrected homework 2, " + EPOCHS + " epochs", Networks.lecture().withEpochs(EPOCHS), dtype);
    }

    @Override
    public Measured measure(Lab lab) {
        ComparisonResult result = lab.compare(run(lab.precision()));
        lab.progress("timing training steps");
        return new Measured(result, ThreeWay.of("corrected homework 2 against autograd", result),
                Measures.finalWeightsAgree(result),
                new End(Measures.maxAbsDifference(result.finalManual(), result.finalAutograd()),
                        result.lossAutograd()[EPOCHS - 1]),
                time(lab, Networks.lecture().withEpochs(EPOCHS)));
    }

    @Override
    public Section report(Measured m, Precision dtype) {
        List<List<String>> formulaRows = new ArrayList<>();
        for (String[] formula : FORMULAS) {
            formulaRows.add(List.of(formula[0], "dL/d" + formula[0] + " = " + formula[1], "none", "none"));
        }
        List<List<String>> timingRows = new ArrayList<>();
        m.microsecondsPerStep().forEach((name, micros) -> timingRows.add(List.of(name, Text.fixed(micros, 2))));
        int forwardPassesNumeric = 1 + 4 * Networks.lecture().parameterCount();
        Finding weights = Finding.of("same-weights-after-long-run",
                "after " + EPOCHS + " epochs both methods hold the same weights", m.sameWeights(), m.end());
        String conclusion = "The hand method needs " + FORMULAS.length + " derived formulas (one per weight, and a wrong one "
                + "goes unnoticed by the forward pass); autograd needs none, it differentiates the recorded forward pass; "
                + "finite differences need none either but " + forwardPassesNumeric + " forward passes per step. "
                + "Over " + EPOCHS + " epochs they never part: gradients agree to "
                + Text.number(m.threeWay().measured().maxHandVsAutograd()) + " and the final weights to "
                + Text.number(m.end().maxWeightDifference()) + " (loss " + Text.number(m.end().finalLoss()) + ").";
        return new Section(
                List.of(new Table("What each method needs, per weight",
                                List.of("weight", "hand (homework 2, corrected)", "autograd (homework 3)", "finite differences"),
                                formulaRows),
                        new Table("Time per training step, this run (µs; not deterministic, results.json \"timings\")",
                                List.of("method", "µs per step"), timingRows)),
                List.of(Plot.lines("methods-loss", "Hand chain rule vs autograd over " + EPOCHS + " epochs", "epoch", "loss",
                        true, List.of(Series.overEpochs("hand (corrected homework 2)", m.result().lossManual()),
                                Series.overEpochs("autograd (" + m.result().precision().id() + ")",
                                        m.result().lossAutograd())))),
                List.of(m.threeWay().finding("three-way-long-run"), weights), conclusion, m.microsecondsPerStep());
    }

    private static Map<String, Double> time(Lab lab, NetworkSpec spec) {
        Map<String, Double> timings = new LinkedHashMap<>();
        timings.put("hand, homework 2 corrected",
                StepTimer.microsecondsPerStep(lab.sources().hand(HandDerivation.CORRECTED, spec), spec, WARM_UP, TIMED_HAND));
        timings.put("hand, general chain rule",
                StepTimer.microsecondsPerStep(lab.sources().hand(HandDerivation.GENERAL, spec), spec, WARM_UP, TIMED_HAND));
        for (Precision precision : Precision.values()) {
            try (ClosableSource autograd = lab.sources().autograd(spec, precision, false)) {
                timings.put("autograd " + precision.id(),
                        StepTimer.microsecondsPerStep(autograd, spec, WARM_UP, TIMED_AUTOGRAD));
            }
        }
        timings.put("finite differences",
                StepTimer.microsecondsPerStep(lab.sources().numeric(spec), spec, WARM_UP, TIMED_NUMERIC));
        return timings;
    }
}
