package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.check.SourceExcerpt;
import bpdiff.check.SourceFiles;
import bpdiff.check.diff.ParameterMap;
import bpdiff.check.diff.ProgramDiff;
import bpdiff.check.program.CheckOptions;
import bpdiff.check.program.ProgramJunitFormat;
import bpdiff.command.DiffOutcome;
import bpdiff.gradient.Precision;
import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import bpdiff.program.ProgramLimits;
import bpdiff.report.OutputFiles;
import bpdiff.report.OutputFormat;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bpdiff diff A.py B.py}: two programs of one homework (numpy or torch, any mix) run and checked each on its
 * own, then compared epoch by epoch ({@link ProgramDiff}). Exit status like diff(1): 0 the same, 1 different,
 * 2 bad input (either program cannot be checked, a {@code --map} that names no parameter, no parameter in common),
 * 3 the engine cannot start. {@code --junit-xml} is written for every outcome.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Compare two programs of the same homework epoch by epoch: their losses, and for each parameter the "
                    + "gradient each subtracts and the weights each update makes; says where they first differ, by "
                    + "how much, and which program is right (its gradients are autograd's of its own loss).",
            "Exit status: 0 the same, 1 different, 2 bad input, 3 the engine cannot start."
        })
public final class DiffCommand implements Callable<Integer>, TellsFailures {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The first program.")
    private Path fileA;

    @Parameters(index = "1", paramLabel = "B", description = "The second program.")
    private Path fileB;

    @Option(names = "--map", paramLabel = "A=B",
            description = "Pairs of parameters whose names differ: A's name=B's name (w1=W1[0][0],w2=W1[0][1]); "
                    + "parameters of the same name are paired anyway.")
    private List<String> map = List.of();

    @Option(names = "--dtype", paramLabel = "TYPE", defaultValue = "float64",
            description = "Autograd's precision: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private Precision dtype;

    @Mixin
    private LossOptions loss;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "${COMPLETION-CANDIDATES} (html: a page with both computation graphs, the differing "
                    + "parameters marked). Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    private Path out;

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "Also write JUnit XML: a test case for the losses and one per parameter, a failure where the "
                    + "programs differ.")
    private Path junitXml;

    @Option(names = "--mkdirs",
            description = "Create the folder of --out or --junit-xml if it is missing (its parent must exist).")
    private boolean mkdirs;

    private long start;
    /** Each program's text by its name, once read: a problem's line is quoted from it. */
    private final Map<String, String> texts = new HashMap<>();

    @Override
    public Integer call() {
        start = System.nanoTime();
        return diff();
    }

    /** A program that cannot be run is told with its line and a caret under it; bad input is the JUnit report's error. */
    @Override
    public Failure tell(Throwable e) {
        if (e instanceof BadProgramException bad) {
            return new Failure(Problems.told(bad.problems(), this::excerpt), ExitCode.BAD_INPUT,
                    () -> new JunitFile(junitXml).writeFailure(() -> ProgramJunitFormat.problems(
                            bad.problems().get(0).source(), bad.problems(), seconds())));
        }
        if (e instanceof BadInputException bad) {
            return Failure.of(e).reportedBy(() -> new JunitFile(junitXml).writeFailure(() -> ProgramJunitFormat.problems(
                    fileA + " vs " + fileB, List.of(Problems.of(bad, String.valueOf(fileA))), seconds())));
        }
        return Failure.of(e);
    }

    private int diff() {
        OutputFiles.checkOutputs(out, junitXml, mkdirs, java.util.Arrays.asList(fileA, fileB), () -> junitXml = null);
        ParameterMap pairs = ParameterMap.parse(map);
        String textA = SourceFiles.read(fileA);
        String textB = SourceFiles.read(fileB);
        texts.put(fileA.toString(), textA);
        texts.put(fileB.toString(), textB);
        CheckOptions options = new CheckOptions(dtype, loss.given(), List.of(), ProgramLimits.DEFAULT, null);
        DiffOutcome outcome = new Delivery(format, out).deliver(spec.commandLine().getOut(), () -> new DiffOutcome(
                ProgramDiff.diff(textA, fileA.toString(), textB, fileB.toString(), options, pairs)));
        junit(() -> outcome.junitXml(seconds()));
        return outcome.passed() ? ExitCode.SAME : ExitCode.DIFFERENT;
    }

    /** Writes the JUnit XML, if asked for ({@link JunitFile#write}). */
    private void junit(java.util.function.Supplier<String> xml) {
        new JunitFile(junitXml).write(xml);
    }

    private double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    private String excerpt(Problem p) {
        if (p.line() <= 0) {
            return "";
        }
        String text = texts.get(p.source());
        // a notebook's problem quotes its cell's line; a file's, the file's
        return text == null ? "" : SourceExcerpt.of(p, p.lines().hasCells() ? List.of() : text.lines().toList());
    }
}
