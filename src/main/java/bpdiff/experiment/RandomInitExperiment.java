package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.network.Initialization;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Question 10: random initial weights against the given ones.
 *
 * <p>Seeds 1 to {@value #SEEDS} of {@link Initialization#RANDOM} (every weight from \( U[0, 1) \), like
 * {@code torch.rand}) and the lecture's given weights, each trained {@value #EPOCHS} epochs at step 1, three
 * ways; each curve is classified by {@link Trajectory}.
 */
public final class RandomInitExperiment implements Experiment {

    static final int SEEDS = 5;
    static final int EPOCHS = 200;

    /** Question 10 of the homework, shared with {@link ZeroInitExperiment}. */
    static final Question QUESTION = new Question(10, "权值w1-w8初始值换为随机数,对比【作业2】指定权值结果,观察、总结并陈述",
            "Replace the initial weights w1–w8 by random numbers and compare with homework 2's given weights; "
                    + "observe, summarise and state.");

    @Override
    public String id() {
        return "random-init";
    }

    @Override
    public String description() {
        return "random initial weights U[0,1) (five random starts) against the given ones over 200 epochs";
    }

    @Override
    public Question question() {
        return QUESTION;
    }

    @Override
    public ExperimentResult run(Lab lab) {
        NetworkSpec given = Networks.lecture().withEpochs(EPOCHS);
        double floor = Measures.outputFloor(given);
        List<List<String>> rows = new ArrayList<>();
        List<Series> curves = new ArrayList<>();
        boolean allAgree = true;
        boolean allLearn = true;
        double maxHandVsAutograd = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        double givenFinal = Double.NaN;
        for (int seed = 0; seed <= SEEDS; seed++) {
            String name = seed == 0 ? "given" : "random start " + seed;
            NetworkSpec spec = seed == 0 ? given : Initialization.RANDOM.apply(given, seed);
            ComparisonResult result = lab.compare(name, spec, lab.precision());
            Finding agreement = Agreement.of("three-way", name, result);
            allAgree &= agreement.holds();
            maxHandVsAutograd = Math.max(maxHandVsAutograd, agreement.measured().get("maxHandVsAutograd"));
            double[] loss = result.lossAutograd();
            allLearn &= loss[EPOCHS - 1] < loss[0];
            if (seed == 0) {
                givenFinal = loss[EPOCHS - 1];
            } else {
                lowest = Math.min(lowest, loss[EPOCHS - 1]);
                highest = Math.max(highest, loss[EPOCHS - 1]);
            }
            rows.add(List.of(name, weights(spec.initialWeights()), Text.number(loss[0]), Text.number(loss[EPOCHS - 1]),
                    Trajectory.classify(loss, floor).kind().id(), result.summary().verdict().id()));
            curves.add(Series.overEpochs(name, loss));
        }
        List<Finding> findings = List.of(
                Finding.of("three-way-every-start",
                        "from every start, hand chain rule, autograd and finite differences agree at every epoch",
                        allAgree, "runs", SEEDS + 1, "maxHandVsAutograd", maxHandVsAutograd),
                Finding.of("every-start-learns",
                        "from every start the loss after " + EPOCHS + " epochs is below the loss at the start",
                        allLearn, "givenFinalLoss", givenFinal, "lowestRandomFinalLoss", lowest,
                        "highestRandomFinalLoss", highest, "floor", floor));
        String conclusion = "From every random start the loss falls (after " + EPOCHS + " epochs " + Text.number(lowest)
                + " to " + Text.number(highest) + " against " + Text.number(givenFinal) + " from the given weights), and the "
                + "three methods agree from every start to " + Text.number(maxHandVsAutograd) + ". The start changes how fast "
                + "and along which path the loss falls, not that it falls: backpropagation needs no particular start, "
                + "only a non-symmetric one (see zero-init).";
        return new ExperimentResult(id(), "Random initial weights", question(),
                "The lecture network, step 1, " + EPOCHS + " epochs, from the given weights and from " + SEEDS
                        + " random starts with weights U[0, 1) (those of bpdiff compare --init random --seed 1.." + SEEDS
                        + "), each three ways (autograd in " + lab.precision().id() + ").",
                List.of(new Table("Loss from each start", List.of("start", "w1..w8 (initial)", "epoch 1", "epoch " + EPOCHS,
                        "class", "three-way"), rows)),
                List.of(Plot.lines("random-init-loss", "Loss from given and random initial weights", "epoch", "loss", true,
                        curves)),
                findings, conclusion, Map.of());
    }

    private static String weights(double[] w) {
        List<String> parts = new ArrayList<>();
        for (double v : w) {
            parts.add(Text.fixed(v, 3));
        }
        return String.join(", ", parts);
    }
}
