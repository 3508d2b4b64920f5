package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Knuth–Morris–Pratt finds what {@link String#indexOf} and {@link String#lastIndexOf} find, from any position. */
class TextSearchTest {

    @Test
    void longNeedlesAreFoundWhereStringFindsThem() {
        Random random = new Random(7);
        for (int trial = 0; trial < 3000; trial++) {
            String text = random(random, random.nextInt(300));
            // a needle from the text itself half of the time, so that many are found
            String needle;
            if (text.length() > TextSearch.SHORT && random.nextBoolean()) {
                int from = random.nextInt(text.length() - TextSearch.SHORT);
                needle = text.substring(from, from + TextSearch.SHORT + 1 + random.nextInt(text.length() - from
                        - TextSearch.SHORT));
            } else {
                needle = random(random, TextSearch.SHORT + 1 + random.nextInt(60));
            }
            int from = random.nextInt(text.length() + 3) - 1;
            String what = "'" + needle + "' in '" + text + "' from " + from;
            assertEquals(text.indexOf(needle, from), TextSearch.indexOf(text, needle, from), what);
            assertEquals(text.lastIndexOf(needle, from), TextSearch.lastIndexOf(text, needle, from), what);
            assertEquals(text.indexOf(needle), TextSearch.indexOf(text, needle), what);
            assertEquals(text.lastIndexOf(needle), TextSearch.lastIndexOf(text, needle), what);
        }
    }

    /** Two letters, mostly one: the periodic texts where a border table matters. */
    private static String random(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < length; k++) {
            s.append(random.nextInt(8) == 0 ? 'b' : 'a');
        }
        return s.toString();
    }
}
