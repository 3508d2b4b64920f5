package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.cli.ExitCode;
import bpdiff.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * What {@code bpdiff check} says about a program with its own scalar autograd (micrograd's {@code Value}) beyond
 * what {@link CorpusTest} holds it to: the diagnosis of a gradient never set back to 0 names what holds it. The
 * program is the corpus's {@code mg-lecture-no-zero-grad.py}, whose truth (every update wrong from epoch 2, the
 * gradients of all the epochs added up) {@code tools/corpus_reference.py} computed from CPython and PyTorch.
 */
class MicrogradCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aGradientNeverZeroedIsSaidToBeHeldByWhatTheUpdateSubtracts() throws Exception {
        Cli.Result run = Cli.run("check", "examples/programs/corpus/mg-lecture-no-zero-grad.py", "--format", "json");

        assertEquals(ExitCode.DIFFERENT, run.status(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(8, report.get("wrong").asInt());
        for (JsonNode q : report.get("quantities")) {
            assertEquals(2, q.get("firstFailingEpoch").asInt(), q.toString());
            assertEquals("accumulated-grad", q.get("codes").get(0).asText(), q.toString());
            // the update p.data += -lr * p.grad subtracts p.grad; w1.data is the parameter, not the sum
            assertTrue(q.get("likely").get(0).asText().contains("p.grad still holds the previous epochs' gradients"),
                    q.get("likely").toString());
        }
    }
}
