package bpdiff.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names the JSON contract ({@code bpdiff.compare/1}, docs/json.md) promises. */
class NamesTest {

    @Test
    void namesAreTheContracts() {
        assertEquals(List.of("match", "mismatch", "diverged"), Arrays.stream(Verdict.values()).map(Verdict::id).toList());
        assertEquals(List.of("both", "manual", "autograd", "neither", "unreliable"),
                Arrays.stream(NumericAgreement.values()).map(NumericAgreement::id).toList());
        assertEquals(List.of("manual", "autograd", "undecided", "neither"),
                Arrays.stream(WrongSide.values()).map(WrongSide::id).toList());
        assertEquals(List.of("independent", "lockstep"), Arrays.stream(Mode.values()).map(Mode::id).toList());
        assertEquals(List.of("manual", "autograd", "numeric"), Arrays.stream(Side.values()).map(Side::id).toList());
    }
}
