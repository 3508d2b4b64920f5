package bpdiff.serve;

import bpdiff.BadInputException;
import bpdiff.command.CheckOutcome;
import bpdiff.command.CheckSettings;
import bpdiff.command.TextCheck;
import bpdiff.program.BadProgramException;
import java.util.List;

/**
 * {@code POST /api/check}: what {@code bpdiff check FILE --format json} does ({@link TextCheck}, the command's own
 * code), with the text from the request instead of a file. A program runs in bpdiff's restricted interpreter (no
 * file, network, process or reflection access; bounded steps, memory and time), a formula list is checked on the
 * request's network.
 *
 * <p>The text is never written anywhere or taken for a path: it is checked as a file named {@value #PROGRAM} (a
 * program), {@value #FORMULAS} (a formula list) or {@value #NOTEBOOK} (a notebook) would be, so messages read
 * {@code program.py:14:5} and {@code notebook.ipynb:cell 9:10:5}. Every step
 * is watched by the request's {@link Deadline}.
 */
public final class CheckService {

    /** The name a program goes by in messages and in the report. */
    public static final String PROGRAM = "program.py";
    /** The name a formula list goes by in messages and in the report. */
    public static final String FORMULAS = "derivation.py";
    /** The name a notebook (the request's {@code "notebook"}) goes by in messages and in the report. */
    public static final String NOTEBOOK = "notebook.ipynb";

    /**
     * Checks a program or a formula list.
     *
     * @param request the request, with {@link ApiRequest#derivation()}
     * @param deadline the time limit
     * @return exit status 0 when everything checked matches and nothing was left unchecked, 1 otherwise; the
     *     command's JSON ({@code bpdiff.check-program/1} or {@code bpdiff.check/1})
     * @throws RequestException 400 for bad input, with the text's line under the message
     * @throws TimeLimitException past the deadline
     */
    public Answer check(ApiRequest request, Deadline deadline) {
        String text = request.derivation();
        CheckSettings settings = request.checkSettings(deadline.programLimits(), deadline);
        String source = request.notebook() ? NOTEBOOK : settings.readsAsProgram(text) ? PROGRAM : FORMULAS;
        long start = System.nanoTime();
        CheckOutcome outcome;
        try {
            outcome = TextCheck.run(text, source, settings);
        } catch (BadProgramException e) {
            throw new RequestException(ErrorAnswer.badProgram(e.problems(), text));
        } catch (BadInputException e) {
            throw new RequestException(ErrorAnswer.badInput(e).withExcerpt(Excerpts.at(e, source)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> warnings = source.equals(FORMULAS) ? request.network().warnings() : List.of();
        return Answer.of(outcome, request.views(), seconds, warnings);
    }
}
