package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The interpreter on the homework's own program. */
class InterpreterTest {

    @Test
    void theHomeworkProgramRunsAndRecordsItsLossAndUpdates() {
        Programs.Run run = Programs.run(Programs.example("homework2-corrected.py"));
        run.output().forEach(System.out::println);
        assertEquals(1, run.trace().losses().stream().mapToInt(Events.Loss::node).distinct().count());
        assertEquals(8, run.trace().updates().size());
        System.out.println(run.trace().tape().size() + " nodes");
    }
}
