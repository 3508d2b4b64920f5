package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.program.BadProgramException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * bpdiff's limits hold inside one torch call: a tensor larger than the element limit is refused before its memory is
 * taken, whichever function makes it.
 */
class TorchLimitsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"torch.zeros(100000, 100000)", "torch.randn(100000, 100000)", "torch.arange(10**10)",
        "torch.ones(3000, 3000) @ torch.ones(3000, 3000)", "torch.zeros(2000).expand(2000, 2000)",
        "torch.eye(100000)", "torch.full((100000, 100000), 1.5)"})
    void aTensorPastTheElementLimitIsRefusedBeforeItIsMade(String expression) {
        BadProgramException e = assertThrows(BadProgramException.class,
                () -> Programs.run("import torch\nx = " + expression + "\n"));
        assertTrue(e.getMessage().contains("more than bpdiff's limit"), e.getMessage());
    }
}
