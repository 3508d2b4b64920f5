package bpdiff.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.gradient.Precision;
import bpdiff.program.ProgramLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A caller's {@link Watch} stops a program check between two epochs (how the server's time limit ends a long
 * program check after the interpreter has run it): it is called before each epoch is differentiated (and before each
 * computation of the loss is traced back), and what it throws ends the check there. The homework's corrected program, run for 5 epochs instead of its 1.
 */
class TextCheckTest {

    private static final int EPOCHS = 5;

    private static String correctedForFiveEpochs() throws IOException {
        String text = Files.readString(Path.of("examples/programs/homework2-corrected.py"));
        String fiveEpochs = text.replace("N = 1  #", "N = " + EPOCHS + "  #");
        assertTrue(!fiveEpochs.equals(text), "the program's epoch count was found");
        return fiveEpochs;
    }

    private static CheckSettings watchedBy(Watch watch) {
        NetworkSettings network = new NetworkSettings(null, Precision.FLOAT64, null, null, null, null, null, null,
                OptionStyle.API);
        return new CheckSettings(network, null, List.of(), ProgramLimits.DEFAULT, null, watch);
    }

    @Test
    void theWatchIsCalledBeforeEachEpochOfAProgram() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        CheckOutcome outcome = TextCheck.run(correctedForFiveEpochs(), "program.py", watchedBy(calls::incrementAndGet));
        // also once per computation of the loss traced back after the run, so more than once per epoch
        assertTrue(calls.get() >= EPOCHS, "at least once per epoch: " + calls.get());
        assertTrue(outcome.passed(), outcome.summary());
    }

    @Test
    void whatTheWatchThrowsStopsAProgramCheckBetweenEpochs() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException stop = new IllegalStateException("time is up");
        Watch watch = () -> {
            if (calls.incrementAndGet() == 3) {
                throw stop;
            }
        };
        String text = correctedForFiveEpochs();
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> TextCheck.run(text, "program.py", watchedBy(watch)));
        assertSame(stop, thrown);
        assertEquals(3, calls.get(), "stopped before the third epoch, not after the last");
    }
}
