package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.gradient.EngineUnavailableException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bpdiff} command: its subcommands, and how failures become exit statuses and one-line
 * messages ({@link ExitCode}).
 */
@Command(
        name = "bpdiff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Settles, with numbers, whether a hand-derived backpropagation agrees with PyTorch autograd.",
        subcommands = {CompareCommand.class, CheckCommand.class, RunCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs bpdiff and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
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
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
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
            failed.getErr().println("bpdiff: " + e.getMessage() + " (try '" + failed.getCommandSpec().qualifiedName()
                    + " --help')");
            failed.getErr().flush();
            return ExitCode.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            PrintWriter errors = failed.getErr();
            int status;
            if (e instanceof BadInputException) {
                errors.println("bpdiff: " + e.getMessage());
                status = ExitCode.BAD_INPUT;
            } else if (e instanceof EngineUnavailableException) {
                errors.println("bpdiff: " + e.getMessage());
                status = ExitCode.ENGINE_FAILURE;
            } else {
                errors.println("bpdiff: internal error, a bug in bpdiff (run with --debug for the stack trace)");
                status = ExitCode.INTERNAL_ERROR;
            }
            if (debug) {
                e.printStackTrace(errors);
            }
            errors.flush();
            return status;
        });
        int status;
        try {
            status = commandLine.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // a safety net: inputs are limited so that this does not happen
            err.println("bpdiff: the input is too large or too deeply nested to process (" + (e instanceof StackOverflowError
                    ? "too deep" : "out of memory") + ")");
            if (debug) {
                e.printStackTrace(err);
            }
            status = ExitCode.BAD_INPUT;
        }
        out.flush();
        err.flush();
        return status;
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
