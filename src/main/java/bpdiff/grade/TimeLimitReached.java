package bpdiff.grade;

/** A submission's check ran past {@code --time-limit}: thrown from the check's checkpoint between two epochs. */
final class TimeLimitReached extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param seconds the limit */
    TimeLimitReached(double seconds) {
        super("the check ran longer than the time limit of " + Feedback.points(seconds) + " s (--time-limit)", null,
                false, false);
    }
}
