package bpdiff.experiment;

import bpdiff.gradient.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Runs a selection of experiments in one {@link Lab}: first every comparison they declare, batched
 * ({@link Lab#prepare}), then each experiment's measurement and report section in order, so later ones (the
 * summary) can read earlier ones' records.
 */
public final class ExperimentRunner {

    private final Lab lab;

    /**
     * Creates a runner.
     *
     * @param lab the sources, precision and progress output the experiments use
     */
    public ExperimentRunner(Lab lab) {
        this.lab = lab;
    }

    /**
     * Runs experiments in the order given.
     *
     * @param experiments the experiments (as chosen by {@link Experiments#select})
     * @param environment what the run runs on
     * @return every result
     * @throws bpdiff.gradient.EngineUnavailableException if the PyTorch engine cannot start
     */
    public RunResult run(List<Experiment<?>> experiments, Environment environment) {
        return run(experiments, environment, result -> { });
    }

    /**
     * Runs experiments in the order given, handing each result on as soon as it is made (so that its plots can be
     * drawn while the next experiments run).
     *
     * @param experiments the experiments (as chosen by {@link Experiments#select})
     * @param environment what the run runs on
     * @param reported receives each result, in order
     * @return every result
     * @throws bpdiff.gradient.EngineUnavailableException if the PyTorch engine cannot start
     */
    public RunResult run(List<Experiment<?>> experiments, Environment environment,
            Consumer<ExperimentResult> reported) {
        List<Run> runs = new ArrayList<>();
        for (Experiment<?> experiment : experiments) {
            runs.addAll(experiment.setup(lab.precision()).runs());
        }
        lab.begin("all");
        long start = System.nanoTime();
        lab.prepare(runs);
        lab.progress(String.format(Locale.ROOT, "%d comparisons run in %.1f s", runs.size(),
                (System.nanoTime() - start) / 1e9));
        List<ExperimentResult> results = new ArrayList<>();
        int done = 0;
        for (Experiment<?> experiment : experiments) {
            lab.begin(experiment.id());
            lab.progress("running (" + ++done + "/" + experiments.size() + ")");
            start = System.nanoTime();
            ExperimentResult result = run(experiment);
            lab.progress(String.format(Locale.ROOT, "done in %.1f s, %d/%d findings hold",
                    (System.nanoTime() - start) / 1e9, result.findings().size() - result.failing().size(),
                    result.findings().size()));
            results.add(result);
            reported.accept(result);
        }
        return new RunResult(environment, results);
    }

    /** Measures, records and reports one experiment. */
    private <M extends Record> ExperimentResult run(Experiment<M> experiment) {
        M measured = experiment.measure(lab);
        lab.record(experiment, measured);
        Section section = experiment.report(measured, lab.precision());
        About about = experiment.about();
        return new ExperimentResult(about.id(), about.title(), about.question(),
                experiment.setup(lab.precision()).description(), section.tables(), section.plots(), section.findings(),
                section.conclusion(), section.timings());
    }
}
