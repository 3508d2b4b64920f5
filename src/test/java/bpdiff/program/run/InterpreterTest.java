package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The interpreter on the homework's own program: it prints what CPython prints for it (run with matplotlib
 * stubbed out: loss 0.2097, the gradients rounded to 0.01) and records its loss and its eight updates.
 */
class InterpreterTest {

    @Test
    void theHomeworkProgramRunsAndRecordsItsLossAndUpdates() {
        Programs.Run run = Programs.run(Programs.example("homework2-corrected.py"));
        assertEquals(1, run.trace().losses().stream().mapToInt(Events.Loss::node).distinct().count());
        assertEquals(8, run.trace().updates().size());
        assertEquals(List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"),
                run.trace().updates().stream().map(Events.Update::target).toList());
        assertEquals("损失函数: 0.2097", run.output().get(5));
        assertEquals("\tgrad W:  -0.01 0.01 -0.01 0.01 0.03 0.08 0.03 0.07", run.output().get(6));
    }
}
