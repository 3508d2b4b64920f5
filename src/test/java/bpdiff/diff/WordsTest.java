package bpdiff.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words of the comparison's fixed sets, as the JSON contract of docs/json.md ({@code bpdiff.compare/1}) and the text tables
 * write them: an enum's {@code toString()} is its word, so a table and the JSON never say it differently.
 */
class WordsTest {

    private static List<String> words(Enum<?>[] values) {
        return Arrays.stream(values).map(Object::toString).toList();
    }

    @Test
    void verdictsAreMatchMismatchDiverged() {
        assertEquals(List.of("match", "mismatch", "diverged"), words(Verdict.values()));
    }

    @Test
    void theRefereeSidesWithBothManualAutogradNeitherOrIsUnreliable() {
        assertEquals(List.of("both", "manual", "autograd", "neither", "unreliable"), words(NumericAgreement.values()));
    }

    @Test
    void theWrongSideIsManualAutogradUndecidedOrNeither() {
        assertEquals(List.of("manual", "autograd", "undecided", "neither"), words(WrongSide.values()));
    }

    @Test
    void theSourcesAreManualAutogradNumeric() {
        assertEquals(List.of("manual", "autograd", "numeric"), words(Side.values()));
    }

    @Test
    void theModesAreIndependentAndLockstep() {
        assertEquals(List.of("independent", "lockstep"), words(Mode.values()));
    }
}
