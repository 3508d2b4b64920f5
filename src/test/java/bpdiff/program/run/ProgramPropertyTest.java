package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.fail;

import bpdiff.program.BadProgramException;
import bpdiff.program.ProgramLimits;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated programs, well-formed and mangled: every one either runs or ends in a
 * {@link BadProgramException} with a position; no other exception escapes the parser or the interpreter.
 */
class ProgramPropertyTest {

    private static final ProgramLimits SMALL = new ProgramLimits(20_000, 2_000, 10_000, 30, 5, 50_000);

    @Test
    void generatedProgramsNeverThrowAnythingElse() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int k = 0; k < 3000; k++) {
            String program = new ProgramGenerator(random.split()).program();
            check(program);
        }
    }

    @Test
    void mangledProgramsNeverThrowAnythingElse() {
        SplittableRandom random = new SplittableRandom(7);
        String seed = Programs.example("homework2-published.py");
        List<String> pieces = List.of("(", ")", "[", "]", ":", "\n", "    ", "\\", "'", "\"", "f\"{", "}", ",", "=",
                "-=", "**", "@", "np.", ".T", "def ", "for ", "return ", "lambda", "#", "，", "\t", "1e", "None");
        for (int k = 0; k < 1500; k++) {
            StringBuilder text = new StringBuilder(seed);
            for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                if (random.nextBoolean()) {
                    text.insert(at, pieces.get(random.nextInt(pieces.size())));
                } else {
                    text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(6)));
                }
            }
            check(text.toString());
        }
    }

    private static void check(String program) {
        try {
            Programs.run(program, SMALL);
        } catch (BadProgramException e) {
            if (e.problems().isEmpty()) {
                fail("no problem in the exception for\n" + program);
            }
        } catch (RuntimeException | StackOverflowError e) {
            AssertionError error = new AssertionError("escaped: " + e + "\n--- program ---\n" + program);
            error.initCause(e);
            throw error;
        }
    }
}
