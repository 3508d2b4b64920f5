package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The loss's usual names: listed once, ranked all, and what makes a text a program. */
class LossNamesTest {

    @Test
    void theListedNamesAreTheNames() {
        assertEquals(Set.of("loss", "L", "E", "E_total", "error", "cost", "J"), LossNames.ALL);
    }

    @Test
    void everyNameHasARankOfItsOwnBeforeAnyOtherName() {
        Set<Integer> ranks = LossNames.ALL.stream().map(LossNames::rank).collect(Collectors.toSet());
        assertEquals(LossNames.ALL.size(), ranks.size());
        assertTrue(ranks.stream().allMatch(r -> r < LossNames.rank("residual")));
        assertTrue(LossNames.rank("loss") < LossNames.rank("error"));
    }

    @Test
    void assigningAnyOfThemMakesAProgram() {
        for (String name : LossNames.ALL) {
            assertTrue(ProgramDetector.isProgram(name + " = 0.5 * (t - o) ** 2"), name);
            assertTrue(ProgramDetector.isProgram("a, " + name + " = f(x)"), name);
        }
        assertFalse(ProgramDetector.isProgram("E_tot = 0.5 * (t - o) ** 2"));
        assertFalse(ProgramDetector.isProgram("loss == 1"));
    }
}
