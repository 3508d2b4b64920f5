package bpdiff.check.program;

import bpdiff.check.Diagnosis;
import bpdiff.check.FormulaVerdict;
import bpdiff.check.MistakeCode;
import java.util.List;

/**
 * The check of one claim of the program, over every epoch it was made at: what a renderer shows per line.
 *
 * @param site where and how the program makes the claim
 * @param derivative what it claims to be: \( scale \cdot \partial L / \partial \,target \)
 * @param shown the values and verdict of the epoch a report shows
 * @param judged the verdict over every epoch, and what is likely wrong
 * @param history the claim at every epoch it was checked at, in order (what an epoch control shows)
 */
public record CheckedQuantity(Site site, Derivative derivative, ShownEpoch shown, Judged judged,
        List<AtEpoch> history) {

    /** Makes the list unmodifiable. */
    public CheckedQuantity {
        history = List.copyOf(history);
    }

    /**
     * Where and how the program makes a claim.
     *
     * @param name the claiming variable ({@code d_w1}), or the updated parameter for an update
     * @param update whether the claim is the value an update subtracts (not a named derivative)
     * @param line the line that computes the value, 1-based
     * @param column its column, 1-based
     * @param statement that line's statement as written
     * @param updateLine the line of the update that subtracts the value, 0 if none
     * @param learningRate for an update, the learning rate as written ({@code ""} for none), else {@code null}
     */
    public record Site(String name, boolean update, int line, int column, String statement, int updateLine,
            String learningRate) {

        /** @return the statement on one line: a statement written over several lines joined by single spaces */
        public String oneLine() {
            return oneLine(statement);
        }

        /**
         * @param text program text
         * @return it on one line: its lines (a line ending in a backslash, then the next) joined by single spaces
         */
        static String oneLine(String text) {
            return text.replaceAll("\\s*\\\\?\\s*\\R\\s*", " ");
        }
    }

    /**
     * What a claim says it is: \( scale \cdot \partial L / \partial \,target \).
     *
     * @param target the variable it is the derivative of
     * @param shape the target's shape ({@code []} for a number)
     * @param node the id of the target's node in the shown epoch's {@link ProgramReport#graph()}, or −1
     * @param scale the multiple of \( \partial L / \partial \,target \) the claim holds (see {@link Claim#scale});
     *     1 for the derivative itself
     */
    public record Derivative(String target, int[] shape, int node, double scale) {

        /** @return e.g. {@code ∂L/∂w1}, {@code −∂L/∂w1} or {@code 0.5·∂L/∂w1} */
        public String label() {
            String derivative = "∂L/∂" + target;
            return scale == 1 ? derivative : scale == -1 ? "−" + derivative
                    : bpdiff.check.ValueText.of(scale) + "·" + derivative;
        }
    }

    /**
     * A claim at the epoch a report shows.
     *
     * @param epoch the epoch, from 1
     * @param student the program's value, row-major
     * @param autograd autograd's value
     * @param numeric finite differences' value, or {@code null} if not computed
     * @param numericUnreliable whether the finite-difference stencil crossed a kink (ReLU at 0)
     * @param verdict {@code MATCH} or {@code WRONG}
     * @param note why the values cannot be compared element by element, or {@code null}
     */
    public record ShownEpoch(int epoch, double[] student, double[] autograd, double[] numeric,
            boolean numericUnreliable, FormulaVerdict verdict, String note) {}

    /**
     * A claim judged over every epoch it was made at.
     *
     * @param epochs how many epochs it was checked at
     * @param firstFailingEpoch the first epoch at which it was wrong, −1 if never
     * @param causeLine for a wrong claim, the first line with a mistake of its own that it is computed from, else 0
     * @param ownMistake for a wrong claim, whether it is wrong even with the true values of the claims above it
     * @param diagnoses what is likely wrong, most specific first; empty if nothing matched (or it inherits its error)
     */
    public record Judged(int epochs, int firstFailingEpoch, int causeLine, boolean ownMistake,
            List<Diagnosis> diagnoses) {

        /** Makes the list unmodifiable. */
        public Judged {
            diagnoses = List.copyOf(diagnoses);
        }

        /** @return whether it was wrong at some epoch */
        public boolean failed() {
            return firstFailingEpoch >= 0;
        }
    }

    /**
     * The claim at one epoch.
     *
     * @param epoch the epoch, from 1
     * @param student the program's value, row-major
     * @param autograd autograd's value
     * @param numeric finite differences' value, or {@code null} if not computed
     * @param wrong whether it disagreed with autograd then
     * @param weights for a parameter's gradient that an update subtracts, the parameter's value at this epoch (before
     *     the update), row-major; else {@code null}
     * @param updated for such a gradient, the parameter's value the update makes; else {@code null}
     * @param type the program's type of the value ({@code float64}, or {@code float32} for a {@code torch.Tensor})
     */
    public record AtEpoch(int epoch, double[] student, double[] autograd, double[] numeric, boolean wrong,
            double[] weights, double[] updated, String type) {}

    /** @return what is likely wrong, in words, most specific first */
    public List<String> likely() {
        return judged.diagnoses().stream().map(Diagnosis::finding).toList();
    }

    /**
     * The codes of what is wrong with it: its diagnoses' codes; for a wrong claim without one, {@link
     * MistakeCode#UNEXPLAINED} (a mistake of its own) or {@link MistakeCode#INHERITED}; none for a right claim.
     *
     * @return the codes, most specific first
     */
    public List<MistakeCode> codes() {
        if (!failed()) {
            return List.of();
        }
        if (!judged.diagnoses().isEmpty()) {
            return judged.diagnoses().stream().map(Diagnosis::code).toList();
        }
        return List.of(judged.ownMistake() || judged.causeLine() == site.line() ? MistakeCode.UNEXPLAINED
                : MistakeCode.INHERITED);
    }

    /** @return whether it was wrong at some epoch */
    public boolean failed() {
        return judged.failed();
    }

    /** @return e.g. {@code ∂L/∂w1} */
    public String label() {
        return derivative.label();
    }
}
