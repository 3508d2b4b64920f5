package bpdiff.report.html;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the network picture shows at one moment: the numbers on each connection and neuron, which
 * connections disagree, and where the error enters.
 *
 * @param parameters the figures of each parameter, by name; every connection that uses it shows them
 * @param status each parameter's state, by name (a parameter not in the map is {@link Status#UNCHECKED})
 * @param neurons the figures of each neuron, by name ({@code x1}, {@code h1}, {@code o1}, …)
 * @param errors the neurons where an error enters, with the badge text, e.g.
 *     {@code h1 -> "error enters: dL/dout_h1"}
 */
public record PictureState(Map<String, List<Figure>> parameters, Map<String, Status> status,
        Map<String, List<Figure>> neurons, Map<String, String> errors) {

    /** Copies the maps. */
    public PictureState {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        status = Collections.unmodifiableMap(new LinkedHashMap<>(status));
        neurons = Collections.unmodifiableMap(new LinkedHashMap<>(neurons));
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** The state of a connection's parameter. */
    public enum Status {
        /** Every source agrees within the tolerance. */
        MATCH("match"),
        /** The sources disagree: drawn in vermillion, dashed. */
        MISMATCH("mismatch"),
        /** Not compared (e.g. a check that has no line for it). */
        UNCHECKED("unchecked");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        /** @return the CSS class */
        public String id() {
            return id;
        }
    }

    /**
     * The state of a parameter.
     *
     * @param parameter its name
     * @return its status, {@link Status#UNCHECKED} if none is given
     */
    public Status statusOf(String parameter) {
        return status.getOrDefault(parameter, Status.UNCHECKED);
    }
}
