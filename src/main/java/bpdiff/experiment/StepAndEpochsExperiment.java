package bpdiff.experiment;

import bpdiff.gradient.HandDerivation;
import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Mode;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Question 9: step size and number of epochs.
 *
 * <p>A grid of steps \( \eta \in \{0.1, 0.5, 1, 2, 5, 10, 20, 50, 100\} \), extended by 200, 500 and 1000 to
 * find where training breaks, each trained {@value #EPOCHS} epochs with the hand chain rule (cheap), the
 * loss read at epochs 10, 100 and 1000 and the run classified by {@link Trajectory}. A few steps are also
 * run three ways against autograd for {@value #CHECK_EPOCHS} epochs, and their autograd curve is held to the
 * grid's.
 */
public final class StepAndEpochsExperiment implements Experiment {

    static final double[] STEPS = {0.1, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    static final double[] CHECKED_STEPS = {0.1, 1, 10, 100};
    static final int EPOCHS = 1000;
    static final int CHECK_EPOCHS = 50;
    private static final int[] SHOWN_EPOCHS = {10, 100, 1000};
    /** The largest step of the homework's own grid; the steps above it are the extension. */
    private static final double LARGEST_HOMEWORK_STEP = 100;

    @Override
    public String id() {
        return "step-and-epochs";
    }

    @Override
    public String description() {
        return "steps 0.1..1000 x 1000 epochs: final loss, converged / oscillated / stalled / diverged and from when";
    }

    @Override
    public Question question() {
        return new Question(9, "改变步长,训练次数,观察、总结并陈述",
                "Change the step size and the number of epochs; observe, summarise and state.");
    }

    @Override
    public ExperimentResult run(Lab lab) {
        NetworkSpec lecture = Networks.lecture().withEpochs(EPOCHS);
        double floor = Measures.outputFloor(lecture);
        double saturated = lecture.loss().value(new double[][] {{0, 0}}, new double[][] {lecture.samples().get(0).y()});
        List<List<String>> rows = new ArrayList<>();
        List<Series> curves = new ArrayList<>();
        double[][] losses = new double[STEPS.length][];
        Trajectory[] kinds = new Trajectory[STEPS.length];
        for (int i = 0; i < STEPS.length; i++) {
            lab.progress("step " + Text.number(STEPS[i]) + " (" + (i + 1) + "/" + STEPS.length + "), " + EPOCHS + " epochs");
            losses[i] = lab.handLosses(lecture.withLearningRate(STEPS[i]));
            kinds[i] = Trajectory.classify(losses[i], floor);
            List<String> row = new ArrayList<>(List.of(Text.number(STEPS[i])));
            for (int epoch : SHOWN_EPOCHS) {
                row.add(Text.number(losses[i][epoch - 1]));
            }
            row.add(kinds[i].kind().id());
            row.add(Integer.toString(kinds[i].fromEpoch()));
            rows.add(row);
            curves.add(Series.overEpochs("step " + Text.number(STEPS[i]), losses[i]));
        }

        List<Finding> findings = new ArrayList<>();
        for (double step : CHECKED_STEPS) {
            lab.progress("checking step " + Text.number(step) + " against autograd");
            NetworkSpec spec = lecture.withLearningRate(step).withEpochs(CHECK_EPOCHS);
            ComparisonResult result = lab.compare("step " + Text.number(step), spec, lab.precision(), Mode.INDEPENDENT,
                    HandDerivation.GENERAL);
            double[] grid = losses[indexOf(step)];
            double curveDifference = 0;
            boolean sameCurve = true;
            for (int t = 0; t < CHECK_EPOCHS; t++) {
                curveDifference = Math.max(curveDifference, Math.abs(grid[t] - result.lossAutograd()[t]));
                sameCurve &= result.tolerance().agrees(grid[t], result.lossAutograd()[t]);
            }
            Finding agreement = Agreement.of("three-way-step-" + Text.number(step), "step " + Text.number(step), result);
            Map<String, Double> measured = new LinkedHashMap<>(agreement.measured());
            measured.put("maxGridVsAutogradLoss", curveDifference);
            findings.add(new Finding(agreement.id(), agreement.statement() + ", and the grid's loss curve is autograd's",
                    agreement.holds() && sameCurve, measured));
        }

        boolean smallConverge = true;
        boolean fallingWithStep = true;
        for (int i = 0; i < STEPS.length && STEPS[i] < LARGEST_HOMEWORK_STEP; i++) {
            smallConverge &= kinds[i].kind() == Trajectory.Kind.CONVERGED;
            fallingWithStep &= i == 0 || losses[i][EPOCHS - 1] < losses[i - 1][EPOCHS - 1];
        }
        int oscillating = indexOf(LARGEST_HOMEWORK_STEP);
        findings.add(Finding.of("small-steps-converge",
                "every step below " + Text.number(LARGEST_HOMEWORK_STEP) + " converges, and the larger the step the lower the loss after "
                        + EPOCHS + " epochs",
                smallConverge && fallingWithStep, "finalLossStep0.1", losses[0][EPOCHS - 1],
                "finalLossStep1", losses[indexOf(1)][EPOCHS - 1], "finalLossStep50", losses[indexOf(50)][EPOCHS - 1],
                "floor", floor));
        int firstStalled = -1;
        for (int i = STEPS.length - 1; i >= 0 && kinds[i].kind() == Trajectory.Kind.STALLED; i--) {
            firstStalled = i;
        }
        double stalledLoss = firstStalled < 0 ? Double.NaN : losses[firstStalled][EPOCHS - 1];
        findings.add(Finding.of("large-steps-misbehave",
                "step " + Text.number(LARGEST_HOMEWORK_STEP) + " oscillates, and the largest steps stall near ½(y1² + y2²) = "
                        + Text.number(saturated) + ", the loss with both sigmoid outputs saturated at 0",
                kinds[oscillating].kind() == Trajectory.Kind.OSCILLATED && firstStalled > oscillating
                        && Math.abs(stalledLoss - saturated) < Math.abs(stalledLoss - floor),
                "oscillatesFromEpoch", kinds[oscillating].fromEpoch(), "firstStalledStep",
                firstStalled < 0 ? Double.NaN : STEPS[firstStalled], "stalledLoss", stalledLoss, "saturatedLoss", saturated));

        String conclusion = "Within a suitable range a larger step and more epochs both lower the loss: after " + EPOCHS
                + " epochs it is " + Text.number(losses[0][EPOCHS - 1]) + " at step 0.1, " + Text.number(losses[indexOf(1)][EPOCHS - 1])
                + " at step 1 and " + Text.number(losses[indexOf(50)][EPOCHS - 1]) + " at step 50 (floor ½·0.07² = "
                + Text.number(floor) + "). Step " + Text.number(LARGEST_HOMEWORK_STEP) + " oscillates from epoch "
                + kinds[oscillating].fromEpoch() + (firstStalled < 0 ? "." : ", and from step " + Text.number(STEPS[firstStalled])
                + " on the first steps throw the sigmoids into saturation: the loss stalls at " + Text.number(stalledLoss)
                + " (both outputs ≈ 0) and no further training helps, as the homework observed.");
        return new ExperimentResult(id(), "Step size and epochs", question(),
                "The lecture network, steps " + steps() + " (the homework's grid up to " + Text.number(LARGEST_HOMEWORK_STEP)
                        + ", extended to find where training breaks), " + EPOCHS + " epochs each with the hand chain rule; steps "
                        + checked() + " also three ways against autograd (" + lab.precision().id() + ") for " + CHECK_EPOCHS
                        + " epochs. How a run is classed: diverged (non-finite or ended above its start), oscillated "
                        + "(the loss rose at least once), converged (never rose, closed 9/10 of the gap to the floor), stalled "
                        + "(never rose, stopped short).",
                List.of(new Table("Loss by step and epoch (hand chain rule)",
                        List.of("step", "epoch 10", "epoch 100", "epoch 1000", "class", "from epoch"), rows)),
                List.of(Plot.lines("step-and-epochs-loss", "Loss by step size (hand chain rule)", "epoch", "loss (log)", true,
                        curves)),
                findings, conclusion, Map.of());
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
