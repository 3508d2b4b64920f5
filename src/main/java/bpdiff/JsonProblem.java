package bpdiff;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Jackson's parse error as one line for a person: its own words without the source description it appends
 * ({@code (start marker at [Source: REDACTED …; line: 1, column: 1])}), and where it happened, a {@link Position}
 * written {@code <file>:<line>:<column>}. Jackson's hints for programmers are left out: the name of the feature that
 * would allow a token ({@code enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow}) and the name of the
 * constraint a document broke ({@code from `StreamReadConstraints.getMaxNestingDepth()`}); a person sending JSON can
 * change neither.
 */
public final class JsonProblem {

    /** {@code : enable `JsonReadFeature.X` to allow}. */
    private static final Pattern ENABLE = Pattern.compile("\\s*[:;,]?\\s*enable `[^`]*` to allow");
    /** {@code , from `StreamReadConstraints.getMaxNestingDepth()`}. */
    private static final Pattern FROM = Pattern.compile(",?\\s*from `[^`]*`");
    /** Any other quoted programmer's name, {@code `Type.member`}. */
    private static final Pattern NAME = Pattern.compile("\\s*`[^`]*\\.[^`]*`");

    private JsonProblem() {}

    /**
     * What is wrong.
     *
     * @param e Jackson's error
     * @return its message up to the source description Jackson appends
     */
    public static String problem(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message.startsWith("Trailing token")) {
            // Jackson's words name its own types and the feature that refused them
            return "more text after the JSON value ends (CPython's json: \"Extra data\")";
        }
        int source = message.indexOf(" (start marker at [Source:");
        if (source < 0) {
            source = message.indexOf("[Source:");
        }
        String words = (source < 0 ? message : message.substring(0, source)).strip();
        boolean nonNumeric = words.contains("NON_NUMERIC");
        words = NAME.matcher(FROM.matcher(ENABLE.matcher(words).replaceAll("")).replaceAll("")).replaceAll("");
        return nonNumeric ? words + ": JSON has no NaN or Infinity" : words;
    }

    /**
     * Where it happened.
     *
     * @param e Jackson's error
     * @param file the file or the request body
     * @param text the document's text, or {@code null} when it is not at hand
     * @return the line and column, with the line's text when {@code text} is given; the whole file when Jackson
     *     does not know
     */
    public static Position position(JsonProcessingException e, String file, String text) {
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return Position.of(file);
        }
        return Position.in(file, text == null ? List.of() : text.lines().toList(), at.getLineNr(),
                Math.max(0, at.getColumnNr()));
    }
}
