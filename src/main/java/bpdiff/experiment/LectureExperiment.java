package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.NeuronDiff;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.StepDiff;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Question 1: the lecture's example reproduced with DJL autograd on PyTorch.
 *
 * <p>One epoch of the lecture network: the forward values \( out_{h1}, out_{h2}, out_{o1}, out_{o2} \) and
 * the loss are held to the lecture's published values 0.56, 0.50, 0.48, 0.53 and 0.21 (to the two decimals
 * the lecture prints), and the gradients and updated weights to the hand chain rule and finite differences.
 */
public final class LectureExperiment implements Experiment {

    /** The lecture's published forward values, to two decimals. */
    static final Map<String, Double> PUBLISHED = Map.of("h1", 0.56, "h2", 0.50, "o1", 0.48, "o2", 0.53);
    /** The lecture's published loss, to two decimals. */
    static final double PUBLISHED_LOSS = 0.21;

    @Override
    public String id() {
        return "lecture";
    }

    @Override
    public String description() {
        return "the lecture example with DJL autograd: forward values, loss, gradients, updated weights";
    }

    @Override
    public Question question() {
        return new Question(1, "使用pytorch复现课上例题", "Reproduce the lecture's example with PyTorch.");
    }

    @Override
    public ExperimentResult run(Lab lab) {
        NetworkSpec spec = Networks.lecture();
        ComparisonResult result = lab.compare("lecture, 1 epoch", spec, lab.precision());
        StepDiff step = result.steps().get(0);

        List<List<String>> forwardRows = new ArrayList<>();
        boolean forwardMatches = true;
        for (NeuronDiff n : step.neurons()) {
            double published = PUBLISHED.get(n.neuron());
            forwardMatches &= Text.round(n.outAutograd(), 2) == published;
            forwardRows.add(List.of(n.neuron(), Text.number(n.inAutograd()), Text.number(n.outAutograd()),
                    Text.number(n.outManual()), Text.fixed(n.outAutograd(), 2), Text.fixed(published, 2)));
        }
        boolean lossMatches = Text.round(step.lossAutograd(), 2) == PUBLISHED_LOSS;
        forwardRows.add(List.of("loss", "", Text.number(step.lossAutograd()), Text.number(step.lossManual()),
                Text.fixed(step.lossAutograd(), 2), Text.fixed(PUBLISHED_LOSS, 2)));

        List<List<String>> parameterRows = new ArrayList<>();
        double[] initial = spec.initialWeights();
        for (int p = 0; p < initial.length; p++) {
            ParameterDiff d = step.parameters().get(p);
            parameterRows.add(List.of(d.name(), Text.number(initial[p]), Text.number(d.gradientManual()),
                    Text.number(d.gradientAutograd()), Text.number(d.gradientNumeric()),
                    Text.number(d.updatedAutograd())));
        }

        Finding forward = Finding.of("forward-matches-lecture",
                "autograd's out_h1, out_h2, out_o1, out_o2 and loss round to the lecture's 0.56, 0.50, 0.48, 0.53 and 0.21",
                forwardMatches && lossMatches,
                "outH1", Measures.autogradNeuron(step, "h1", true), "outH2", Measures.autogradNeuron(step, "h2", true),
                "outO1", Measures.autogradNeuron(step, "o1", true), "outO2", Measures.autogradNeuron(step, "o2", true),
                "loss", step.lossAutograd());
        Finding agreement = Agreement.of("three-way", "lecture network, 1 epoch", result);

        String conclusion = "DJL autograd (" + result.precision().id() + ") reproduces the lecture: out_h1, out_h2, "
                + "out_o1, out_o2 = " + outs(step) + " and the loss " + Text.number(step.lossAutograd())
                + (forward.holds() ? " round to" : " do not all round to")
                + " the published 0.56, 0.50, 0.48, 0.53 and 0.21. Its gradients differ from the hand chain rule's by at most "
                + Text.number(agreement.measured().get("maxHandVsAutograd")) + " and from finite differences' by at most "
                + Text.number(agreement.measured().get("maxNumericVsAutograd")) + ".";
        return new ExperimentResult(id(), "The lecture example with autograd", question(),
                "The lecture network (x = (0.5, 0.3), y = (0.23, −0.07), w1..w8 = 0.2, −0.4, 0.5, 0.6, 0.1, −0.5, −0.3, 0.8, "
                        + "sigmoid, ½Σ(o−y)², step 1), one epoch, autograd in " + result.precision().id() + ".",
                List.of(new Table("Forward pass (autograd) against the lecture",
                                List.of("neuron", "in", "out (autograd)", "out (hand)", "autograd, 2 decimals", "lecture"),
                                forwardRows),
                        new Table("Gradients and the updated weights (step 1)",
                                List.of("weight", "initial", "dL/dw hand", "dL/dw autograd", "dL/dw finite diff.",
                                        "updated (autograd)"),
                                parameterRows)),
                List.of(GradientBars.of("lecture-gradients", "Lecture example: dL/dw by three methods", result, 1)),
                List.of(forward, agreement), conclusion, Map.of());
    }

    private static String outs(StepDiff step) {
        List<String> values = new ArrayList<>();
        for (String neuron : List.of("h1", "h2", "o1", "o2")) {
            values.add(Text.number(Measures.autogradNeuron(step, neuron, true)));
        }
        return String.join(", ", values);
    }
}
