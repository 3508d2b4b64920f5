package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.NeuronDiff;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.StepDiff;
import bpdiff.gradient.Precision;
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
public final class LectureExperiment implements Experiment<LectureExperiment.Measured> {

    /** The lecture's published forward values, to two decimals. */
    static final Map<String, Double> PUBLISHED = Map.of("h1", 0.56, "h2", 0.50, "o1", 0.48, "o2", 0.53);
    /** The lecture's published loss, to two decimals. */
    static final double PUBLISHED_LOSS = 0.21;

    private static final About ABOUT = About.of("lecture", "The lecture example with autograd",
            "the lecture example with DJL autograd: forward values, loss, gradients, updated weights",
            new Question(1, "使用pytorch复现课上例题", "Reproduce the lecture's example with PyTorch."));

    /**
     * Autograd's forward values and loss at the lecture's weights.
     *
     * @param outH1 \( out_{h1} \)
     * @param outH2 \( out_{h2} \)
     * @param outO1 \( out_{o1} \)
     * @param outO2 \( out_{o2} \)
     * @param loss \( L \)
     */
    public record Forward(double outH1, double outH2, double outO1, double outO2, double loss) {}

    /**
     * What the lecture example measured.
     *
     * @param result the one-epoch comparison
     * @param forward autograd's forward values and loss
     * @param roundsToLecture whether each rounds to the lecture's published value
     * @param threeWay hand, autograd and finite differences
     */
    public record Measured(ComparisonResult result, Forward forward, boolean roundsToLecture, ThreeWay threeWay) {}

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Setup setup(Precision dtype) {
        return new Setup("The lecture network (x = (0.5, 0.3), y = (0.23, −0.07), w1..w8 = 0.2, −0.4, 0.5, 0.6, 0.1, −0.5, "
                + "−0.3, 0.8, sigmoid, ½Σ(o−y)², step 1), one epoch, autograd in " + dtype.id() + ".", List.of(run(dtype)));
    }

    private static Run run(Precision dtype) {
        return Run.of("lecture, 1 epoch", Networks.lecture(), dtype);
    }

    @Override
    public Measured measure(Lab lab) {
        ComparisonResult result = lab.compare(run(lab.precision()));
        StepDiff step = result.steps().get(0);
        boolean rounds = Text.round(step.lossAutograd(), 2) == PUBLISHED_LOSS;
        for (NeuronDiff n : step.neurons()) {
            rounds &= Text.round(n.outAutograd(), 2) == PUBLISHED.get(n.neuron());
        }
        Forward forward = new Forward(Measures.autogradNeuron(step, "h1", true), Measures.autogradNeuron(step, "h2", true),
                Measures.autogradNeuron(step, "o1", true), Measures.autogradNeuron(step, "o2", true), step.lossAutograd());
        return new Measured(result, forward, rounds, ThreeWay.of("lecture network, 1 epoch", result));
    }

    @Override
    public Section report(Measured m, Precision dtype) {
        StepDiff step = m.result().steps().get(0);
        List<List<String>> forwardRows = new ArrayList<>();
        for (NeuronDiff n : step.neurons()) {
            double published = PUBLISHED.get(n.neuron());
            forwardRows.add(List.of(n.neuron(), Text.number(n.inAutograd()), Text.number(n.outAutograd()),
                    Text.number(n.outManual()), Text.fixed(n.outAutograd(), 2), Text.fixed(published, 2)));
        }
        forwardRows.add(List.of("loss", "", Text.number(step.lossAutograd()), Text.number(step.lossManual()),
                Text.fixed(step.lossAutograd(), 2), Text.fixed(PUBLISHED_LOSS, 2)));
        List<List<String>> parameterRows = new ArrayList<>();
        double[] initial = Networks.lecture().initialWeights();
        for (int p = 0; p < initial.length; p++) {
            ParameterDiff d = step.parameters().get(p);
            parameterRows.add(List.of(d.name(), Text.number(initial[p]), Text.number(d.gradientManual()),
                    Text.number(d.gradientAutograd()), Text.number(d.gradientNumeric()),
                    Text.number(d.updatedAutograd())));
        }
        Forward f = m.forward();
        String conclusion = "DJL autograd (" + m.result().precision().id() + ") reproduces the lecture: out_h1, out_h2, "
                + "out_o1, out_o2 = " + Text.number(f.outH1()) + ", " + Text.number(f.outH2()) + ", "
                + Text.number(f.outO1()) + ", " + Text.number(f.outO2()) + " and the loss " + Text.number(f.loss())
                + (m.roundsToLecture() ? " round to" : " do not all round to")
                + " the published 0.56, 0.50, 0.48, 0.53 and 0.21. Its gradients differ from the hand chain rule's by at most "
                + Text.number(m.threeWay().measured().maxHandVsAutograd()) + " and from finite differences' by at most "
                + Text.number(m.threeWay().measured().maxNumericVsAutograd()) + ".";
        return new Section(
                List.of(new Table("Forward pass (autograd) against the lecture",
                                List.of("neuron", "in", "out (autograd)", "out (hand)", "autograd, 2 decimals", "lecture"),
                                forwardRows),
                        new Table("Gradients and the updated weights (step 1)",
                                List.of("weight", "initial", "dL/dw hand", "dL/dw autograd", "dL/dw finite diff.",
                                        "updated (autograd)"),
                                parameterRows)),
                List.of(GradientBars.of("lecture-gradients", "Lecture example: dL/dw by three methods", m.result(), 1)),
                List.of(Finding.of("forward-matches-lecture",
                                "autograd's out_h1, out_h2, out_o1, out_o2 and loss round to the lecture's 0.56, 0.50, 0.48, 0.53 and 0.21",
                                m.roundsToLecture(), f),
                        m.threeWay().finding("three-way")),
                conclusion);
    }
}
