package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The line and column of an offset in a text whose lines end with {@code \n}, {@code \r\n} or {@code \r}. */
final class LineMap {

    private final String text;
    private final int[] starts;

    /**
     * @param text the text
     */
    LineMap(String text) {
        this.text = text;
        List<Integer> found = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                found.add(i + 1);
            }
        }
        starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * @param offset an offset in the text
     * @return its 1-based line
     */
    int line(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at + 1 : -at - 1;
    }

    /**
     * @param offset an offset in the text
     * @return its 1-based column, in Unicode characters
     */
    int column(int offset) {
        int start = starts[line(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    /**
     * @param line a 1-based line
     * @param column a 1-based column in Unicode characters
     * @return the offset there
     */
    int offset(int line, int column) {
        int start = starts[Math.min(Math.max(line, 1), starts.length) - 1];
        return text.offsetByCodePoints(start, Math.min(column - 1, text.codePointCount(start, text.length())));
    }
}
