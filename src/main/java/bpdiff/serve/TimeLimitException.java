package bpdiff.serve;

import java.time.Duration;
import java.util.Locale;

/**
 * A computation ran past the server's time limit; {@link Deadline} throws it between two steps, so no
 * engine call is cut off and every native resource is closed as usual. Answered 400: the same request
 * would run as long again.
 */
public final class TimeLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param limit the time limit
     */
    public TimeLimitException(Duration limit) {
        super(String.format(Locale.ROOT, "the computation ran longer than the server's time limit of %s s; ask "
                + "for fewer epochs, or run bpdiff on the command line, where the time limit is yours to choose "
                + "(time limit)",
                seconds(limit)));
    }

    private static String seconds(Duration limit) {
        double s = limit.toMillis() / 1000.0;
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }
}
