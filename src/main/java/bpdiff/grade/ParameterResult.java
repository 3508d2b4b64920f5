package bpdiff.grade;

import bpdiff.check.MistakeCode;
import bpdiff.Identified;

/**
 * The verdict on one parameter's gradient for one student.
 *
 * @param name the parameter, e.g. {@code w1}
 * @param layer its layer from the input (1, 2, …), or 0 if not known
 * @param verdict right at every epoch, wrong, not checked, or missing
 * @param code for a wrong or unchecked gradient, the mistake it comes from (the code of the first line with a
 *     mistake of its own it is computed from), else {@code null}
 * @param line for a wrong gradient, that line, else 0
 * @param points what it is worth
 */
public record ParameterResult(String name, int layer, Verdict verdict, MistakeCode code, int line, double points) {

    /** What became of one parameter's gradient. */
    public enum Verdict implements Identified {
        /** Checked at every epoch and right at each. */
        RIGHT("right"),
        /** Wrong at some epoch. */
        WRONG("wrong"),
        /** The program has the parameter but its gradient was not checked (at every epoch). */
        NOT_CHECKED("not-checked"),
        /** The reference's parameter, which the submission never updates or claims a gradient of. */
        MISSING("missing");

        private final String id;

        Verdict(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    /** @return the points earned: all of them when right, none otherwise */
    public double earned() {
        return verdict == Verdict.RIGHT ? points : 0;
    }
}
