package bpdiff.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether what a command printed is what a document shows, line by line (trailing spaces and trailing blank lines
 * aside), with two elisions and nothing else that may differ:
 * <ul>
 *   <li>a line that is only {@code …} stands for any number of lines, none included;</li>
 *   <li>a line that ends in {@code …} stands for one line that begins with what is before the {@code …}.</li>
 * </ul>
 */
final class ShownOutput {

    /** The elision mark. */
    static final String ELLIPSIS = "…";

    private ShownOutput() {}

    /**
     * Compares.
     *
     * @param shown the lines the document shows
     * @param printed what the command printed
     * @return {@code null} when they agree, else the first shown line that nothing printed matches, and where
     */
    static String mismatch(List<String> shown, String printed) {
        List<String> expected = normalise(shown);
        List<String> actual = normalise(printed.lines().toList());
        Boolean[][] memo = new Boolean[expected.size() + 1][actual.size() + 1];
        int[] furthest = {0};
        if (matches(expected, actual, 0, 0, memo, furthest)) {
            return null;
        }
        int at = furthest[0];
        return at < expected.size()
                ? "the document's line " + (at + 1) + " of this output, '" + expected.get(at)
                        + "', is not what was printed there"
                : "more was printed than the document shows";
    }

    private static boolean matches(List<String> expected, List<String> actual, int i, int j, Boolean[][] memo,
            int[] furthest) {
        if (memo[i][j] != null) {
            return memo[i][j];
        }
        furthest[0] = Math.max(furthest[0], i);
        boolean result;
        if (i == expected.size()) {
            result = j == actual.size();
        } else if (expected.get(i).strip().equals(ELLIPSIS)) {
            result = matches(expected, actual, i + 1, j, memo, furthest)
                    || j < actual.size() && matches(expected, actual, i, j + 1, memo, furthest);
        } else {
            result = j < actual.size() && line(expected.get(i), actual.get(j))
                    && matches(expected, actual, i + 1, j + 1, memo, furthest);
        }
        memo[i][j] = result;
        return result;
    }

    private static boolean line(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        return expected.endsWith(ELLIPSIS)
                && actual.startsWith(expected.substring(0, expected.length() - ELLIPSIS.length()));
    }

    private static List<String> normalise(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.stripTrailing());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
