package bpdiff.check;

import bpdiff.Position;
import java.util.List;

/**
 * The result of {@code bpdiff check}: every line of the derivation with its verdict.
 *
 * @param source the derivation file as named on the command line
 * @param network the network's name
 * @param dtype {@code float32} or {@code float64}, the precision of autograd
 * @param epochs how many epochs were checked (1: the initial weights only)
 * @param shownEpoch the epoch whose values {@code results} holds: counted from 1: the first failing one, else 1
 * @param firstFailingEpoch the first epoch at which some checked line failed, −1 if none did
 * @param results one result per assignment, in file order
 * @param firstWrong the first wrong line that the wrong parameter gradients depend on (the wrong
 *     derivatives of neurons, if no parameter gradient is wrong), or {@code null} if all match
 * @param notChecked what the file leaves unchecked (a parameter whose gradient no line computes, a
 *     {@code d_…} name of nothing); each makes the check fail
 */
public record CheckReport(
        String source,
        String network,
        String dtype,
        int epochs,
        int shownEpoch,
        int firstFailingEpoch,
        List<FormulaResult> results,
        FormulaResult firstWrong,
        List<String> notChecked) {

    /** Makes the lists unmodifiable. */
    public CheckReport {
        results = List.copyOf(results);
        notChecked = List.copyOf(notChecked);
    }

    /** @return the checked lines: those that assign a known derivative */
    public List<FormulaResult> checked() {
        return results.stream().filter(FormulaResult::checked).toList();
    }

    /** @return the checked lines that failed at the shown epoch */
    public List<FormulaResult> failed() {
        return results.stream().filter(FormulaResult::failed).toList();
    }

    /** @return the checked lines that failed at some epoch */
    public List<FormulaResult> failedAtSomeEpoch() {
        return results.stream().filter(r -> r.checked() && r.firstFailingEpoch() >= 0).toList();
    }

    /** @return whether every checked line matched autograd at every epoch */
    public boolean matched() {
        return firstFailingEpoch < 0;
    }

    /** @return whether every checked line matched and nothing was left unchecked */
    public boolean passed() {
        return matched() && notChecked.isEmpty();
    }

    /**
     * @return the verdict's word, as Markdown and HTML write it before {@link #summary()}: {@code All match},
     *     {@code Not all checked} (every checked line matches, but something was left unchecked) or {@code Wrong}
     */
    public String verdictLabel() {
        return passed() ? "All match" : matched() ? "Not all checked" : "Wrong";
    }

    /** @return one sentence: how many lines match, and where it first goes wrong */
    public String summary() {
        int checked = checked().size();
        String unchecked = notChecked.isEmpty() ? ""
                : "; " + notChecked.size() + " derivative" + (notChecked.size() == 1 ? " is" : "s are") + " not checked";
        if (matched()) {
            return "all " + checked + " checked formulas match autograd"
                    + (epochs > 1 ? " at every one of " + epochs + " epochs" : "") + unchecked;
        }
        int failing = failedAtSomeEpoch().size();
        String at = epochs > 1 ? " (first at epoch " + firstFailingEpoch + ")" : "";
        String first = firstWrong == null ? ""
                : "; first wrong line: " + new Position(source, 0, firstWrong.assignment().line(), 0).where() + " "
                        + firstWrong.assignment().formula() + ", in " + firstWrong.stage();
        return failing + " of " + checked + " checked formulas are wrong" + at + first + unchecked;
    }
}
