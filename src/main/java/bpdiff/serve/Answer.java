package bpdiff.serve;

import bpdiff.command.Outcome;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A result as the API answers it: the document of {@code --format json} (unchanged, so its numbers keep
 * their digits) with the command line's exit status added as a last field {@code "exitStatus"}, the lines the command
 * line prints as {@code bpdiff: warning: …} in a field {@code "warnings"} when there are any, and, when asked for,
 * the renderings the page shows and offers for download in a field {@code "views"}.
 *
 * @param exitStatus 0 when everything compared agrees, 1 when something differs (as on the command line)
 * @param document the JSON document, an object
 * @param views {@code html} (a fragment of the {@code --format html} page), {@code markdown},
 *     {@code junitXml}; empty unless asked for
 * @param warnings the command line's warning lines, usually none
 */
public record Answer(int exitStatus, String document, Map<String, String> views, List<String> warnings) {

    /** Everything compared agrees. */
    public static final int SAME = 0;
    /** Something differs. */
    public static final int DIFFERENT = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Makes the list unmodifiable. */
    public Answer {
        warnings = List.copyOf(warnings);
    }

    /**
     * The answer of a command's outcome: its JSON, and its views when asked for.
     *
     * @param outcome what the command found
     * @param views whether to add the views
     * @param seconds how long it took, for the JUnit XML
     * @param warnings the command line's warning lines
     * @return exit status 0 when it passed, 1 otherwise
     */
    static Answer of(Outcome outcome, boolean views, double seconds, List<String> warnings) {
        Map<String, String> shown = new LinkedHashMap<>();
        if (views) {
            shown.put("html", outcome.fragment());
            shown.put("markdown", outcome.markdown());
            shown.put("junitXml", outcome.junitXml(seconds));
        }
        return new Answer(outcome.passed() ? SAME : DIFFERENT, outcome.json(), shown, warnings);
    }

    /** @return the body of the HTTP answer: the document with {@code "exitStatus"} (and {@code "views"}) added */
    public String json() {
        int end = document.lastIndexOf('}');
        if (end < 0 || !document.stripLeading().startsWith("{")) {
            throw new IllegalStateException("a result document is a JSON object");
        }
        String fields = document.substring(0, end).stripTrailing();
        StringBuilder body = new StringBuilder(document.length() + 64);
        body.append(fields).append(fields.endsWith("{") ? "" : ",").append("\n  \"exitStatus\" : ").append(exitStatus);
        try {
            if (!warnings.isEmpty()) {
                body.append(",\n  \"warnings\" : ").append(MAPPER.writeValueAsString(warnings));
            }
            if (!views.isEmpty()) {
                body.append(",\n  \"views\" : ").append(MAPPER.writeValueAsString(views));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return body.append("\n}\n").toString();
    }
}
