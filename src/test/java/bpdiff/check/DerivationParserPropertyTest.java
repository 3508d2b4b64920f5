package bpdiff.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bpdiff.BadInputException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated and damaged derivations from a seeded generator: the parser either accepts one
 * or rejects it with {@link BadInputException} (one line); nothing else escapes, however deep or long.
 */
class DerivationParserPropertyTest {

    private static final long SEED = 4242L;
    private static final String[] PIECES = {
        "d_w1", " = ", "out_h1", "(", ")", "*", "/", "+", "-", "**", "^", "1e-3", "2", ",", "exp(", "np.",
        "max(", "#", "\n", "def f(x):", "return", "  ", "\t", "1e999", "0x1F", "@", "é", "\u0000", "=", "."
    };

    @Test
    void generatedLinesAreAcceptedOrRejectedCleanly() {
        Random random = new Random(SEED);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            try {
                DerivationParser.parse(text.toString(), "gen.py");
            } catch (BadInputException e) {
                assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                fail("case " + n + " escaped as " + e + " for:\n" + text, e);
            }
        }
    }

    @Test
    void deepNestingLongLinesAndHugeFilesAreInputErrors() {
        String deep = "d_w5 = " + "(".repeat(50_000) + "out_h1" + ")".repeat(50_000);
        assertTrue(assertThrows(BadInputException.class, () -> DerivationParser.parse(deep, "deep.py"))
                .getMessage().contains("deep.py:1"));
        String nested = "d_w5 = " + "(".repeat(500) + "out_h1" + ")".repeat(500);
        assertTrue(assertThrows(BadInputException.class, () -> DerivationParser.parse(nested, "n.py"))
                .getMessage().contains("nested too deeply"));
        String signs = "d_w5 = " + "-".repeat(1_000) + "out_h1";
        assertTrue(assertThrows(BadInputException.class, () -> DerivationParser.parse(signs, "s.py"))
                .getMessage().contains("nested too deeply"));
        String powers = "d_w5 = out_h1" + "**2".repeat(400);
        assertTrue(assertThrows(BadInputException.class, () -> DerivationParser.parse(powers, "p.py"))
                .getMessage().contains("nested too deeply"));
        String chain = "d_w5 = " + "out_h1 + ".repeat(10_000) + "1";
        assertTrue(assertThrows(BadInputException.class, () -> DerivationParser.parse(chain, "c.py"))
                .getMessage().contains("too long"));
        StringBuilder many = new StringBuilder("a0 = out_h1\n");
        for (int i = 1; i < 5_000; i++) {
            many.append("a").append(i).append(" = a").append(i - 1).append(" * 1\n");
        }
        assertTrue(assertThrows(BadInputException.class, () -> DerivationParser.parse(many.toString(), "m.py"))
                .getMessage().contains("too many assignments"));
    }
}
