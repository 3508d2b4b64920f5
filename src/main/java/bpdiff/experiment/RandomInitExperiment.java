package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.gradient.Precision;
import bpdiff.network.Initialization;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;

/**
 * Question 10: random initial weights against the given ones.
 *
 * <p>Seeds 1 to {@value #SEEDS} of {@link Initialization#RANDOM} (every weight from \( U[0, 1) \), like
 * {@code torch.rand}) and the lecture's given weights, each trained {@value #EPOCHS} epochs at step 1, three
 * ways; each curve is classified by {@link Trajectory}.
 */
public final class RandomInitExperiment implements Experiment<RandomInitExperiment.Measured> {

    static final int SEEDS = 5;
    static final int EPOCHS = 200;

    /** Question 10 of the homework, shared with {@link ZeroInitExperiment}. */
    static final Question QUESTION = new Question(10, "权值w1-w8初始值换为随机数,对比【作业2】指定权值结果,观察、总结并陈述",
            "Replace the initial weights w1–w8 by random numbers and compare with homework 2's given weights; "
                    + "observe, summarise and state.");

    private static final About ABOUT = About.of("random-init", "Random initial weights",
            "random initial weights U[0,1) (five random starts) against the given ones over 200 epochs", QUESTION);

    /**
     * The three-way agreement over every start.
     *
     * @param runs how many starts
     * @param maxHandVsAutograd the largest hand-against-autograd difference of any
     */
    public record EveryStart(int runs, double maxHandVsAutograd) {}

    /**
     * Where the trainings end.
     *
     * @param givenFinalLoss from the given weights
     * @param lowestRandomFinalLoss the lowest from a random start
     * @param floor the lowest loss the outputs can reach
     */
    public record Ends(double givenFinalLoss, double lowestRandomFinalLoss, double highestRandomFinalLoss, double floor) {}

    /**
     * One start.
     *
     * @param name {@code given} or {@code random start k}
     * @param loss autograd's loss at every epoch
     * @param kind how the curve behaved
     * @param verdict the comparison's verdict
     */
    public record Start(String name, double[] initialWeights, double[] loss, Trajectory kind, String verdict) {}

    /**
     * What the random starts measured.
     *
     * @param starts the given weights, then seeds 1 to {@value #SEEDS}
     * @param allAgree whether every start's three-way comparison agrees
     * @param allLearn whether every start's loss falls
     * @param everyStart the agreement's numbers
     * @param ends where the trainings end
     */
    public record Measured(List<Start> starts, boolean allAgree, boolean allLearn, EveryStart everyStart, Ends ends) {}

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Setup setup(Precision dtype) {
        List<Run> runs = new ArrayList<>();
        for (int seed = 0; seed <= SEEDS; seed++) {
            runs.add(run(seed, dtype));
        }
        return new Setup("The lecture network, step 1, " + EPOCHS + " epochs, from the given weights and from " + SEEDS
                + " random starts with weights U[0, 1) (those of bpdiff compare --init random --seed 1.." + SEEDS
                + "), each three ways (autograd in " + dtype.id() + ").", runs);
    }

    private static Run run(int seed, Precision dtype) {
        NetworkSpec given = Networks.lecture().withEpochs(EPOCHS);
        return Run.of(name(seed), seed == 0 ? given : Initialization.RANDOM.apply(given, seed), dtype);
    }

    private static String name(int seed) {
        return seed == 0 ? "given" : "random start " + seed;
    }

    @Override
    public Measured measure(Lab lab) {
        double floor = Measures.outputFloor(Networks.lecture().withEpochs(EPOCHS));
        List<Start> starts = new ArrayList<>();
        boolean allAgree = true;
        boolean allLearn = true;
        double maxHandVsAutograd = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        double givenFinal = Double.NaN;
        for (int seed = 0; seed <= SEEDS; seed++) {
            Run run = run(seed, lab.precision());
            ComparisonResult result = lab.compare(run);
            ThreeWay agreement = ThreeWay.of(run.label(), result);
            allAgree &= agreement.holds();
            maxHandVsAutograd = Math.max(maxHandVsAutograd, agreement.measured().maxHandVsAutograd());
            double[] loss = result.lossAutograd();
            allLearn &= loss[EPOCHS - 1] < loss[0];
            if (seed == 0) {
                givenFinal = loss[EPOCHS - 1];
            } else {
                lowest = Math.min(lowest, loss[EPOCHS - 1]);
                highest = Math.max(highest, loss[EPOCHS - 1]);
            }
            starts.add(new Start(run.label(), run.spec().initialWeights(), loss, Trajectory.classify(loss, floor),
                    result.summary().verdict().id()));
        }
        return new Measured(starts, allAgree, allLearn, new EveryStart(SEEDS + 1, maxHandVsAutograd),
                new Ends(givenFinal, lowest, highest, floor));
    }

    @Override
    public Section report(Measured m, Precision dtype) {
        List<List<String>> rows = new ArrayList<>();
        List<Series> curves = new ArrayList<>();
        for (Start start : m.starts()) {
            rows.add(List.of(start.name(), weights(start.initialWeights()), Text.number(start.loss()[0]),
                    Text.number(start.loss()[EPOCHS - 1]), start.kind().kind().id(), start.verdict()));
            curves.add(Series.overEpochs(start.name(), start.loss()));
        }
        Ends ends = m.ends();
        List<Finding> findings = List.of(
                Finding.of("three-way-every-start",
                        "from every start, hand chain rule, autograd and finite differences agree at every epoch",
                        m.allAgree(), m.everyStart()),
                Finding.of("every-start-learns",
                        "from every start the loss after " + EPOCHS + " epochs is below the loss at the start",
                        m.allLearn(), ends));
        String conclusion = "From every random start the loss falls (after " + EPOCHS + " epochs "
                + Text.number(ends.lowestRandomFinalLoss()) + " to " + Text.number(ends.highestRandomFinalLoss())
                + " against " + Text.number(ends.givenFinalLoss()) + " from the given weights), and the "
                + "three methods agree from every start to " + Text.number(m.everyStart().maxHandVsAutograd())
                + ". The start changes how fast "
                + "and along which path the loss falls, not that it falls: backpropagation needs no particular start, "
                + "only a non-symmetric one (see zero-init).";
        return new Section(
                List.of(new Table("Loss from each start", List.of("start", "w1..w8 (initial)", "epoch 1", "epoch " + EPOCHS,
                        "class", "three-way"), rows)),
                List.of(Plot.lines("random-init-loss", "Loss from given and random initial weights", "epoch", "loss", true,
                        curves)),
                findings, conclusion);
    }

    private static String weights(double[] w) {
        List<String> parts = new ArrayList<>();
        for (double v : w) {
            parts.add(Text.fixed(v, 3));
        }
        return String.join(", ", parts);
    }
}
