package bpdiff.cli;

import bpdiff.command.Outcome;
import bpdiff.report.OutputFiles;
import bpdiff.report.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where a command's outcome goes: rendered in its {@code --format} to standard output, or to {@code --out}, whole
 * or not at all, and then its one-line summary ({@link Outcome#summary()}) to standard output.
 *
 * @param format {@code --format}
 * @param out {@code --out}, or {@code null} for standard output
 */
record Delivery(OutputFormat format, Path out) {

    /**
     * Computes an outcome and writes its rendering whole.
     *
     * @param stdout standard output
     * @param outcome computes the outcome
     * @param <O> the outcome's type
     * @throws bpdiff.BadInputException if {@code --out} cannot be written
     */
    <O extends Outcome> O deliver(PrintWriter stdout, Supplier<O> outcome) {
        return stream(stdout, writer -> {
            O computed = outcome.get();
            write(writer, computed.render(format));
            return computed;
        });
    }

    /**
     * Computes an outcome that writes its rendering as it goes.
     *
     * @param stdout standard output
     * @param outcome computes the outcome, writing {@link #format()} into the writer it is given
     * @param <O> the outcome's type
     * @throws bpdiff.BadInputException if {@code --out} cannot be written
     */
    <O extends Outcome> O stream(PrintWriter stdout, Function<Writer, O> outcome) {
        O computed;
        if (out == null) {
            computed = outcome.apply(stdout);
        } else {
            try (OutputFiles.AtomicFile file = OutputFiles.open(out, "--out")) {
                computed = outcome.apply(file.writer());
                file.commit();
            }
            stdout.println(computed.summary() + " (written to " + out + ")");
        }
        stdout.flush();
        return computed;
    }

    /** @param writer where the text goes */
    static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
