package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.command.CompareOutcome;
import bpdiff.command.ComparisonSettings;
import bpdiff.command.OptionStyle;
import bpdiff.command.Watch;
import bpdiff.diff.Mode;
import bpdiff.gradient.EngineUnavailableException;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.HandDerivation;
import bpdiff.network.NetworkSpec;
import bpdiff.report.CompareHtml;
import bpdiff.report.CompareJson;
import bpdiff.report.OutputFiles;
import bpdiff.report.OutputFormat;
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
public final class CompareCommand implements Callable<Integer>, TellsFailures {

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
        Mode mode = lockstep ? Mode.LOCKSTEP : Mode.INDEPENDENT;
        ComparisonSettings settings = new ComparisonSettings(networkOptions.spec(), networkOptions.precision(), manual,
                mode, OptionStyle.COMMAND_LINE);
        networkOptions.settings().warnings().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().flush();
        NetworkSpec network = settings.network();
        GradientSource hand = settings.hand();
        OutputFiles.checkOutputs(out, junitXml, mkdirs, inputs(), () -> junitXml = null);
        CompareOutcome outcome = new Delivery(format, out).stream(spec.commandLine().getOut(), writer -> {
            if (format != OutputFormat.JSON) {
                // the text views show a few epochs and the page a bounded sample of them: only those are kept
                CompareOutcome compared = settings.compare(hand, Watch.NONE, step -> { },
                        format == OutputFormat.HTML ? CompareHtml.kept(network) : index -> false);
                Delivery.write(writer, compared.render(format));
                return compared;
            }
            // every epoch, written as it is compared: memory stays flat however many epochs there are
            CompareJson json = CompareJson.start(writer, settings.setup(hand));
            CompareOutcome compared = settings.compare(hand, Watch.NONE, json, index -> false);
            json.finish(compared.result().summary(), compared.environment());
            return compared;
        });
        if (junitXml != null) {
            OutputFiles.writeString(junitXml, outcome.junitXml((System.nanoTime() - started) / 1e9), "--junit-xml");
        }
        return outcome.passed() ? ExitCode.SAME : ExitCode.DIFFERENT;
    }

    /** @return the files the command reads: the network file, if any */
    private java.util.List<Path> inputs() {
        return java.util.Arrays.asList(networkOptions.networkFile());
    }

    /** Bad input and an engine that cannot start are still a JUnit report, which says why nothing was compared. */
    @Override
    public Failure tell(Throwable e) {
        if (e instanceof BadInputException || e instanceof EngineUnavailableException) {
            return Failure.of(e).reportedBy(() -> new JunitFile(junitXml).writeError("bpdiff.compare", "compare",
                    (RuntimeException) e));
        }
        return Failure.of(e);
    }
}
