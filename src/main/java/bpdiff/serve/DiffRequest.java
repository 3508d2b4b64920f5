package bpdiff.serve;

import bpdiff.BadInputException;
import bpdiff.check.diff.ParameterMap;
import bpdiff.gradient.Precision;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The JSON body of {@code POST /api/diff}, each problem named by its field:
 *
 * <pre>{@code
 * {"a": "<program A's text>", "b": "<program B's text>", "a-name": "hw2.py", "b-name": "hw3.py" (optional:
 *  A.py and B.py), "map": "w1=W1[0][0],w2=W1[0][1]" (or an array of such strings), "dtype": "float64",
 *  "loss-name": "loss", "views": false}
 * }</pre>
 *
 * <p>The fields are {@code bpdiff diff A B}'s arguments and flags without their dashes and mean the same. A name is
 * what the program goes by in messages and in the report ({@code hw3.py:14:5}, {@code hw3.py is right}); it is
 * never taken for a path. A network's options are refused, as {@code bpdiff diff} has none: each program runs as it
 * is.
 *
 * @param textA program A
 * @param map the pairs of parameters whose names differ, as {@code --map} gives them
 * @param precision autograd's precision
 * @param lossName the programs' loss variable, or {@code null} for the usual names
 * @param views whether to add the HTML, Markdown and JUnit XML renderings
 */
public record DiffRequest(String textA, String nameA, String textB, String nameB, ParameterMap map,
        Precision precision, String lossName, boolean views) {

    /** Program A's name when the request gives none. */
    public static final String NAME_A = "A.py";
    /** Program B's name when the request gives none. */
    public static final String NAME_B = "B.py";
    /** The fields of a diff request. */
    static final List<String> FIELDS = List.of("a", "b", "a-name", "b-name", "map", "dtype", "loss-name", "loss-expr",
            "views");

    /** The longest name. */
    private static final int MOST_NAME = 100;
    /** A file's name: no folder, no control character. */
    private static final Pattern NAME = Pattern.compile("[^/\\\\\\p{Cntrl}]{1," + MOST_NAME + "}");

    /**
     * Reads a request body.
     *
     * @param body the body's bytes (at most {@link ServeSettings#MAX_BODY_BYTES})
     * @throws BadInputException with the field's name for anything that is not JSON or not a valid request
     */
    public static DiffRequest read(byte[] body) {
        JsonNode root = Fields.object(body);
        allowOnly(root);
        String textA = program(root, "a", "A");
        String textB = program(root, "b", "B");
        String nameA = root.hasNonNull("a-name") ? name(root, "a-name") : NAME_A;
        String nameB = root.hasNonNull("b-name") ? name(root, "b-name") : NAME_B;
        if (nameA.equals(nameB)) {
            throw new BadInputException("both programs are named '" + nameA + "'; give each its own name, the report "
                    + "says which one is right by its name", "b-name");
        }
        List<String> map = !root.hasNonNull("map") ? List.of() : root.get("map").isArray() ? Fields.texts(root, "map")
                : List.of(Fields.text(root, "map"));
        ParameterMap pairs;
        try {
            pairs = ParameterMap.parse(map);
        } catch (BadInputException e) {
            throw named(e);
        }
        return new DiffRequest(textA, nameA, textB, nameB, pairs,
                root.has("dtype") ? Precision.parse(Fields.text(root, "dtype"), "dtype") : Precision.FLOAT64,
                Fields.loss(root), Fields.flag(root, "views"));
    }

    /**
     * A problem of {@code --map} as the API names it: the field {@code map}, as every other option is named by its
     * field.
     *
     * @param e a problem of any option
     * @return the same problem, naming {@code map} where it named {@code --map}
     */
    static BadInputException named(BadInputException e) {
        if (!"--map".equals(e.where())) {
            return e;
        }
        return new BadInputException(e.problem().replace("--map", "map"), "map", e);
    }

    private static String program(JsonNode root, String field, String side) {
        if (!root.hasNonNull(field)) {
            throw new BadInputException("no program " + side + " given: \"" + field + "\" holds program " + side
                    + "'s text, \"" + (side.equals("A") ? "b" : "a") + "\" the other's", field);
        }
        return Fields.text(root, field);
    }

    private static String name(JsonNode root, String field) {
        String name = Fields.text(root, field);
        if (!NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new BadInputException("expected a file's name, such as hw3.py: at most " + MOST_NAME
                    + " characters, without / or \\ or control characters", field);
        }
        return name;
    }

    private static void allowOnly(JsonNode root) {
        Iterator<String> fields = root.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (FIELDS.contains(field)) {
                continue;
            }
            if (ApiRequest.NETWORK_OPTIONS.contains(field)) {
                throw new BadInputException(field + " does not apply to a diff: each program runs as it is, with its "
                        + "own network, loss and epochs", field);
            }
            String endpoint = ApiRequest.endpointOf(field);
            if (endpoint != null) {
                throw new BadInputException("\"" + field + "\" belongs to " + endpoint, field);
            }
            throw new BadInputException("unknown field \"" + field + "\" (known: " + String.join(", ", FIELDS.stream()
                    .sorted().toList()) + ")", field);
        }
    }
}
