package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.check.CheckReport;
import bpdiff.check.Derivation;
import bpdiff.check.DerivationChecker;
import bpdiff.check.DerivationParser;
import bpdiff.check.JsonFormat;
import bpdiff.check.JunitXmlFormat;
import bpdiff.check.MarkdownFormat;
import bpdiff.check.MathFunction;
import bpdiff.check.NetworkNames;
import bpdiff.check.SourceExcerpt;
import bpdiff.check.TextFormat;
import bpdiff.diff.Tolerance;
import bpdiff.gradient.DjlAutograd;
import bpdiff.gradient.FiniteDifferences;
import bpdiff.gradient.Precision;
import bpdiff.network.NetworkSpec;
import bpdiff.report.OutputFiles;
import bpdiff.report.html.CheckHtml;
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
 * {@code bpdiff check FILE}: a student's own hand derivation, one {@code name = expression} per line,
 * checked formula by formula against PyTorch autograd, with the first wrong line and a likely diagnosis.
 *
 * <p>Every assigned {@code d_<parameter>} is compared with \( \partial L / \partial parameter \), every
 * {@code d_<neuron>} / {@code d_out_<neuron>} with \( \partial L / \partial out \), every
 * {@code delta_<neuron>} / {@code d_in_<neuron>} with \( \partial L / \partial in \); other names are
 * helpers. The formulas see the first sample's inputs, targets and forward values. Exit status: 0 every
 * checked formula matches, 1 some is wrong, 2 bad input, 3 the engine cannot start.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check your own hand-derived backpropagation formulas against PyTorch autograd.",
            "FILE has one 'name = expression' per line, as homework code writes them; d_w1, d_o1 (= dL/dout_o1),"
                    + " delta_h1 (= dL/din_h1) ... are checked, other names are helpers. --names lists them.",
            "Exit status: 0 all checked formulas match, 1 some are wrong, 2 bad input, 3 the engine cannot start."
        })
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private NetworkOptions networkOptions;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The derivation to check.")
    private Path file;

    @Option(names = "--names", description = "Print the names the derivation may use for the network, and exit.")
    private boolean names;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, markdown or html (a page with the network drawn; use with --out)."
                    + " Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    private Path out;

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "Also write JUnit XML (Surefire format), one test case per checked formula.")
    private Path junitXml;

    private boolean debug;

    @Override
    public Integer call() {
        try {
            return check();
        } catch (BadInputException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("bpdiff: " + e.getMessage());
            err.print(SourceExcerpt.at(e.where()));
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.BAD_INPUT;
        }
    }

    private int check() {
        if (!List.of("text", "json", "markdown", "html").contains(format)) {
            throw new BadInputException("unknown format '" + format + "', expected text, json, markdown or html",
                    "--format");
        }
        NetworkSpec network = networkOptions.spec();
        Precision precision = networkOptions.precision();
        if (names) {
            spec.commandLine().getOut().print(namesText(network));
            spec.commandLine().getOut().flush();
            return ExitCode.SAME;
        }
        if (file == null) {
            throw new BadInputException("no derivation file given (bpdiff check FILE; --names lists the names)", "FILE");
        }
        checkWritable(out, "--out");
        checkWritable(junitXml, "--junit-xml");
        Derivation derivation = DerivationParser.parse(file);
        DerivationChecker.validate(derivation, network);
        int epochs = networkOptions.epochsOr(1);
        NetworkSpec firstSample = DerivationChecker.firstSample(network);
        long start = System.nanoTime();
        CheckReport report;
        try (DjlAutograd autograd = new DjlAutograd(firstSample, precision);
                DjlAutograd trainer = firstSample == network ? null : new DjlAutograd(network, precision, false)) {
            report = new DerivationChecker(network, autograd, new FiniteDifferences(firstSample),
                    trainer == null ? autograd : trainer, Tolerance.forAutograd(precision), precision.id())
                    .check(derivation, epochs);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String rendered = switch (format) {
            case "json" -> JsonFormat.write(report);
            case "markdown" -> MarkdownFormat.write(report);
            case "html" -> CheckHtml.render(report, network);
            default -> TextFormat.write(report);
        };
        if (junitXml != null) {
            OutputFiles.writeString(junitXml, JunitXmlFormat.write(report, seconds), "--junit-xml");
        }
        if (out == null) {
            spec.commandLine().getOut().print(rendered);
        } else {
            OutputFiles.writeString(out, rendered, "--out");
            spec.commandLine().getOut().println(report.summary() + " (written to " + out + ")");
        }
        spec.commandLine().getOut().flush();
        return report.passed() ? ExitCode.SAME : ExitCode.DIFFERENT;
    }

    /** Fails before the engine starts, not after the check, if an output file's folder cannot be written. */
    private static void checkWritable(Path target, String flag) {
        if (target != null) {
            OutputFiles.checkWritableFolder(target.toAbsolutePath().getParent(), flag);
        }
    }

    private static String namesText(NetworkSpec network) {
        NetworkNames n = new NetworkNames(network);
        List<String> derivatives = n.derivativeNames();
        StringBuilder text = new StringBuilder();
        text.append("Names a derivation may use for network ").append(network.name()).append(":\n");
        text.append("  inputs          ").append(String.join(", ", n.inputs())).append('\n');
        text.append("  targets         ").append(String.join(", ", n.targets())).append('\n');
        text.append("  parameters      ").append(String.join(", ", n.parameters())).append('\n');
        text.append("  forward         ").append(String.join(", ", n.forward())).append('\n');
        text.append("  learning rate   ").append(String.join(", ", NetworkNames.LEARNING_RATE)).append('\n');
        text.append("Derivatives that are checked (any other assigned name is a helper):\n");
        text.append("  d_<parameter>                  dL/d<parameter>: ")
                .append(String.join(", ", derivatives.stream().filter(d -> n.parameters().contains(d.substring(2))
                        && d.startsWith("d_")).toList())).append('\n');
        text.append("  d_<neuron>, d_out_<neuron>     dL/dout: ")
                .append(String.join(", ", derivatives.stream().filter(d -> d.startsWith("d_")
                        && !n.parameters().contains(d.substring(2))).toList())).append('\n');
        text.append("  delta_<neuron>, d_in_<neuron>  dL/din (the lecture's delta): ")
                .append(String.join(", ", derivatives.stream().filter(d -> d.startsWith("delta_")).toList()))
                .append('\n');
        text.append("Functions: ").append(String.join(" ", MathFunction.ids()))
                .append(" (prefixes np., math., torch. are ignored)\n");
        return text.toString();
    }
}
