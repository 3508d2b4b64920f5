package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.check.SourceExcerpt;
import bpdiff.check.SourceFiles;
import bpdiff.check.program.ProgramCheck;
import bpdiff.check.program.ProgramJunitFormat;
import bpdiff.command.CheckOutcome;
import bpdiff.command.CheckSettings;
import bpdiff.command.TextCheck;
import bpdiff.command.TimeLimit;
import bpdiff.gradient.EngineUnavailableException;
import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import bpdiff.program.ProgramLimits;
import bpdiff.program.ProgramOutOfMemoryError;
import bpdiff.report.OutputFiles;
import bpdiff.report.OutputFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bpdiff check FILE}: a student's own backpropagation checked against PyTorch autograd.
 *
 * <p>A program (it imports, loops, prints or computes its loss) runs in bpdiff's Python interpreter; its
 * forward pass is differentiated by autograd at every epoch of its own loop, and every gradient it subtracts in
 * an update and every {@code d_…} value it computes is checked ({@link ProgramCheck}). A formula list
 * ({@code name = expression} lines only) is checked on a network's names as before. Both are {@link TextCheck}'s,
 * which {@code bpdiff serve} calls too; this class reads the file and writes the report.
 * Exit status: 0 everything checked matches and nothing was left unchecked, 1 something is wrong or unchecked,
 * 2 bad input, 3 the engine cannot start. {@code --junit-xml} is written for every outcome.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check your own backpropagation against PyTorch autograd: your homework program as it is, or a list of "
                    + "formulas.",
            "A program runs in bpdiff's Python interpreter (numpy subset); every gradient it subtracts in an update "
                    + "(w = w - lr * g) and every d_<name> it computes is checked at every epoch of its loop.",
            "A formula list (name = expression lines only) is checked on the network's names: d_w1, d_o1 "
                    + "(= dL/dout_o1), delta_h1 (= dL/din_h1) ...; --names lists them.",
            "Exit status: 0 all checked and all match, 1 something is wrong or not checked, 2 bad input, "
                    + "3 the engine cannot start."
        })
public final class CheckCommand implements Callable<Integer>, TellsFailures {

    @Spec
    private CommandSpec spec;

    @Mixin
    private NetworkOptions networkOptions;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The program or formula list to check.")
    private Path file;

    @Option(names = "--names", description = "Print the names a formula list may use for the network, and exit.")
    private boolean names;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "${COMPLETION-CANDIDATES} (html: a page, a formula list beside the network, a program beside"
                    + " its computation graph; use with --out)."
                    + " Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    private Path out;

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "Also write JUnit XML (Surefire format): a test case per checked gradient, an error per "
                    + "problem of a file that cannot be checked.")
    private Path junitXml;

    @Option(names = "--mkdirs",
            description = "Create the folder of --out or --junit-xml if it is missing (its parent must exist).")
    private boolean mkdirs;

    @Mixin
    private LossOptions loss;

    @Option(names = "--params", paramLabel = "NAME", split = ",",
            description = "A program's parameters. Default: the variables it updates (w = w - lr * g).")
    private List<String> params = List.of();

    @Option(names = "--show-output", description = "Print the program's own output (print) to standard error.")
    private boolean showOutput;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "Wall time of the whole check: the program's run in bpdiff's "
                    + "interpreter and the differentiation of its epochs. Default: ${DEFAULT-VALUE}.")
    private double timeLimit;
    private long start;
    /** The checked file's text, once read: a problem's line is quoted from it. */
    private String text;

    @Override
    public Integer call() {
        start = System.nanoTime();
        if (names) {
            spec.commandLine().getOut().print(NamesText.of(networkOptions.spec()));
            spec.commandLine().getOut().flush();
            return ExitCode.SAME;
        }
        if (file == null) {
            throw new BadInputException("no file given (bpdiff check FILE; --names lists a formula list's names)",
                    "FILE");
        }
        ProgramLimits.timeLimit(timeLimit, "--time-limit");
        OutputFiles.checkOutputs(out, junitXml, mkdirs, java.util.Arrays.asList(file, networkOptions.networkFile()),
                () -> junitXml = null);
        text = SourceFiles.read(file);
        PrintWriter err = spec.commandLine().getErr();
        CheckSettings settings = new CheckSettings(networkOptions.settings(), loss.given(), params,
                ProgramLimits.DEFAULT.withSeconds(timeLimit), showOutput ? err::println : null,
                new TimeLimit(start, timeLimit, file.toString()));
        if (showOutput && !settings.readsAsProgram(text, file.toString())) {
            throw new BadInputException("--show-output shows a program's output; " + file + " is a formula list",
                    "--show-output");
        }
        if (!settings.readsAsProgram(text, file.toString())) {
            // a formula list is checked on the network's loss: the same warnings as compare's
            settings.network().warnings().forEach(err::println);
            err.flush();
        }
        CheckOutcome outcome = new Delivery(format, out).deliver(spec.commandLine().getOut(),
                () -> TextCheck.run(text, file.toString(), settings));
        junit(() -> outcome.junitXml(seconds()));
        return outcome.passed() ? ExitCode.SAME : ExitCode.DIFFERENT;
    }

    /**
     * A file that cannot be checked is told with its line and a caret under it, and is the JUnit report's error, as
     * are an engine that cannot start and memory run out.
     */
    @Override
    public Failure tell(Throwable e) {
        if (e instanceof BadProgramException bad) {
            return new Failure(Problems.told(bad.problems(), this::excerpt), ExitCode.BAD_INPUT, reported(bad.problems()));
        }
        if (e instanceof BadInputException bad) {
            return new Failure("bpdiff: " + bad.getMessage() + "\n" + SourceExcerpt.at(bad.position()),
                    ExitCode.BAD_INPUT, reported(List.of(Problems.of(bad, source()))));
        }
        if (e instanceof EngineUnavailableException) {
            return Failure.of(e).reportedBy(reported(List.of(usage(e.getMessage()))));
        }
        if (e instanceof ProgramOutOfMemoryError program) {
            // the program's values are unreachable now: there is room to say so, at the statement that filled it
            return new Failure("bpdiff: " + program.problem().text() + "\n" + excerpt(program.problem()),
                    ExitCode.BAD_INPUT, reported(List.of(program.problem())));
        }
        if (e instanceof OutOfMemoryError outOfMemory) {
            // what the check held is unreachable now: there is room to say so, at the file that needed it
            String problem = OutOfMemory.explain(outOfMemory, Runtime.getRuntime().maxMemory(),
                    "make the program's arrays and lists smaller");
            return Failure.said(problem + " (" + source() + ")", ExitCode.BAD_INPUT)
                    .reportedBy(reported(List.of(usage(problem))));
        }
        return Failure.of(e);
    }

    private Problem usage(String message) {
        return new Problem(Problem.Kind.USAGE, message, source(), 0, 0);
    }

    private Runnable reported(List<Problem> problems) {
        return () -> new JunitFile(junitXml).writeFailure(() -> ProgramJunitFormat.problems(source(), problems,
                seconds()));
    }

    /** Writes the JUnit XML, if asked for ({@link JunitFile#write}). */
    private void junit(java.util.function.Supplier<String> xml) {
        new JunitFile(junitXml).write(xml);
    }

    private String source() {
        return file == null ? "FILE" : file.toString();
    }

    private double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    private String excerpt(Problem p) {
        if (text == null || p.line() <= 0) {
            return "";
        }
        // a notebook's problem quotes its cell's line; a file's, the file's
        return SourceExcerpt.of(p, p.lines().hasCells() ? List.of() : text.lines().toList());
    }
}
