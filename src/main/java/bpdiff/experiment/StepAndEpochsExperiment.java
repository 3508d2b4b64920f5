package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Question 9: step size and number of epochs.
 *
 * <p>A grid of steps \( \eta \in \{0.1, 0.5, 1, 2, 5, 10, 20, 50, 100\} \), extended by 200, 500 and 1000 to
 * find where training breaks, each trained {@value #EPOCHS} epochs with the hand chain rule (cheap), the
 * loss read at epochs 10, 100 and 1000 and the run classified by {@link Trajectory}. A few steps are also
 * run three ways against autograd for {@value #CHECK_EPOCHS} epochs, and their autograd curve is held to the
 * grid's.
 */
public final class StepAndEpochsExperiment implements Experiment<StepAndEpochsExperiment.Measured> {

    static final double[] STEPS = {0.1, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    static final double[] CHECKED_STEPS = {0.1, 1, 10, 100};
    static final int EPOCHS = 1000;
    static final int CHECK_EPOCHS = 50;
    private static final int[] SHOWN_EPOCHS = {10, 100, 1000};
    /** The largest step of the homework's own grid; the steps above it are the extension. */
    private static final double LARGEST_HOMEWORK_STEP = 100;

    private static final About ABOUT = About.of("step-and-epochs", "Step size and epochs",
            "steps 0.1..1000 x 1000 epochs: final loss, converged / oscillated / stalled / diverged and from when",
            new Question(9, "改变步长,训练次数,观察、总结并陈述",
                    "Change the step size and the number of epochs; observe, summarise and state."));

    /**
     * A checked step's agreement, and how far the grid's curve is from autograd's.
     *
     * @param epochs the epochs compared
     * @param maxHandVsAutograd \( \max |g_{hand} - g_{autograd}| \)
     * @param maxNumericVsAutograd \( \max |g_{numeric} - g_{autograd}| \)
     * @param maxGridVsAutogradLoss \( \max_t |L^{grid}_t - L^{autograd}_t| \)
     */
    public record GridAgreement(int epochs, double maxHandVsAutograd, double maxNumericVsAutograd,
            double maxGridVsAutogradLoss) {}

    /**
     * One step checked three ways.
     *
     * @param threeWay the comparison's agreement
     * @param sameCurve whether the grid's loss agrees with autograd's at every epoch
     * @param measured the numbers
     */
    public record Checked(double step, ThreeWay threeWay, boolean sameCurve, GridAgreement measured) {}

    /**
     * The small steps after {@value #EPOCHS} epochs.
     *
     * @param finalLossStep01 the loss at step 0.1
     * @param finalLossStep1 at step 1
     * @param finalLossStep50 at step 50
     * @param floor the lowest loss the outputs can reach
     */
    public record SmallSteps(@MeasuredAs("finalLossStep0.1") double finalLossStep01, double finalLossStep1,
            double finalLossStep50, double floor) {}

    /**
     * The large steps.
     *
     * @param oscillatesFromEpoch the epoch from which step {@value #LARGEST_HOMEWORK_STEP} oscillates
     * @param firstStalledStep the smallest step from which every larger one stalls (NaN if none)
     * @param stalledLoss its loss after {@value #EPOCHS} epochs
     * @param saturatedLoss ½(y1² + y2²), the loss with both outputs at 0
     */
    public record LargeSteps(int oscillatesFromEpoch, double firstStalledStep, double stalledLoss, double saturatedLoss) {}

    /**
     * What the step sweep measured.
     *
     * @param losses the grid's loss curves, one per step of {@link #STEPS}
     * @param kinds each curve's class
     * @param checked the steps checked three ways
     * @param smallConverge whether every step below {@value #LARGEST_HOMEWORK_STEP} converges
     * @param fallingWithStep whether the final loss falls as the step grows (below {@value #LARGEST_HOMEWORK_STEP})
     * @param small the small steps' numbers
     * @param oscillates whether step {@value #LARGEST_HOMEWORK_STEP} oscillates and the largest steps stall near the
     *     saturated loss
     * @param large the large steps' numbers
     * @param firstStalled the index in {@link #STEPS} of {@code large.firstStalledStep()}, or −1
     */
    public record Measured(double[][] losses, Trajectory[] kinds, List<Checked> checked, boolean smallConverge,
            boolean fallingWithStep, SmallSteps small, boolean oscillates, LargeSteps large, int firstStalled) {}

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Setup setup(Precision dtype) {
        List<Run> runs = new ArrayList<>();
        for (double step : CHECKED_STEPS) {
            runs.add(checked(step, dtype));
        }
        return new Setup("The lecture network, steps " + steps() + " (the homework's grid up to "
                + Text.number(LARGEST_HOMEWORK_STEP) + ", extended to find where training breaks), " + EPOCHS
                + " epochs each with the hand chain rule; steps " + checked() + " also three ways against autograd ("
                + dtype.id() + ") for " + CHECK_EPOCHS + " epochs. How a run is classed: diverged (non-finite or ended "
                + "above its start), oscillated (the loss rose at least once), converged (never rose, closed 9/10 of the gap "
                + "to the floor), stalled (never rose, stopped short).", runs);
    }

    private static Run checked(double step, Precision dtype) {
        return Run.of("step " + Text.number(step), Networks.lecture().withLearningRate(step).withEpochs(CHECK_EPOCHS), dtype,
                HandDerivation.GENERAL);
    }

    @Override
    public Measured measure(Lab lab) {
        NetworkSpec lecture = Networks.lecture().withEpochs(EPOCHS);
        double floor = Measures.outputFloor(lecture);
        double saturated = lecture.loss().value(new double[][] {{0, 0}}, new double[][] {lecture.samples().get(0).y()});
        double[][] losses = new double[STEPS.length][];
        Trajectory[] kinds = new Trajectory[STEPS.length];
        for (int i = 0; i < STEPS.length; i++) {
            lab.progress("step " + Text.number(STEPS[i]) + " (" + (i + 1) + "/" + STEPS.length + "), " + EPOCHS + " epochs");
            losses[i] = lab.handLosses(lecture.withLearningRate(STEPS[i]));
            kinds[i] = Trajectory.classify(losses[i], floor);
        }
        List<Checked> checked = new ArrayList<>();
        for (double step : CHECKED_STEPS) {
            ComparisonResult result = lab.compare(checked(step, lab.precision()));
            double[] grid = losses[indexOf(step)];
            double curveDifference = 0;
            boolean sameCurve = true;
            for (int t = 0; t < CHECK_EPOCHS; t++) {
                curveDifference = Math.max(curveDifference, Math.abs(grid[t] - result.lossAutograd()[t]));
                sameCurve &= result.tolerance().agrees(grid[t], result.lossAutograd()[t]);
            }
            ThreeWay threeWay = ThreeWay.of("step " + Text.number(step), result);
            ThreeWayAgreement a = threeWay.measured();
            checked.add(new Checked(step, threeWay, sameCurve,
                    new GridAgreement(a.epochs(), a.maxHandVsAutograd(), a.maxNumericVsAutograd(), curveDifference)));
        }
        boolean smallConverge = true;
        boolean fallingWithStep = true;
        for (int i = 0; i < STEPS.length && STEPS[i] < LARGEST_HOMEWORK_STEP; i++) {
            smallConverge &= kinds[i].kind() == Trajectory.Kind.CONVERGED;
            fallingWithStep &= i == 0 || losses[i][EPOCHS - 1] < losses[i - 1][EPOCHS - 1];
        }
        int oscillating = indexOf(LARGEST_HOMEWORK_STEP);
        int firstStalled = -1;
        for (int i = STEPS.length - 1; i >= 0 && kinds[i].kind() == Trajectory.Kind.STALLED; i--) {
            firstStalled = i;
        }
        double stalledLoss = firstStalled < 0 ? Double.NaN : losses[firstStalled][EPOCHS - 1];
        boolean oscillates = kinds[oscillating].kind() == Trajectory.Kind.OSCILLATED && firstStalled > oscillating
                && Math.abs(stalledLoss - saturated) < Math.abs(stalledLoss - floor);
        return new Measured(losses, kinds, checked, smallConverge, fallingWithStep,
                new SmallSteps(losses[0][EPOCHS - 1], losses[indexOf(1)][EPOCHS - 1], losses[indexOf(50)][EPOCHS - 1], floor),
                oscillates, new LargeSteps(kinds[oscillating].fromEpoch(),
                        firstStalled < 0 ? Double.NaN : STEPS[firstStalled], stalledLoss, saturated),
                firstStalled);
    }

    @Override
    public Section report(Measured m, Precision dtype) {
        List<List<String>> rows = new ArrayList<>();
        List<Series> curves = new ArrayList<>();
        for (int i = 0; i < STEPS.length; i++) {
            List<String> row = new ArrayList<>(List.of(Text.number(STEPS[i])));
            for (int epoch : SHOWN_EPOCHS) {
                row.add(Text.number(m.losses()[i][epoch - 1]));
            }
            row.add(m.kinds()[i].kind().id());
            row.add(Integer.toString(m.kinds()[i].fromEpoch()));
            rows.add(row);
            curves.add(Series.overEpochs("step " + Text.number(STEPS[i]), m.losses()[i]));
        }
        List<Finding> findings = new ArrayList<>();
        for (Checked c : m.checked()) {
            findings.add(Finding.of("three-way-step-" + Text.number(c.step()),
                    c.threeWay().statement() + ", and the grid's loss curve is autograd's", c.threeWay().holds()
                            && c.sameCurve(), c.measured()));
        }
        SmallSteps small = m.small();
        LargeSteps large = m.large();
        findings.add(Finding.of("small-steps-converge",
                "every step below " + Text.number(LARGEST_HOMEWORK_STEP) + " converges, and the larger the step the lower the loss after "
                        + EPOCHS + " epochs",
                m.smallConverge() && m.fallingWithStep(), small));
        findings.add(Finding.of("large-steps-misbehave",
                "step " + Text.number(LARGEST_HOMEWORK_STEP) + " oscillates, and the largest steps stall near ½(y1² + y2²) = "
                        + Text.number(large.saturatedLoss()) + ", the loss with both sigmoid outputs saturated at 0",
                m.oscillates(), large));
        String conclusion = "Within a suitable range a larger step and more epochs both lower the loss: after " + EPOCHS
                + " epochs it is " + Text.number(small.finalLossStep01()) + " at step 0.1, " + Text.number(small.finalLossStep1())
                + " at step 1 and " + Text.number(small.finalLossStep50()) + " at step 50 (floor ½·0.07² = "
                + Text.number(small.floor()) + "). Step " + Text.number(LARGEST_HOMEWORK_STEP) + " oscillates from epoch "
                + large.oscillatesFromEpoch() + (m.firstStalled() < 0 ? "." : ", and from step "
                + Text.number(large.firstStalledStep())
                + " on the first steps throw the sigmoids into saturation: the loss stalls at " + Text.number(large.stalledLoss())
                + " (both outputs ≈ 0) and no further training helps, as the homework observed.");
        return new Section(
                List.of(new Table("Loss by step and epoch (hand chain rule)",
                        List.of("step", "epoch 10", "epoch 100", "epoch 1000", "class", "from epoch"), rows)),
                List.of(Plot.lines("step-and-epochs-loss", "Loss by step size (hand chain rule)", "epoch", "loss (log)", true,
                        curves)),
                findings, conclusion);
    }

    private static int indexOf(double step) {
        for (int i = 0; i < STEPS.length; i++) {
            if (STEPS[i] == step) {
                return i;
            }
        }
        throw new IllegalArgumentException("step " + step + " is not in the grid");
    }

    private static String steps() {
        return String.join(", ", Arrays.stream(STEPS).mapToObj(Text::number).toList());
    }

    private static String checked() {
        return String.join(", ", Arrays.stream(CHECKED_STEPS).mapToObj(Text::number).toList());
    }
}
