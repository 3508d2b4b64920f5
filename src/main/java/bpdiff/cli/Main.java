package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.Identified;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.gradient.PyTorchEngine;
import bpdiff.network.Activation;
import bpdiff.network.Initialization;
import bpdiff.network.LossFunction;
import bpdiff.report.OutputFormat;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code bpdiff} command: its subcommands, the options every command has ({@code --debug}), how the words of
 * the fixed sets ({@code --dtype float32}, {@code --activation relu}, …) become their enums, and how failures become
 * exit statuses and one-line messages ({@link ExitCode}).
 */
@Command(
        name = "bpdiff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Settles, with numbers, whether a hand-derived backpropagation agrees with PyTorch autograd.",
        subcommands = {CompareCommand.class, CheckCommand.class, RunCommand.class, ServeCommand.class, GradeCommand.class,
            DiffCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The commands that run the engine. */
    private static final Set<String> ENGINE_COMMANDS = Set.of("compare", "run", "check", "grade", "diff");

    /** Read from the arguments before parsing too, so that even a parse failure can show its trace. */
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error (for a bug report).")
    private boolean debug;

    /**
     * Runs bpdiff and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // a helper thread's failure (JNA's cleaner out of native memory) is not the command's: the main thread's
        // outcome gives the one line and the exit status; the JVM's own "Exception in thread …" would name Java classes
        boolean debug = Arrays.asList(args).contains("--debug");
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (debug) {
                e.printStackTrace();
            }
        });
        int status = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        PyTorchEngine.awaitLoading();
        System.exit(status);
    }

    /**
     * Runs bpdiff with the given streams; what tests call.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        quietLibraries();
        if (args.length > 0 && ENGINE_COMMANDS.contains(args[0])) {
            // the commands that need PyTorch load it while picocli parses and their classes load
            PyTorchEngine.startLoading();
        }
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        register(commandLine, Precision.class, "dtype");
        register(commandLine, Activation.class, "activation");
        register(commandLine, LossFunction.class, "loss");
        register(commandLine, Initialization.class, "initialisation");
        register(commandLine, HandDerivation.class, "hand derivation");
        register(commandLine, OutputFormat.class, "format");
        commandLine.setParameterExceptionHandler((e, a) -> {
            CommandLine failed = e.getCommandLine();
            if (failed == commandLine && e instanceof CommandLine.UnmatchedArgumentException unmatched
                    && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
                failed.getErr().println("bpdiff: unknown command '" + unmatched.getUnmatched().get(0)
                        + "', expected one of " + String.join(", ", commandLine.getSubcommands().keySet())
                        + " (try 'bpdiff --help')");
                failed.getErr().flush();
                return ExitCode.BAD_INPUT;
            }
            if (e.getCause() instanceof CommandLine.TypeConversionException bad
                    && e.getArgSpec() instanceof OptionSpec option) {
                // a value picocli could not convert: the converter's words and the flag, as every bad input says it
                failed.getErr().println("bpdiff: " + bad.getMessage() + " (" + option.longestName() + ")");
                failed.getErr().flush();
                return ExitCode.BAD_INPUT;
            }
            failed.getErr().println("bpdiff: " + e.getMessage() + " (try '" + failed.getCommandSpec().qualifiedName()
                    + " --help')");
            failed.getErr().flush();
            return ExitCode.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) ->
                fail(e, failed.getCommand(), failed.getErr(), debug));
        int status;
        try {
            status = commandLine.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // errors pass picocli's handler by
            status = fail(e, running(commandLine), err, debug);
        }
        out.flush();
        err.flush();
        return status;
    }

    /**
     * The one place a failure of any command is told: the command's {@link TellsFailures#tell} (or {@link
     * Failure#of}) on standard error, then its report, then under {@code --debug} the stack trace.
     *
     * @return the exit status
     */
    private static int fail(Throwable e, Object command, PrintWriter err, boolean debug) {
        Failure failure = command instanceof TellsFailures teller ? teller.tell(e) : Failure.of(e);
        err.print(failure.told());
        err.flush();
        failure.report().run();
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return failure.status();
    }

    /** @return the command that was running: the last subcommand parsed, or {@code bpdiff} itself */
    private static Object running(CommandLine commandLine) {
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        if (parsed == null) {
            return null;
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec().userObject();
    }

    /**
     * Lets picocli read one of bpdiff's fixed sets by its words: an unknown word is picocli's conversion error, which
     * the parameter-exception handler turns into {@code bpdiff: unknown <what> '<word>', expected one of … (<flag>)}.
     */
    private static <E extends Enum<E> & Identified> void register(CommandLine commandLine, Class<E> type, String what) {
        commandLine.registerConverter(type, word -> {
            try {
                return Identified.parse(type, word, what, null);
            } catch (BadInputException e) {
                throw new CommandLine.TypeConversionException(e.problem());
            }
        });
    }

    /**
     * DJL and slf4j-simple would otherwise print warnings into every report. {@code simplelogger.properties} says
     * the same; a system property set by the caller (a test's {@code warn}) still wins for the default level, but
     * never lets the CUDA probe of a CPU-only machine ({@code ai.djl.util.cuda.CudaUtils}: "Failed to detect GPU
     * count") through.
     */
    private static void quietLibraries() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        }
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "off");
    }

    /** Without a command: exit 2 and one line listing the commands. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("bpdiff: a command is needed, one of " + commands() + " (try 'bpdiff --help')");
        return ExitCode.BAD_INPUT;
    }

    private String commands() {
        return String.join(", ", spec.commandLine().getSubcommands().keySet());
    }
}
