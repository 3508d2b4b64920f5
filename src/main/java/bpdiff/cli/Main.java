package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.gradient.EngineUnavailableException;
import java.io.PrintWriter;
import java.util.Arrays;
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
public final class Main implements Runnable {

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
                errors.println("bpdiff: internal error: " + e + " (run with --debug for the stack trace)");
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
            err.println("bpdiff: the input is too large or too deeply nested to process (" + e.getClass().getSimpleName() + ")");
            if (debug) {
                e.printStackTrace(err);
            }
            status = ExitCode.BAD_INPUT;
        }
        out.flush();
        err.flush();
        return status;
    }

    /** DJL and slf4j-simple would otherwise print warnings (e.g. about CUDA) into every report. */
    private static void quietLibraries() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
