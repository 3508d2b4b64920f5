package bpdiff.program.run;

/**
 * Substring search in time linear in the text, as CPython's is (its two-way search for long needles): Java's
 * {@link String#indexOf(String)} compares the needle at every position, \( O(nm) \), so
 * {@code ('a' * 10**6).find('a' * 300000 + 'b')} took minutes inside one statement. A needle of at most
 * {@value #SHORT} characters is searched by Java (at most \( 32n \) comparisons, and faster for the usual short ones);
 * a longer one by Knuth–Morris–Pratt, \( O(n + m) \). The results are {@code String}'s.
 */
final class TextSearch {

    /** The longest needle searched by {@link String#indexOf(String, int)}. */
    static final int SHORT = 32;

    private TextSearch() {}

    /**
     * @param text the text
     * @param needle what is sought
     * @param from where to start
     * @return {@code text.indexOf(needle, from)}
     */
    static int indexOf(String text, String needle, int from) {
        int m = needle.length();
        if (m <= SHORT) {
            return text.indexOf(needle, from);
        }
        int[] border = borders(needle, false);
        int q = 0;
        for (int p = Math.max(0, from); p < text.length(); p++) {
            char c = text.charAt(p);
            while (q > 0 && needle.charAt(q) != c) {
                q = border[q - 1];
            }
            if (needle.charAt(q) == c && ++q == m) {
                return p - m + 1;
            }
        }
        return -1;
    }

    /**
     * @param text the text
     * @param needle what is sought
     * @return {@code text.indexOf(needle)}
     */
    static int indexOf(String text, String needle) {
        return indexOf(text, needle, 0);
    }

    /**
     * @param text the text
     * @param needle what is sought
     * @param from the last position a match may start at
     * @return {@code text.lastIndexOf(needle, from)}
     */
    static int lastIndexOf(String text, String needle, int from) {
        int m = needle.length();
        if (m <= SHORT) {
            return text.lastIndexOf(needle, from);
        }
        int last = Math.min(from, text.length() - m);
        int[] border = borders(needle, true);
        int q = 0;
        // the needle reversed, sought in the text read backwards from the end of the last window it may fill
        for (int p = last + m - 1; p >= 0 && last >= 0; p--) {
            char c = text.charAt(p);
            while (q > 0 && needle.charAt(m - 1 - q) != c) {
                q = border[q - 1];
            }
            if (needle.charAt(m - 1 - q) == c && ++q == m) {
                return p;
            }
        }
        return -1;
    }

    /**
     * @param text the text
     * @param needle what is sought
     * @return {@code text.lastIndexOf(needle)}
     */
    static int lastIndexOf(String text, String needle) {
        return lastIndexOf(text, needle, text.length());
    }

    /**
     * Knuth–Morris–Pratt's table: {@code border[i]} is the length of the longest proper prefix of the needle's first
     * {@code i + 1} characters that is also their suffix (of the needle read backwards when {@code reversed}).
     */
    private static int[] borders(String needle, boolean reversed) {
        int m = needle.length();
        int[] border = new int[m];
        int q = 0;
        for (int i = 1; i < m; i++) {
            char c = at(needle, i, reversed);
            while (q > 0 && at(needle, q, reversed) != c) {
                q = border[q - 1];
            }
            if (at(needle, q, reversed) == c) {
                q++;
            }
            border[i] = q;
        }
        return border;
    }

    private static char at(String needle, int i, boolean reversed) {
        return needle.charAt(reversed ? needle.length() - 1 - i : i);
    }
}
