package bpdiff.check.program;

import bpdiff.program.SourceMap;
import bpdiff.program.run.LossExpression;
import bpdiff.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The check of a program: every claim with its verdict, what could not be checked, and the shown epoch's
 * computation graph. It is plain data for the text, JSON, Markdown, JUnit and HTML renderings.
 *
 * @param source the program's file name
 * @param dtype autograd's precision, {@code float64} or {@code float32}
 * @param engine the engine's version, e.g. {@code PyTorch 2.7.1}
 * @param loss the loss's variable
 * @param lossLine the line the shown epoch's loss is computed on
 * @param parameters the parameters, in the order met
 * @param epochs the number of epochs checked
 * @param shownEpoch the epoch whose values the report shows: the first failing one, else 1
 * @param firstFailingEpoch the first epoch at which a claim was wrong, −1 if none
 * @param quantities every claim, in the order the program made them
 * @param notChecked what could not be checked; each makes the check fail
 * @param notes what was left out without failing
 * @param graph the shown epoch's forward pass: every node the loss depends on
 * @param losses the loss at each checked epoch, in order (epoch k at index k − 1)
 * @param firstWrong the first line with a mistake of its own that the wrong parameter gradients are computed
 *     from (or, without wrong parameter gradients, the wrong claims), or {@code null}
 * @param helpers variables named like derivatives that name nothing the line can see: partial products, not claims
 * @param lines where the program's lines stand in the file (a notebook's cells): every renderer writes a line through
 *     it
 */
public record ProgramReport(String source, String dtype, String engine, String loss, int lossLine,
        List<String> parameters, int epochs, int shownEpoch, int firstFailingEpoch, List<CheckedQuantity> quantities,
        List<NotChecked> notChecked, List<String> notes, List<GraphNode> graph, double[] losses,
        CheckedQuantity firstWrong, List<Helper> helpers, SourceMap lines) {

    /**
     * @return how a derivative names the loss: its variable ({@code E_total}), or {@code L} for a loss given as an
     *     expression ({@code --loss-expr}, {@code l.sum().backward()})
     */
    public String lossSymbol() {
        return LossExpression.isName(loss) ? loss : "L";
    }

    /** @return what the loss is, after "each gradient is ∂L/∂w of": the program's own, or {@code L = expression} */
    public String lossMeaning() {
        return LossExpression.isName(loss) ? "the loss the program computes" : "L = " + loss;
    }


    /**
     * The report of a Python file, whose lines are the program's.
     *
     * @param source the program's file name
     * @param dtype autograd's precision
     * @param engine the engine's version
     * @param loss the loss's variable
     * @param lossLine the shown epoch's loss's line
     * @param parameters the parameters
     * @param epochs the number of epochs checked
     * @param shownEpoch the epoch the report shows
     * @param firstFailingEpoch the first failing epoch, or −1
     * @param quantities every claim
     * @param notChecked what could not be checked
     * @param notes what was left out without failing
     * @param graph the shown epoch's forward pass
     * @param losses the loss at each epoch
     * @param firstWrong the first line with a mistake of its own, or {@code null}
     * @param helpers helper variables
     */
    public ProgramReport(String source, String dtype, String engine, String loss, int lossLine,
            List<String> parameters, int epochs, int shownEpoch, int firstFailingEpoch,
            List<CheckedQuantity> quantities, List<NotChecked> notChecked, List<String> notes, List<GraphNode> graph,
            double[] losses, CheckedQuantity firstWrong, List<Helper> helpers) {
        this(source, dtype, engine, loss, lossLine, parameters, epochs, shownEpoch, firstFailingEpoch, quantities,
                notChecked, notes, graph, losses, firstWrong, helpers, SourceMap.of(source));
    }

    /** Makes the lists unmodifiable. */
    public ProgramReport {
        parameters = List.copyOf(parameters);
        quantities = List.copyOf(quantities);
        notChecked = List.copyOf(notChecked);
        notes = List.copyOf(notes);
        helpers = List.copyOf(helpers);
        graph = List.copyOf(graph);
    }

    /**
     * @param map where the program's lines stand in its file
     * @param before notes that come before the check's own (what of the file was not run)
     * @return the same report, its lines placed in that file
     */
    public ProgramReport in(SourceMap map, List<String> before) {
        List<String> all = new ArrayList<>(before);
        all.addAll(notes);
        return new ProgramReport(map.file(), dtype, engine, loss, lossLine, parameters, epochs, shownEpoch,
                firstFailingEpoch, quantities, notChecked, all, graph, losses, firstWrong, helpers, map);
    }

    /**
     * @param line 1-based line of the program, or 0
     * @return where it is in the file
     */
    public Position position(int line) {
        return lines.position(line, 0);
    }

    /**
     * @param parameter a parameter
     * @return the claim of its gradient that its update subtracts (or that the update's line uses), whose history has
     *     the parameter's weights before and after each update; {@code null} if no update of it is checked
     */
    public CheckedQuantity updateClaim(String parameter) {
        return quantities.stream().filter(q -> q.derivative().target().equals(parameter)
                && (q.site().update() || q.site().updateLine() > 0)).findFirst().orElse(null);
    }

    /**
     * The claim that stands for a parameter's gradient: the one its update subtracts, or, for a parameter the program
     * never updates (the hand side of a tensor autograd differentiates, {@code --params}), its first named claim.
     *
     * @param parameter a parameter
     * @return that claim, or {@code null} if there is none
     */
    public CheckedQuantity gradientClaim(String parameter) {
        CheckedQuantity update = updateClaim(parameter);
        return update != null ? update : quantities.stream().filter(q -> q.derivative().target().equals(parameter)
                && !q.history().isEmpty() && q.history().get(0).weights() != null).findFirst().orElse(null);
    }

    /** @return the claims wrong at some epoch */
    public List<CheckedQuantity> failed() {
        return quantities.stream().filter(CheckedQuantity::failed).toList();
    }

    /** @return whether every claim matched at every epoch, something was checked and nothing was left out */
    public boolean passed() {
        return firstFailingEpoch < 0 && notChecked.isEmpty() && !quantities.isEmpty();
    }

    /** @return one sentence: what matched, what did not, and where it first goes wrong */
    public String summary() {
        int checked = quantities.size();
        String over = epochs > 1 ? " at every one of " + epochs + " epochs" : "";
        String unchecked = notChecked.isEmpty() ? ""
                : "; " + notChecked.size() + " thing" + (notChecked.size() == 1 ? " was" : "s were") + " not checked";
        if (firstFailingEpoch < 0) {
            return (checked == 0 ? "no gradient was checked" : "all " + checked + " checked gradients match autograd" + over)
                    + unchecked;
        }
        String at = epochs > 1 ? " (first at epoch " + firstFailingEpoch + " of " + epochs + ")" : "";
        String first = firstWrong == null ? "" : "; first wrong line: " + lines.where(firstWrong.site().line(), 0) + " "
                + firstWrong.site().oneLine();
        return failed().size() + " of " + checked + " checked gradients are wrong" + at + first + unchecked;
    }
}
