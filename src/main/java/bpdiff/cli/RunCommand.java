package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.experiment.Experiment;
import bpdiff.experiment.ExperimentRunner;
import bpdiff.experiment.Experiments;
import bpdiff.experiment.Lab;
import bpdiff.experiment.RunResult;
import bpdiff.experiment.Sources;
import bpdiff.gradient.EngineUnavailableException;
import bpdiff.gradient.Environment;
import bpdiff.gradient.Precision;
import bpdiff.report.OutputFiles;
import bpdiff.report.run.ConsoleSummary;
import bpdiff.report.run.PlotPool;
import bpdiff.report.run.ReportFolder;
import bpdiff.report.run.RunJunit;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bpdiff run}: every homework experiment, a console summary, and a report folder.
 *
 * <p>Exit status 0 when every expected finding of every experiment holds, 1 when some do not (they are
 * named), 2 for bad input (an unknown experiment id, an unwritable {@code --out}), 3 when the engine cannot
 * start. Progress goes to standard error, the summary to standard output.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the homework's experiments and write report.md, report.html, results.json and plots.")
public final class RunCommand implements Callable<Integer>, TellsFailures {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "report",
            description = "Report folder. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--only", paramLabel = "ID", split = ",",
            description = "Run only these experiments (and those they need), comma separated; see --list.")
    List<String> only = new ArrayList<>();

    @Option(names = "--list", description = "List the experiment ids with one-line descriptions, and exit.")
    boolean list;

    @Option(names = "--dtype", paramLabel = "TYPE", defaultValue = "float64",
            description = "Autograd precision where an experiment does not run both: ${COMPLETION-CANDIDATES}."
                    + " Default: ${DEFAULT-VALUE}.")
    Precision dtype;

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "Also write a JUnit XML report (Surefire format) to FILE: one test case per expected finding.")
    Path junitXml;

    @Option(names = "--mkdirs", description = "Create the folder of --junit-xml if it is missing (its parent must exist).")
    boolean mkdirs;

    private final Supplier<Sources> sources;
    private final List<Experiment<?>> catalogue;

    /** The command as {@code bpdiff run} uses it: the real sources and every experiment. */
    public RunCommand() {
        this(Sources::standard, Experiments.all());
    }

    /**
     * A command with other sources or experiments, for tests that break one on purpose.
     *
     * @param sources where the experiments get their gradient sources
     * @param catalogue the experiments that exist
     */
    RunCommand(Supplier<Sources> sources, List<Experiment<?>> catalogue) {
        this.sources = sources;
        this.catalogue = List.copyOf(catalogue);
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (list) {
            int width = catalogue.stream().mapToInt(e -> e.id().length()).max().orElse(0);
            for (Experiment<?> e : catalogue) {
                stdout.println(String.format(Locale.ROOT, "%-" + width + "s  %s", e.id(), e.about().description()));
            }
            stdout.flush();
            return ExitCode.SAME;
        }
        long started = System.nanoTime();
        RunResult run = runExperiments(stdout, stderr);
        if (junitXml != null) {
            OutputFiles.writeString(junitXml, RunJunit.render(run, (System.nanoTime() - started) / 1e9), "--junit-xml");
        }
        return run.holds() ? ExitCode.SAME : ExitCode.DIFFERENT;
    }

    /** Bad input and an engine that cannot start are still a JUnit report, which says why nothing ran. */
    @Override
    public Failure tell(Throwable e) {
        if (e instanceof BadInputException || e instanceof EngineUnavailableException) {
            return Failure.of(e).reportedBy(() -> new JunitFile(junitXml).writeError("bpdiff.run", "run",
                    (RuntimeException) e));
        }
        return Failure.of(e);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Runs the chosen experiments and writes the report folder. */
    private RunResult runExperiments(PrintWriter stdout, PrintWriter stderr) {
        Precision precision = dtype;
        List<Experiment<?>> chosen = Experiments.select(catalogue, only, "--only");
        // the report folder is run's output, so it may be created (one level: its parent must exist)
        OutputFiles.checkOutputFolder(out, true, "--out");
        if (junitXml != null) {
            OutputFiles.checkOutputFile(junitXml, mkdirs, "--junit-xml", java.util.List.of(), null, null);
        }
        Consumer<String> progress = line -> {
            stderr.println("bpdiff run: " + line);
            stderr.flush();
        };
        // the plots are drawn on a spare core, Java2D and the fonts loading there while the comparisons run
        try (PlotPool drawing = new PlotPool()) {
            long start = System.nanoTime();
            Environment environment = Environment.current(precision);
            progress.accept(String.format(Locale.ROOT, "engine started in %.2f s (JVM up %.2f s)", seconds(start),
                    ManagementFactory.getRuntimeMXBean().getUptime() / 1e3));
            Lab lab = new Lab(sources.get(), precision, progress);
            RunResult run = new ExperimentRunner(lab).run(chosen, environment, drawing::submit);
            start = System.nanoTime();
            List<String> written = ReportFolder.write(out, run, drawing, "--out");
            progress.accept(String.format(Locale.ROOT, "report and %d plots written in %.2f s", written.size() - 3,
                    seconds(start)));
            ConsoleSummary.print(run, out, written, stdout);
            return run;
        }
    }
}
