package bpdiff.check.diff;

import bpdiff.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which parameter of program B is which of program A: by name, and by {@code --map w1=W1[0][0],…} where the names
 * differ. A side may name one element of an array parameter ({@code W1[0][0]} or {@code W1[0, 0]}); a name that is
 * itself a parameter ({@code w[2]}, an element of a list) is taken as it is.
 */
public final class ParameterMap {

    private static final Pattern ELEMENT = Pattern.compile("(.+?)((?:\\[\\s*-?\\d+(?:\\s*,\\s*-?\\d+)*\\s*\\])+)");

    /**
     * One side's name of a parameter: the parameter, and the element of it, if any.
     *
     * @param name as written
     * @param parameter the parameter of the program
     * @param index the element's position in each dimension, or {@code null} for the whole parameter
     * @param transposed whether the parameter, a matrix, is compared transposed (the other side's layout)
     */
    public record Name(String name, String parameter, int[] index, boolean transposed) {

        /**
         * A name of a parameter compared as it stands.
         *
         * @param name as written
         * @param parameter the parameter of the program
         * @param index the element's position in each dimension, or {@code null} for the whole parameter
         */
        public Name(String name, String parameter, int[] index) {
            this(name, parameter, index, false);
        }
    }

    /**
     * A pair of parameters compared.
     *
     * @param a program A's
     * @param b program B's
     */
    public record Pair(Name a, Name b) {}

    private final Map<String, String> given;

    private ParameterMap(Map<String, String> given) {
        this.given = given;
    }

    /**
     * @param options the {@code --map} arguments, each {@code a=b} pairs separated by commas (a comma inside
     *     brackets, {@code W1[0, 1]}, separates nothing)
     * @return the map
     * @throws BadInputException if an entry has no {@code =} or a side is empty
     */
    public static ParameterMap parse(List<String> options) {
        Map<String, String> given = new LinkedHashMap<>();
        List<String> pairs = new ArrayList<>();
        for (String option : options) {
            int depth = 0;
            int start = 0;
            for (int k = 0; k < option.length(); k++) {
                char c = option.charAt(k);
                depth += c == '[' ? 1 : c == ']' ? -1 : 0;
                if (c == ',' && depth == 0) {
                    pairs.add(option.substring(start, k));
                    start = k + 1;
                }
            }
            pairs.add(option.substring(start));
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new BadInputException("--map takes A's name=B's name pairs (w1=W1[0][0],w2=W1[0][1]), not '"
                        + pair + "'", "--map");
            }
            given.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return new ParameterMap(given);
    }

    /**
     * @param a program A's parameters
     * @param b program B's parameters
     * @return the pairs: the mapped ones, then every name both programs have that is not mapped
     * @throws BadInputException if a mapped name is no parameter (or element of one) of its program
     */
    public List<Pair> pairs(List<String> a, List<String> b) {
        List<Pair> out = new ArrayList<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            out.add(new Pair(resolve(e.getKey(), a, "A"), resolve(e.getValue(), b, "B")));
        }
        for (String name : a) {
            boolean mapped = out.stream().anyMatch(p -> p.a().parameter().equals(name) || p.b().parameter().equals(name));
            if (!mapped && b.contains(name)) {
                out.add(new Pair(new Name(name, name, null), new Name(name, name, null)));
            }
        }
        return out;
    }

    private static Name resolve(String written, List<String> parameters, String side) {
        if (parameters.contains(written)) {
            return new Name(written, written, null);
        }
        Matcher m = ELEMENT.matcher(written.replace(" ", ""));
        if (m.matches() && parameters.contains(m.group(1))) {
            String[] parts = m.group(2).replace("][", ",").replace("[", "").replace("]", "").split(",");
            int[] index = new int[parts.length];
            for (int k = 0; k < parts.length; k++) {
                index[k] = Integer.parseInt(parts[k].trim());
            }
            return new Name(written, m.group(1), index);
        }
        throw new BadInputException("--map: " + written + " is no parameter of program " + side + " (its parameters: "
                + String.join(", ", parameters) + ")", "--map");
    }
}
