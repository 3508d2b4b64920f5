package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.program.ProgramLimits;
import bpdiff.program.syntax.Program;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeNode;
import bpdiff.testing.CPythonAst;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the tape records through Python's own built-ins and containers ({@code semantics/22-recording.py},
 * whose printed values PythonSemanticsTest holds to CPython): {@code max}/{@code min} return the chosen
 * argument with its node, {@code abs}, {@code sum} and {@code math}'s functions record their operations,
 * floats stored in an object's attributes or a dict's items are leaves named after the target, and
 * {@code copy.deepcopy} keeps them.
 */
class RecordingTest {

    private static final Set<String> LOSSES = Set.of("loss_relu", "loss_dead", "loss_abs", "loss_sum", "loss_math",
            "loss_copy", "loss_min");
    private static Trace trace;

    @BeforeAll
    static void run() throws IOException {
        Path reference = Path.of("reference-results/python-semantics/22-recording.ast.json");
        String text = Files.readString(Path.of("src/test/resources/semantics/22-recording.py"));
        Program program = CPythonAst.program(text, "22-recording.py",
                new ObjectMapper().readTree(reference.toFile()).get("module"));
        trace = Interpreter.run(program, new RunOptions(LOSSES, n -> false, ProgramLimits.DEFAULT, null));
    }

    private static Map<String, Events.Loss> losses() {
        Map<String, Events.Loss> out = new HashMap<>();
        trace.losses().forEach(l -> out.put(l.name(), l));
        return out;
    }

    /** The leaves' names and the operations the loss depends on. */
    private static Set<String> reach(String loss) {
        Tape tape = trace.tape();
        Set<String> out = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(losses().get(loss).node()));
        Set<Integer> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            int id = todo.pop();
            if (!seen.add(id)) {
                continue;
            }
            TapeNode node = tape.node(id);
            if (node.isLeaf()) {
                out.add("leaf " + tape.nameOf(id));
            } else {
                out.add(node.op().name());
            }
            for (int input : node.inputs()) {
                todo.push(input);
            }
        }
        return out;
    }

    @Test
    void maxReturnsTheWinnerWithItsNodeAndAConstantWhenTheConstantWins() {
        assertTrue(reach("loss_relu").containsAll(Set.of("leaf self.w", "leaf self.params['b']", "POW")),
                reach("loss_relu").toString());
        assertTrue(!losses().containsKey("loss_dead"), "max(0, -z) with z > 0 is the int 0, off the tape");
    }

    @Test
    void absSumAndMathAreRecorded() {
        assertTrue(reach("loss_abs").containsAll(Set.of("ABS", "leaf params['W1']")), reach("loss_abs").toString());
        assertTrue(reach("loss_sum").containsAll(Set.of("ADD", "leaf self.w")), reach("loss_sum").toString());
        assertTrue(reach("loss_math").containsAll(Set.of("EXP", "LOG", "SQRT", "TANH", "POW", "leaf self.w",
                "leaf params['W1']")), reach("loss_math").toString());
    }

    @Test
    void deepcopyAndMinKeepTheNodes() {
        assertTrue(reach("loss_copy").contains("leaf params['W1']"), reach("loss_copy").toString());
        // min(net.w, 10.0) chooses the recorded net.w: recorded as np.minimum of it and the constant (so that a ReLU
        // written max(0, z) is seen); min(params.values()) of two recorded values is the one chosen
        assertEquals(Set.of("ADD", "MINIMUM", "leaf self.w", "leaf params['W1']", "leaf null"), reach("loss_min"));
    }

    @Test
    void everyLossHasItsValue() {
        assertEquals(1.0 * 0.75 * 0.75, losses().get("loss_relu").value().item(), 1e-15);
        assertEquals(Op.ADD, trace.tape().node(losses().get("loss_min").node()).op());
    }
}
