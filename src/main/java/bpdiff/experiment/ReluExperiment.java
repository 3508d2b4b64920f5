package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Question 6: sigmoid replaced by ReLU \( \max(0, z) \).
 *
 * <p>Both activations train {@value #EPOCHS} epochs at step 1 in float32 (as the homework's
 * {@code torch.Tensor}) and in float64, three ways. "Loss after 10 epochs" is the loss the seed's program
 * prints in its 10th epoch: at the weights after 9 updates. The hand derivative of ReLU is 1 for
 * \( z &gt; 0 \) and 0 otherwise, 0 at \( z = 0 \) as PyTorch ({@link ReluProbe} checks both sides there).
 * Neither output range, (0, 1) nor [0, ∞), contains \( y_2 = -0.07 \): the loss cannot fall below
 * \( \tfrac12 \cdot 0.07^2 \) ({@link Measures#outputFloor}).
 */
public final class ReluExperiment implements Experiment {

    static final int EPOCHS = 100;
    /** The epoch the seed reports: "都是经过10轮". */
    static final int SEED_EPOCH = 10;

    @Override
    public String id() {
        return "relu";
    }

    @Override
    public String description() {
        return "sigmoid replaced by ReLU: loss curves, the homework's 0.11 vs 0.004 after 10 epochs, relu'(0), y2 = -0.07 unreachable";
    }

    @Override
    public Question question() {
        return new Question(6, "激活函数Sigmoid改变为Relu,观察、总结并陈述",
                "Change the activation from sigmoid to ReLU; observe, summarise and state.");
    }

    @Override
    public ExperimentResult run(Lab lab) {
        NetworkSpec sigmoid = Networks.lecture().withEpochs(EPOCHS);
        NetworkSpec relu = sigmoid.withActivation(Activation.RELU);
        double floor = Measures.outputFloor(relu);
        List<Finding> findings = new ArrayList<>();
        List<List<String>> lossRows = new ArrayList<>();
        List<List<String>> rangeRows = new ArrayList<>();
        List<Series> curves = new ArrayList<>();
        List<Series> outputs = new ArrayList<>();
        double[] at10 = new double[4];
        double[] atEnd = new double[4];
        double[] atStart = new double[4];
        OutputTrace reluO2 = null;
        OutputTrace sigmoidO2 = null;
        boolean aboveFloor = true;
        DeadUnits dead = null;
        int i = 0;
        for (Precision precision : List.of(Precision.FLOAT32, Precision.FLOAT64)) {
            for (NetworkSpec spec : List.of(sigmoid, relu)) {
                String name = spec.activation().id() + " " + precision.id();
                ComparisonResult result = lab.compare(name, spec, precision);
                findings.add(Agreement.of("three-way-" + spec.activation().id() + "-" + precision.id(), name, result));
                double[] loss = result.lossAutograd();
                at10[i] = loss[SEED_EPOCH - 1];
                atStart[i] = loss[0];
                atEnd[i++] = loss[EPOCHS - 1];
                OutputTrace o2 = OutputTrace.of(result, "o2");
                if (spec.activation() == Activation.RELU && precision == Precision.FLOAT32) {
                    dead = DeadUnits.of(result);
                }
                for (double l : loss) {
                    aboveFloor &= l >= floor || result.tolerance().agrees(l, floor);
                }
                lossRows.add(List.of(name, Text.number(loss[0]), Text.number(loss[SEED_EPOCH - 1]),
                        Text.number(loss[EPOCHS - 1])));
                rangeRows.add(List.of(name, spec.activation() == Activation.RELU ? "[0, ∞)" : "(0, 1)",
                        Text.number(o2.minimum()), Text.number(o2.last()),
                        o2.zeroFrom() == 0 ? "never" : Integer.toString(o2.zeroFrom()), Text.number(loss[EPOCHS - 1])));
                if (precision == Precision.FLOAT32) {
                    curves.add(Series.overEpochs(name, loss));
                    outputs.add(Series.overEpochs("o2, " + name, o2.values()));
                    if (spec.activation() == Activation.RELU) {
                        reluO2 = o2;
                    } else {
                        sigmoidO2 = o2;
                    }
                }
            }
        }
        findings.add(Finding.of("relu-lower-after-10",
                "at epoch " + SEED_EPOCH + " with step 1 ReLU's loss is below sigmoid's, and the homework's 0.11 (sigmoid) and "
                        + "0.004 (ReLU) are what the measured float32 values round to",
                at10[1] < at10[0] && Text.round(at10[0], 2) == 0.11 && Text.round(at10[1], 3) == 0.004,
                "sigmoidFloat32", at10[0], "reluFloat32", at10[1], "sigmoidFloat64", at10[2], "reluFloat64", at10[3]));
        ReluProbe probe32 = ReluProbe.measure(lab, Precision.FLOAT32);
        ReluProbe probe64 = ReluProbe.measure(lab, Precision.FLOAT64);
        findings.add(Finding.of("relu-derivative-at-zero",
                "the hand derivative of ReLU at 0 is 0, as autograd's (PyTorch's): with in_h1 = 0 and dL/dout_h1 ≠ 0, "
                        + "dL/dw1 = 0 on both sides",
                probe32.derivativeAtZeroIsZero() && probe64.derivativeAtZeroIsZero(),
                "handDerivativeAtZero", probe64.handDerivativeAtZero(), "dOutH1", probe64.dOutH1(),
                "gradientW1Autograd", probe64.gradientW1Autograd(), "gradientW1Hand", probe64.gradientW1Hand(),
                "gradientW1AutogradFloat32", probe32.gradientW1Autograd()));
        findings.add(Finding.of("y2-unreachable",
                "neither output reaches y2 = −0.07: o2 never falls below 0, the loss never below ½·0.07² = "
                        + Text.number(floor) + "; ReLU's o2 dies at exactly 0 and stays there",
                reluO2.minimum() >= 0 && sigmoidO2.minimum() > 0 && aboveFloor && reluO2.zeroFrom() > 0,
                "floor", floor, "reluO2DeadFrom", reluO2.zeroFrom(), "reluO2Last", reluO2.last(),
                "sigmoidO2Last", sigmoidO2.last()));
        findings.add(Finding.of("relu-dead-units",
                "with ReLU, h2 and o2 are 0 from epoch 1 on (in_h2 = −0.02 and in_o2 < 0 at the given weights), so only "
                        + "w1, w3, w5 ever get a gradient; the other five weights never change",
                dead.h2DeadFrom() == 1 && dead.o2DeadFrom() == 1 && dead.learning().equals(List.of("w1", "w3", "w5")),
                "h2ZeroFromEpoch", dead.h2DeadFrom(), "o2ZeroFromEpoch", dead.o2DeadFrom(),
                "weightsThatLearn", dead.learning().size()));
        String conclusion = "At epoch " + SEED_EPOCH + " with step 1 in float32 (the loss the homework's program prints in its "
                + SEED_EPOCH + "th epoch) the loss is " + Text.number(at10[0])
                + " with sigmoid and " + Text.number(at10[1]) + " with ReLU, which confirms the homework's 0.11 and 0.004. "
                + "ReLU starts lower (" + Text.number(atStart[1]) + " against " + Text.number(atStart[0]) + ") because at "
                + "the given weights h2 and o2 are already 0 (in_h2 = −0.02, in_o2 < 0): o2 = 0 is the nearest it can get "
                + "to y2 = −0.07, relu'(in) = 0 keeps h2 and o2 dead from epoch " + dead.o2DeadFrom() + " on, and only "
                + String.join(", ", dead.learning()) + " ever learn. Its loss ends at " + Text.number(atEnd[1]) + " against the floor ½·0.07² = " + Text.number(floor) + "; sigmoid's o2 only "
                + "approaches 0 (" + Text.number(sigmoidO2.last()) + " after " + EPOCHS + " epochs).";
        return new ExperimentResult(id(), "ReLU instead of sigmoid", question(),
                "The lecture network with ReLU max(0, z) in every neuron against the sigmoid, " + EPOCHS
                        + " epochs at step 1, float32 and float64, each three ways; relu'(0) probed at weights "
                        + "(0, 0.4, 0, 0.6, 0.1, −0.5, −0.3, 0.8), where in_h1 = 0 exactly.",
                List.of(new Table("Loss at epochs 1, " + SEED_EPOCH + " and " + EPOCHS + " (autograd)",
                                List.of("run", "epoch 1", "epoch " + SEED_EPOCH, "epoch " + EPOCHS), lossRows),
                        new Table("Output ranges against y2 = −0.07 (loss floor ½·0.07² = " + Text.number(floor) + ")",
                                List.of("run", "range of o2", "min o2", "o2 at epoch " + EPOCHS, "o2 = 0 from epoch",
                                        "loss at epoch " + EPOCHS), rangeRows),
                        new Table("relu'(0): in_h1 = 0 exactly", List.of("side", "dL/dout_h1", "dL/dw1"), List.of(
                                List.of("autograd float64", Text.number(probe64.dOutH1()), Text.number(probe64.gradientW1Autograd())),
                                List.of("autograd float32", Text.number(probe32.dOutH1()), Text.number(probe32.gradientW1Autograd())),
                                List.of("hand (relu'(0) = " + Text.number(probe64.handDerivativeAtZero()) + ")", "",
                                        Text.number(probe64.gradientW1Hand()))))),
                List.of(Plot.lines("relu-loss", "Loss: sigmoid vs ReLU (float32, step 1)", "epoch", "loss", true, curves),
                        Plot.lines("relu-o2", "Output o2 (target -0.07): sigmoid vs ReLU", "epoch", "o2", false, outputs)),
                findings, conclusion, Map.of());
    }
}
