package bpdiff.experiment;

import bpdiff.gradient.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs a selection of experiments in one {@link Lab}, so later ones (the summary) can read earlier ones.
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
    public RunResult run(List<Experiment> experiments, Environment environment) {
        List<ExperimentResult> results = new ArrayList<>();
        int done = 0;
        for (Experiment experiment : experiments) {
            lab.begin(experiment.id());
            lab.progress("running (" + ++done + "/" + experiments.size() + ")");
            long start = System.nanoTime();
            ExperimentResult result = experiment.run(lab);
            lab.progress(String.format(Locale.ROOT, "done in %.1f s, %d/%d findings hold",
                    (System.nanoTime() - start) / 1e9, result.findings().size() - result.failing().size(),
                    result.findings().size()));
            lab.record(result);
            results.add(result);
        }
        return new RunResult(environment, results);
    }
}
