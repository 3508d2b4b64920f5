package bpdiff.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a program printed against what CPython printed for it: the text between numbers must be the same character for
 * character, and each number the same within a relative tolerance. numpy computes {@code exp}, {@code log} and
 * {@code @} with vector libraries (SVML, OpenBLAS) whose last bits differ from the Java and glibc functions bpdiff
 * uses, by one to four units in the last place; a program that trains for hundreds of epochs carries such a
 * difference along, so a loss printed with 17 digits agrees with CPython's to about 1e-13, not to the last bit.
 */
public final class PrintedText {

    /** Python's float and int literals as print writes them, signs and exponents included. */
    private static final Pattern NUMBER = Pattern.compile("-?(?:\\d+\\.\\d*|\\.\\d+|\\d+)(?:[eE][-+]?\\d+)?");

    private PrintedText() {}

    /**
     * @param expected what CPython printed
     * @param actual what bpdiff's interpreter printed
     * @param relative the relative tolerance of every number
     * @param message what is compared
     */
    public static void assertSame(String expected, String actual, double relative, String message) {
        List<String> expectedText = new ArrayList<>();
        List<String> actualText = new ArrayList<>();
        List<Double> expectedNumbers = split(expected, expectedText);
        List<Double> actualNumbers = split(actual, actualText);
        if (!expectedText.equals(actualText) || expectedNumbers.size() != actualNumbers.size()) {
            assertEquals(expected, actual, message);
        }
        for (int k = 0; k < expectedNumbers.size(); k++) {
            double e = expectedNumbers.get(k);
            double a = actualNumbers.get(k);
            if (Math.abs(e - a) > relative * Math.max(Math.abs(e), Math.abs(a))) {
                assertEquals(expected, actual, message + ": number " + (k + 1) + " differs beyond " + relative);
            }
        }
    }

    private static List<Double> split(String text, List<String> between) {
        List<Double> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        int at = 0;
        while (m.find()) {
            between.add(text.substring(at, m.start()));
            numbers.add(Double.parseDouble(m.group()));
            at = m.end();
        }
        between.add(text.substring(at));
        return numbers;
    }
}
