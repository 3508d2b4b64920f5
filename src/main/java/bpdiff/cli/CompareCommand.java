package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.command.ComparisonSettings;
import bpdiff.command.OptionStyle;
import bpdiff.command.Watch;
import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Mode;
import bpdiff.gradient.EngineUnavailableException;
import bpdiff.gradient.Environment;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.HandDerivation;
import bpdiff.network.NetworkSpec;
import bpdiff.report.CompareHtml;
import bpdiff.report.CompareJson;
import bpdiff.report.CompareJunit;
import bpdiff.report.CompareMarkdown;
import bpdiff.report.CompareText;
import bpdiff.report.OutputFiles;
import bpdiff.report.OutputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bpdiff compare}: a hand derivation, DJL autograd and finite differences on the same network,
 * compared parameter by parameter and epoch by epoch. Exit status like diff(1).
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Compare a hand derivation with DJL autograd (PyTorch engine), finite differences as referee.",
            "Exit status: 0 every epoch compared and all agree, 1 they differ or diverged (not every epoch compared),",
            "2 bad usage or input, 3 the engine cannot start."
        })
public final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private NetworkOptions networkOptions;

    @Option(names = "--manual", paramLabel = "NAME",
            description = "Hand derivation: ${COMPLETION-CANDIDATES} (homework 2 as published, corrected, or the chain"
                    + " rule for any network). Default: corrected for the lecture network, general otherwise.")
    private HandDerivation manual;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "${COMPLETION-CANDIDATES} (html: a page with the network drawn; use with --out)."
                    + " Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the result to FILE instead of standard output.")
    private Path out;

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "Also write a JUnit XML report (Surefire format) to FILE: one test case per parameter.")
    private Path junitXml;

    @Option(names = "--mkdirs",
            description = "Create the folder of --out or --junit-xml if it is missing (its parent must exist).")
    private boolean mkdirs;

    @Option(names = "--lockstep",
            description = "Evaluate every source at autograd's weights each epoch, so each mismatch is the derivative's"
                    + " alone. Default: each side trains its own weights, as the two homework programs do.")
    private boolean lockstep;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try {
            return compare(started);
        } catch (BadInputException | EngineUnavailableException e) {
            // CI still gets a report that says why nothing was compared
            ReportOnError.write(junitXml, "bpdiff.compare", "compare", e);
            throw e;
        }
    }

    private int compare(long started) {
        Mode mode = lockstep ? Mode.LOCKSTEP : Mode.INDEPENDENT;
        ComparisonSettings settings = new ComparisonSettings(networkOptions.spec(), networkOptions.precision(), manual,
                mode, OptionStyle.COMMAND_LINE);
        networkOptions.settings().warnings().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().flush();
        NetworkSpec network = settings.network();
        GradientSource hand = settings.hand();
        if (out != null) {
            OutputFiles.checkOutputFolder(out.toAbsolutePath().getParent(), mkdirs, "--out");
        }
        if (junitXml != null) {
            OutputFiles.checkOutputFolder(junitXml.toAbsolutePath().getParent(), mkdirs, "--junit-xml");
        }
        ComparisonResult result;
        try (OutputFiles.AtomicFile file = out == null ? null : OutputFiles.open(out, "--out")) {
            Writer writer = file == null ? spec.commandLine().getOut() : file.writer();
            Environment environment;
            if (format == OutputFormat.JSON) {
                // every epoch, written as it is compared: memory stays flat however many epochs there are
                CompareJson json = CompareJson.start(writer, network.name(), network.activations(), settings.precision(),
                        hand.name(), mode, network.learningRate(), network.epochs(), network.parameterNames());
                result = settings.run(hand, Watch.NONE, json, index -> false);
                environment = Environment.current(settings.precision());
                json.finish(result.summary(), environment);
            } else {
                // the text views show a few epochs and the page a bounded sample of them: only those are kept
                result = settings.run(hand, Watch.NONE, step -> { }, format == OutputFormat.HTML
                        ? CompareHtml.kept(network) : index -> false);
                environment = Environment.current(settings.precision());
                write(writer, switch (format) {
                    case MARKDOWN -> CompareMarkdown.render(result, environment);
                    case HTML -> CompareHtml.render(result, network, environment);
                    default -> CompareText.render(result, environment);
                });
            }
            if (junitXml != null) {
                OutputFiles.writeString(junitXml, CompareJunit.render(result, (System.nanoTime() - started) / 1e9),
                        "--junit-xml");
            }
            if (file != null) {
                file.commit();
                spec.commandLine().getOut().println(CompareTextSummary.line(result) + " (written to " + out + ")");
            }
        }
        spec.commandLine().getOut().flush();
        return result.agrees() ? ExitCode.SAME : ExitCode.DIFFERENT;
    }

    private static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
