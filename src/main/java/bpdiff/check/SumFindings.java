package bpdiff.check;

/**
 * The words of the guesses about a sum, the same for a formula list and a program: one {@code +} or {@code -} the
 * wrong way round, or one term too many.
 */
public final class SumFindings {

    private SumFindings() {}

    /**
     * @param written the sum as written, e.g. {@code d_o1 * w5 - d_o2 * w6}
     * @param corrected the sum with the sign flipped
     * @param term the term whose sign is flipped
     * @return e.g. {@code 'a - b' should be 'a + b': the sign of b is flipped}
     */
    public static String signFlipped(String written, String corrected, String term) {
        return "'" + written + "' should be '" + corrected + "': the sign of " + term + " is flipped";
    }

    /**
     * @param term the term too many
     * @param written the sum as written
     * @return e.g. {@code the term b in 'a + b' is extra}
     */
    public static String extraTerm(String term, String written) {
        return "the term " + term + " in '" + written + "' is extra";
    }
}
