package bpdiff.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class that hands in homework 2 checked with homework 3 in one file (hand gradients in floats or numpy beside
 * {@code loss.backward()}, nothing updated) and homework 3 by {@code nn.Sequential}, graded against homework 3 as the
 * reference: each is graded on the hand side's parameters, matched to the reference's {@code w1 … w8} by the weights
 * they start at (single floats, numpy's {@code X @ W1} matrices, the transposed {@code W @ x} ones), and the wrong twins
 * lose the points of the layer PyTorch's own run shows wrong.
 */
class HandAndAutogradGradeTest {

    @TempDir
    Path folder;

    private static String printed(String program) throws IOException {
        return new ObjectMapper().readTree(Path.of("reference-results/torch/" + program + ".json").toFile())
                .get("runs").get("float32").get("stdout").asText();
    }

    private static JsonNode raised(String program) throws IOException {
        return new ObjectMapper().readTree(Path.of("reference-results/torch/" + program + ".json").toFile())
                .get("runs").get("float32").get("exception");
    }

    @Test
    void eachIsGradedOnItsHandSideAndTheWrongLayerPyTorchShowsLosesItsPoints() throws IOException {
        // PyTorch's runs: the float twin's assert fails at its first weight, w1 (it printed w1's line last); the numpy
        // twin prints dW1 ok: False, dW2 ok: True; the nn.Linear twin fc1: True, fc2: False
        assertEquals("AssertionError", raised("hand-vs-autograd-floats-wrong").get("type").asText());
        String floats = printed("hand-vs-autograd-floats-wrong");
        assertTrue(floats.strip().substring(floats.strip().lastIndexOf('\n') + 1).startsWith("w1: "), floats);
        assertTrue(printed("hand-vs-autograd-numpy-wrong").contains("dW1 ok: False\ndW2 ok: True"));
        assertTrue(printed("hand-vs-autograd-linear-wrong").contains("fc1: True\nfc2: False"));
        Map<String, String> expected = Map.of(
                "hand-vs-autograd-floats", "8,8,right,right,right,right,right,right,right,right",
                "hand-vs-autograd-floats-wrong", "7,8,wrong,right,right,right,right,right,right,right",
                "hand-vs-autograd-numpy", "8,8,right,right,right,right,right,right,right,right",
                "hand-vs-autograd-numpy-wrong", "4,8,wrong,wrong,wrong,wrong,right,right,right,right",
                "hand-vs-autograd-linear", "8,8,right,right,right,right,right,right,right,right",
                "hand-vs-autograd-linear-wrong", "4,8,right,right,right,right,wrong,wrong,wrong,wrong",
                "homework3-named-parameters", "8,8,right,right,right,right,right,right,right,right");
        Path submissions = Files.createDirectories(folder.resolve("class"));
        for (String program : expected.keySet()) {
            Files.copy(Path.of("examples/programs/torch/" + program + ".py"), submissions.resolve(program + ".py"));
        }
        Path out = folder.resolve("grades");
        Cli.Result r = Cli.run("grade", submissions.toString(), "--out", out.toString(), "--reference",
                "examples/programs/homework3.py");
        assertEquals(1, r.status(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("grades.csv"));
        assertTrue(rows.get(0).startsWith("student,file,score,max,w1,w2,w3,w4,w5,w6,w7,w8,"), rows.get(0));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String row = rows.stream().filter(l -> l.startsWith(e.getKey() + ",")).findFirst().orElseThrow();
            assertTrue(row.startsWith(e.getKey() + "," + submissions.resolve(e.getKey() + ".py") + "," + e.getValue()
                    + ","), row);
        }
        String feedback = Files.readString(out.resolve("feedback/hand-vs-autograd-linear.md"));
        assertTrue(feedback.contains("are graded as the reference's w1, w2, w3, w4, w5, w6, w7, w8"), feedback);
    }
}
