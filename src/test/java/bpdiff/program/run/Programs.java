package bpdiff.program.run;

import bpdiff.program.ProgramLimits;
import bpdiff.program.syntax.Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs programs in tests: from text or from {@code examples/programs/}, with their printed lines. */
final class Programs {

    /**
     * What a run gave.
     *
     * @param trace the tape and events
     * @param output the printed lines
     */
    record Run(Trace trace, List<String> output) {}

    private Programs() {}

    static Run run(String text) {
        return run(text, ProgramLimits.DEFAULT);
    }

    static Run run(String text, ProgramLimits limits) {
        List<String> output = new ArrayList<>();
        Trace trace = Interpreter.run(Parser.parse(text, "p.py"), new RunOptions(
                Set.of("loss", "L", "E", "E_total", "error", "cost", "J"), name -> name.startsWith("d"), limits,
                output::add));
        return new Run(trace, output);
    }

    static String example(String name) {
        try {
            return Files.readString(Path.of("examples/programs", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
