package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;

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
public final class ReluExperiment implements Experiment<ReluExperiment.Measured> {

    static final int EPOCHS = 100;
    /** The epoch the seed reports: "都是经过10轮". */
    static final int SEED_EPOCH = 10;
    private static final List<Precision> PRECISIONS = List.of(Precision.FLOAT32, Precision.FLOAT64);
    private static final List<Activation> ACTIVATIONS = List.of(Activation.SIGMOID, Activation.RELU);

    private static final About ABOUT = About.of("relu", "ReLU instead of sigmoid",
            "sigmoid replaced by ReLU: loss curves, the homework's 0.11 vs 0.004 after 10 epochs, relu'(0), y2 = -0.07 unreachable",
            new Question(6, "激活函数Sigmoid改变为Relu,观察、总结并陈述",
                    "Change the activation from sigmoid to ReLU; observe, summarise and state."));

    /** The loss at the seed's epoch (at the weights after {@value #SEED_EPOCH} − 1 updates), by autograd. */
    public record AtSeedEpoch(double sigmoidFloat32, double reluFloat32, double sigmoidFloat64, double reluFloat64) {}

    /**
     * relu'(0) on both sides.
     *
     * @param handDerivativeAtZero {@link Activation#RELU}'s derivative at 0
     * @param dOutH1 autograd's \( \partial L / \partial out_{h1} \) (float64; not 0, so the probe is not vacuous)
     * @param gradientW1Autograd autograd's \( \partial L / \partial w_1 \) (float64)
     * @param gradientW1Hand the hand chain rule's
     * @param gradientW1AutogradFloat32 autograd's in float32
     */
    public record DerivativeAtZero(double handDerivativeAtZero, double dOutH1, double gradientW1Autograd,
            double gradientW1Hand, double gradientW1AutogradFloat32) {}

    /**
     * What \( y_2 = -0.07 \) does to the outputs.
     *
     * @param floor the lowest loss the outputs can reach, ½·0.07²
     * @param reluO2DeadFrom the epoch from which ReLU's o2 is 0 (float32)
     * @param reluO2Last ReLU's o2 at the last epoch
     * @param sigmoidO2Last sigmoid's o2 at the last epoch
     */
    public record Unreachable(double floor, int reluO2DeadFrom, double reluO2Last, double sigmoidO2Last) {}

    /**
     * The dead units of ReLU's training (float32).
     *
     * @param h2ZeroFromEpoch the epoch from which h2 is dead to the end
     * @param o2ZeroFromEpoch the epoch from which o2 is dead to the end
     * @param weightsThatLearn how many weights ever get a gradient
     */
    public record Dead(int h2ZeroFromEpoch, int o2ZeroFromEpoch, int weightsThatLearn) {}

    /**
     * One activation in one precision.
     *
     * @param loss autograd's loss at every epoch
     * @param threeWay hand, autograd and finite differences
     * @param o2 how the output o2 moved
     * @param aboveFloor whether every loss stayed at or above the floor
     */
    public record Training(Activation activation, Precision precision, double[] loss, ThreeWay threeWay, OutputTrace o2,
            boolean aboveFloor) {

        /** @return e.g. {@code relu float32} */
        String name() {
            return activation.id() + " " + precision.id();
        }
    }

