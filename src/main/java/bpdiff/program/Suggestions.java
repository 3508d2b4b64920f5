package bpdiff.program;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Suggests the known names closest to a misspelt one, by Levenshtein distance.
 *
 * <p>The distance is the fewest single-character insertions, deletions and substitutions that turn one
 * string into the other, compared case-insensitively. A name is suggested when its distance is at most
 * \( \max(1, \min(3, \lfloor n/3 \rfloor)) \) for a misspelt name of {@code n} characters; at most three
 * names are shown, nearest first.
 */
public final class Suggestions {

    private static final int SHOWN = 3;

    private Suggestions() {}

    /**
     * The closest names.
     *
     * @param wrong the name that is not known
     * @param known the names that are
     * @return up to three names, nearest first, in {@code known}'s order among equals
     */
    public static List<String> closest(String wrong, Collection<String> known) {
        int limit = Math.max(1, Math.min(3, wrong.length() / 3));
        List<String> candidates = new ArrayList<>(new LinkedHashSet<>(known));
        String lower = wrong.toLowerCase(Locale.ROOT);
        List<String> near = candidates.stream()
                .filter(k -> distance(lower, k.toLowerCase(Locale.ROOT)) <= limit)
                .sorted(Comparator.comparingInt(k -> distance(lower, k.toLowerCase(Locale.ROOT))))
                .toList();
        return near.subList(0, Math.min(SHOWN, near.size()));
    }

    /**
     * The suggestion as a sentence tail.
     *
     * @param wrong the name that is not known
     * @param known the names that are
     * @return {@code "; did you mean a, b?"}, or {@code ""} when nothing is close
     */
    public static String didYouMean(String wrong, Collection<String> known) {
        List<String> near = closest(wrong, known);
        return near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?";
    }

    /**
     * The Levenshtein distance.
     *
     * @param a one string
     * @param b the other
     * @return the fewest edits turning {@code a} into {@code b}
     */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
