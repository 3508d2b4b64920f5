package bpdiff.network;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import bpdiff.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of damaged network files from a seeded generator: the loader either accepts one or rejects it
 * with {@link BadInputException}, one line; no other exception escapes.
 */
class NetworkLoaderPropertyTest {

    private static final long SEED = 20261127L;
    private static final int CASES = 4000;
    private static final String[] FRAGMENTS = {
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "-", "1e999", "NaN", "0", "-1", "2.5", "\"w1\"",
        "\"layers\"", "\"weights\"", "\"x\"", "[]", "{}", "\u0000", "\uFFFF", "\\", "99999999999999999999"
    };

    @TempDir
    Path folder;

    @Test
    void damagedFilesAreAcceptedOrRejectedCleanly() throws IOException {
        String original = Files.readString(Path.of("examples/networks/shared-bias.json"));
        Random random = new Random(SEED);
        Path file = folder.resolve("fuzz.json");
        for (int n = 0; n < CASES; n++) {
            String damaged = damage(original, random);
            Files.writeString(file, damaged);
            try {
                NetworkLoader.load(file);
            } catch (BadInputException e) {
                assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            } catch (RuntimeException e) {
                fail("case " + n + " escaped as " + e + " for input:\n" + damaged, e);
            }
        }
    }

    private static String damage(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 2 -> s.replace(at, Math.min(s.length(), at + 1 + random.nextInt(8)),
                        FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                default -> s.setLength(at);
            }
        }
        return s.toString();
    }
}
