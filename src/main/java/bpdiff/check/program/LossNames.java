package bpdiff.check.program;

import java.util.List;
import java.util.Set;

/**
 * The names a program's loss goes by when {@code --loss-name} does not name it: {@value #LISTED}. The one place
 * they are written; the options' help, the program checker, the detector of programs and its messages read them
 * here.
 */
public final class LossNames {

    /** The names as the help of {@code --loss-name} lists them: a constant, so that an annotation can use it. */
    public static final String LISTED = "loss, L, E, E_total, error, cost or J";

    /** The names. */
    public static final Set<String> ALL = Set.of(LISTED.replace(" or ", ", ").split(", "));

    /**
     * Which of two names of a loss computed at the same weights is the loss: {@code loss} and {@code cost} before
     * {@code error}, which programs also give the residual {@code y - out} ({@code error = target - predicted}).
     */
    private static final List<String> PREFERRED = List.of("loss", "cost", "J", "L", "E_total", "E", "error");

    private LossNames() {}

    /**
     * @param name a loss's variable
     * @return its place in {@link #PREFERRED}: the lower, the likelier the loss; past the end for another name
     */
    public static int rank(String name) {
        int k = PREFERRED.indexOf(name);
        return k < 0 ? PREFERRED.size() : k;
    }

    /**
     * @return a regular expression matching exactly one of the names, as a group
     */
    static String group() {
        return "(" + String.join("|", ALL.stream().sorted().toList()) + ")";
    }
}
