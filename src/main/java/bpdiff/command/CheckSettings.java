package bpdiff.command;

import bpdiff.check.program.ProgramDetector;
import bpdiff.program.ProgramLimits;
import bpdiff.program.notebook.NotebookProgram;
import java.util.List;
import java.util.function.Consumer;

/**
 * How to check a text, a program or a formula list ({@link TextCheck}).
 *
 * @param network the network's options: a formula list is checked on that network, a program refuses them
 * @param lossName a program's loss variable ({@code --loss-name}), or {@code null} for the usual names
 * @param parameters a program's parameters ({@code --params}), or empty to find them by their updates
 * @param limits the interpreter's limits for a program
 * @param output where a program's {@code print} output goes, or {@code null} to drop it
 * @param watch checked between two steps or epochs: {@link Watch#NONE} on the command line
 */
public record CheckSettings(NetworkSettings network, String lossName, List<String> parameters, ProgramLimits limits,
        Consumer<String> output, Watch watch) {

    /** Makes the list unmodifiable. */
    public CheckSettings {
        parameters = List.copyOf(parameters);
    }

    /**
     * Whether a text is checked as a program: it looks like one ({@link ProgramDetector}), or a program's own
     * option was given.
     *
     * @return true for a program, false for a formula list
     */
    public boolean readsAsProgram(String text) {
        return lossName != null || !parameters.isEmpty() || ProgramDetector.isProgram(text);
    }

    /**
     * Whether a file's text is checked as a program: a notebook always is.
     *
     * @param source the file's name
     * @return true for a program or a notebook, false for a formula list
     */
    public boolean readsAsProgram(String text, String source) {
        return NotebookProgram.isNotebook(source) || readsAsProgram(text);
    }
}
