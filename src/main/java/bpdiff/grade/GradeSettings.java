package bpdiff.grade;

import bpdiff.gradient.Precision;
import java.util.List;

/**
 * How each submission is checked.
 *
 * @param precision autograd's precision
 * @param lossName the loss's variable ({@code --loss-name}), or {@code null} for the usual names
 * @param parameters the parameters ({@code --params}), or empty to find them by their updates
 * @param timeLimitSeconds the time one submission's check may take ({@code --time-limit})
 * @param threads how many submissions are checked at once
 */
public record GradeSettings(Precision precision, String lossName, List<String> parameters, double timeLimitSeconds,
        int threads) {

    /** Makes the list unmodifiable. */
    public GradeSettings {
        parameters = List.copyOf(parameters);
    }
}
