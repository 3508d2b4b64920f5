package bpdiff.check.program;

import bpdiff.diff.Tolerance;
import bpdiff.program.BadProgramException;
import bpdiff.program.SourceMap;
import bpdiff.program.notebook.NotebookProgram;
import bpdiff.program.run.Interpreter;
import bpdiff.program.run.LossExpression;
import bpdiff.program.run.RunOptions;
import bpdiff.program.syntax.Parser;
import bpdiff.program.syntax.Program;
import bpdiff.program.tape.TapeAutograd;
import java.util.List;
import java.util.Set;

/**
 * {@code bpdiff check} on a program: runs it, finds its loss, parameters and claimed derivatives, replays
 * every epoch's forward pass with autograd and finite differences, and judges and diagnoses every claim. The
 * single entry point for the command line and for anything else (an HTTP service, a test): source text and
 * options in, a {@link ProgramReport} out, or a {@link BadProgramException} with every problem and its
 * position. A notebook's program ({@link NotebookProgram}) is checked the same way, every position in its cells.
 */
public final class ProgramCheck {

    private ProgramCheck() {}

    /**
     * Checks a program.
     *
     * @param text the program's text
     * @param source its file name, for positions
     * @param options how to check it
     * @return the report
     * @throws BadProgramException for syntax, name and subset errors (all of them), an error while it runs, a
     *     limit, or no loss to differentiate
     * @throws bpdiff.gradient.EngineUnavailableException if the PyTorch engine cannot start
     */
    public static ProgramReport check(String text, String source, CheckOptions options) {
        return check(text, SourceMap.of(source), options, List.of());
    }

    /**
     * Checks a notebook's program: its code cells in order.
     *
     * @param notebook the notebook's program
     * @param options how to check it
     * @return the report, every line in the notebook's cells, with the cells not run noted first
     * @throws BadProgramException as {@link #check(String, String, CheckOptions)}, every position in a cell
     * @throws bpdiff.gradient.EngineUnavailableException if the PyTorch engine cannot start
     */
    public static ProgramReport check(NotebookProgram notebook, CheckOptions options) {
        return check(notebook.text(), notebook.lines(), options, notebook.notes());
    }

    private static ProgramReport check(String text, SourceMap lines, CheckOptions options, List<String> notes) {
        try {
            Program program = Parser.parse(text, lines.file());
            String loss = options.lossName();
            LossExpression.Given given = loss == null || LossExpression.isName(loss) ? null
                    : LossExpression.parse(program, loss);
            Set<String> lossNames = loss == null ? LossNames.ALL : given == null ? Set.of(loss) : Set.of();
            Tolerance tolerance = Tolerance.forAutograd(options.precision());
            try (TapeAutograd autograd = new TapeAutograd(options.precision())) {
                EpochStream stream = new EpochStream(options, autograd, tolerance, lines);
                RunOptions named = new RunOptions(lossNames, ClaimNames::isWatched, options.limits(),
                        options.output());
                RunOptions run = loss == null ? named.withLossCalls() : named;
                Interpreter.run(given == null ? program : given.program(), given == null ? run
                        : run.withLoss(given.loss()), stream);
                return stream.report().in(lines, notes);
            }
        } catch (BadProgramException e) {
            BadProgramException placed = new BadProgramException(e.problems().stream()
                    .map(p -> p.source().equals(lines.file()) ? p.in(lines) : p).toList());
            placed.initCause(e);
            throw placed;
        }
    }
}
