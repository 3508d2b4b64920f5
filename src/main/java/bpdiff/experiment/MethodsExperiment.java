package bpdiff.experiment;

import bpdiff.gradient.HandDerivation;
import bpdiff.diff.ComparisonResult;
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
public final class MethodsExperiment implements Experiment {

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

    @Override
    public String id() {
        return "methods";
    }

    @Override
    public String description() {
        return "hand chain rule vs autograd as methods: what each needs, time per step, agreement over 1000 epochs";
    }

    @Override
    public Question question() {
        return new Question(4, "对比【作业2】与【作业3】的反向传播的实现方法。总结并陈述",
                "Compare how homework 2 and homework 3 implement backpropagation; summarise.");
    }

    @Override
    public ExperimentResult run(Lab lab) {
        NetworkSpec spec = Networks.lecture().withEpochs(EPOCHS);
        lab.progress("comparing " + EPOCHS + " epochs three ways");
        ComparisonResult result = lab.compare("corrected homework 2, " + EPOCHS + " epochs", spec, lab.precision());
        lab.progress("timing training steps");
        Map<String, Double> timings = time(lab, spec);

        List<List<String>> formulaRows = new ArrayList<>();
        for (String[] formula : FORMULAS) {
            formulaRows.add(List.of(formula[0], "dL/d" + formula[0] + " = " + formula[1], "none", "none"));
        }
        List<List<String>> timingRows = new ArrayList<>();
        timings.forEach((name, micros) -> timingRows.add(List.of(name, Text.fixed(micros, 2))));

        int forwardPassesNumeric = 1 + 4 * spec.parameterCount();
        Finding agreement = Agreement.of("three-way-long-run", "corrected homework 2 against autograd", result);
        Finding weights = Finding.of("same-weights-after-long-run",
                "after " + EPOCHS + " epochs both methods hold the same weights",
                Measures.finalWeightsAgree(result), "maxWeightDifference",
                Measures.maxAbsDifference(result.finalManual(), result.finalAutograd()),
                "finalLoss", result.lossAutograd()[EPOCHS - 1]);
        String conclusion = "The hand method needs " + FORMULAS.length + " derived formulas (one per weight, and a wrong one "
                + "goes unnoticed by the forward pass); autograd needs none, it differentiates the recorded forward pass; "
                + "finite differences need none either but " + forwardPassesNumeric + " forward passes per step. "
                + "Over " + EPOCHS + " epochs they never part: gradients agree to "
                + Text.number(agreement.measured().get("maxHandVsAutograd")) + " and the final weights to "
                + Text.number(weights.measured().get("maxWeightDifference")) + " (loss "
                + Text.number(result.lossAutograd()[EPOCHS - 1]) + ").";
        return new ExperimentResult(id(), "Hand chain rule and autograd as methods", question(),
                "The lecture network at step 1: a three-way comparison over " + EPOCHS + " epochs (autograd in "
                        + result.precision().id() + "), and the time per training step of each method measured in this run ("
                        + WARM_UP + " steps of warm-up, then " + TIMED_HAND + " timed steps by hand, " + TIMED_AUTOGRAD
                        + " by autograd, " + TIMED_NUMERIC + " by finite differences).",
                List.of(new Table("What each method needs, per weight",
                                List.of("weight", "hand (homework 2, corrected)", "autograd (homework 3)", "finite differences"),
                                formulaRows),
                        new Table("Time per training step, this run (µs; not deterministic, results.json \"timings\")",
                                List.of("method", "µs per step"), timingRows)),
                List.of(Plot.lines("methods-loss", "Hand chain rule vs autograd over " + EPOCHS + " epochs", "epoch", "loss",
                        true, List.of(Series.overEpochs("hand (corrected homework 2)", result.lossManual()),
                                Series.overEpochs("autograd (" + result.precision().id() + ")", result.lossAutograd())))),
                List.of(agreement, weights), conclusion, timings);
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