    /**
     * What the ReLU experiment measured.
     *
     * @param trainings sigmoid and ReLU in float32, then in float64
     * @param atSeedEpoch the losses at the seed's epoch
     * @param probe32 relu'(0) probed in float32
     * @param probe64 relu'(0) probed in float64
     * @param derivativeAtZero the probe's numbers
     * @param unreachable what y2 = −0.07 does
     * @param dead ReLU's dead units
     * @param learning the weights that learn
     */
    public record Measured(List<Training> trainings, AtSeedEpoch atSeedEpoch, ReluProbe probe32, ReluProbe probe64,
            DerivativeAtZero derivativeAtZero, Unreachable unreachable, Dead dead, List<String> learning) {

        Training training(Activation activation, Precision precision) {
            return find(trainings, activation, precision);
        }
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Setup setup(Precision dtype) {
        List<Run> runs = new ArrayList<>();
        for (Precision precision : PRECISIONS) {
            for (Activation activation : ACTIVATIONS) {
                runs.add(run(activation, precision));
            }
        }
        return new Setup("The lecture network with ReLU max(0, z) in every neuron against the sigmoid, " + EPOCHS
                + " epochs at step 1, float32 and float64, each three ways; relu'(0) probed at weights "
                + "(0, 0.4, 0, 0.6, 0.1, −0.5, −0.3, 0.8), where in_h1 = 0 exactly.", runs);
    }

    private static Run run(Activation activation, Precision precision) {
        NetworkSpec spec = Networks.lecture().withEpochs(EPOCHS).withActivation(activation);
        return Run.of(activation.id() + " " + precision.id(), spec, precision);
    }

    @Override
    public Measured measure(Lab lab) {
        double floor = Measures.outputFloor(Networks.lecture().withActivation(Activation.RELU));
        List<Training> trainings = new ArrayList<>();
        DeadUnits dead = null;
        for (Precision precision : PRECISIONS) {
            for (Activation activation : ACTIVATIONS) {
                Run run = run(activation, precision);
                ComparisonResult result = lab.compare(run);
                boolean aboveFloor = true;
                for (double l : result.lossAutograd()) {
                    aboveFloor &= l >= floor || result.tolerance().agrees(l, floor);
                }
                trainings.add(new Training(activation, precision, result.lossAutograd(), ThreeWay.of(run.label(), result),
                        OutputTrace.of(result, "o2"), aboveFloor));
                if (activation == Activation.RELU && precision == Precision.FLOAT32) {
                    dead = DeadUnits.of(result);
                }
            }
        }
        ReluProbe probe32 = ReluProbe.measure(lab, Precision.FLOAT32);
        ReluProbe probe64 = ReluProbe.measure(lab, Precision.FLOAT64);
        Training sigmoid32 = find(trainings, Activation.SIGMOID, Precision.FLOAT32);
        Training relu32 = find(trainings, Activation.RELU, Precision.FLOAT32);
        return new Measured(trainings,
                new AtSeedEpoch(sigmoid32.loss()[SEED_EPOCH - 1], relu32.loss()[SEED_EPOCH - 1],
                        find(trainings, Activation.SIGMOID, Precision.FLOAT64).loss()[SEED_EPOCH - 1],
                        find(trainings, Activation.RELU, Precision.FLOAT64).loss()[SEED_EPOCH - 1]),
                probe32, probe64,
                new DerivativeAtZero(probe64.handDerivativeAtZero(), probe64.dOutH1(), probe64.gradientW1Autograd(),
                        probe64.gradientW1Hand(), probe32.gradientW1Autograd()),
                new Unreachable(floor, relu32.o2().zeroFrom(), relu32.o2().last(), sigmoid32.o2().last()),
                new Dead(dead.h2DeadFrom(), dead.o2DeadFrom(), dead.learning().size()), dead.learning());
    }

    private static Training find(List<Training> trainings, Activation activation, Precision precision) {
        return trainings.stream().filter(t -> t.activation() == activation && t.precision() == precision).findFirst()
                .orElseThrow();
    }

    @Override
    public Section report(Measured m, Precision dtype) {
        double floor = m.unreachable().floor();
        List<Finding> findings = new ArrayList<>();
        List<List<String>> lossRows = new ArrayList<>();
        List<List<String>> rangeRows = new ArrayList<>();
        List<Series> curves = new ArrayList<>();
        List<Series> outputs = new ArrayList<>();
        boolean aboveFloor = true;
        for (Training t : m.trainings()) {
            String name = t.name();
            double[] loss = t.loss();
            OutputTrace o2 = t.o2();
            aboveFloor &= t.aboveFloor();
            findings.add(t.threeWay().finding("three-way-" + t.activation().id() + "-" + t.precision().id()));
            lossRows.add(List.of(name, Text.number(loss[0]), Text.number(loss[SEED_EPOCH - 1]),
                    Text.number(loss[EPOCHS - 1])));
            rangeRows.add(List.of(name, t.activation() == Activation.RELU ? "[0, ∞)" : "(0, 1)",
                    Text.number(o2.minimum()), Text.number(o2.last()),
                    o2.zeroFrom() == 0 ? "never" : Integer.toString(o2.zeroFrom()), Text.number(loss[EPOCHS - 1])));
            if (t.precision() == Precision.FLOAT32) {
                curves.add(Series.overEpochs(name, loss));
                outputs.add(Series.overEpochs("o2, " + name, o2.values()));
            }
        }
        AtSeedEpoch at10 = m.atSeedEpoch();
        findings.add(Finding.of("relu-lower-after-10",
                "at epoch " + SEED_EPOCH + " with step 1 ReLU's loss is below sigmoid's, and the homework's 0.11 (sigmoid) and "
                        + "0.004 (ReLU) are what the measured float32 values round to",
                at10.reluFloat32() < at10.sigmoidFloat32() && Text.round(at10.sigmoidFloat32(), 2) == 0.11
                        && Text.round(at10.reluFloat32(), 3) == 0.004,
                at10));
        ReluProbe probe32 = m.probe32();
        ReluProbe probe64 = m.probe64();
        findings.add(Finding.of("relu-derivative-at-zero",
                "the hand derivative of ReLU at 0 is 0, as autograd's (PyTorch's): with in_h1 = 0 and dL/dout_h1 ≠ 0, "
                        + "dL/dw1 = 0 on both sides",
                probe32.derivativeAtZeroIsZero() && probe64.derivativeAtZeroIsZero(), m.derivativeAtZero()));
        Training relu32 = m.training(Activation.RELU, Precision.FLOAT32);
        Training sigmoid32 = m.training(Activation.SIGMOID, Precision.FLOAT32);
        OutputTrace reluO2 = relu32.o2();
        OutputTrace sigmoidO2 = sigmoid32.o2();
        findings.add(Finding.of("y2-unreachable",
                "neither output reaches y2 = −0.07: o2 never falls below 0, the loss never below ½·0.07² = "
                        + Text.number(floor) + "; ReLU's o2 dies at exactly 0 and stays there",
                reluO2.minimum() >= 0 && sigmoidO2.minimum() > 0 && aboveFloor && reluO2.zeroFrom() > 0,
                m.unreachable()));
        Dead dead = m.dead();
        findings.add(Finding.of("relu-dead-units",
                "with ReLU, h2 and o2 are 0 from epoch 1 on (in_h2 = −0.02 and in_o2 < 0 at the given weights), so only "
                        + "w1, w3, w5 ever get a gradient; the other five weights never change",
                dead.h2ZeroFromEpoch() == 1 && dead.o2ZeroFromEpoch() == 1 && m.learning().equals(List.of("w1", "w3", "w5")),
                dead));
        String conclusion = "At epoch " + SEED_EPOCH + " with step 1 in float32 (the loss the homework's program prints in its "
                + SEED_EPOCH + "th epoch) the loss is " + Text.number(at10.sigmoidFloat32())
                + " with sigmoid and " + Text.number(at10.reluFloat32()) + " with ReLU, which confirms the homework's 0.11 and 0.004. "
                + "ReLU starts lower (" + Text.number(relu32.loss()[0]) + " against " + Text.number(sigmoid32.loss()[0])
                + ") because at "
                + "the given weights h2 and o2 are already 0 (in_h2 = −0.02, in_o2 < 0): o2 = 0 is the nearest it can get "
                + "to y2 = −0.07, relu'(in) = 0 keeps h2 and o2 dead from epoch " + dead.o2ZeroFromEpoch() + " on, and only "
                + String.join(", ", m.learning()) + " ever learn. Its loss ends at " + Text.number(relu32.loss()[EPOCHS - 1])
                + " against the floor ½·0.07² = " + Text.number(floor) + "; sigmoid's o2 only "
                + "approaches 0 (" + Text.number(sigmoidO2.last()) + " after " + EPOCHS + " epochs).";
        return new Section(
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
                findings, conclusion);
    }
}
