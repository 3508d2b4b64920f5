package bpdiff.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a check's JSON answer must say, from outside the code under test: the homework's own statement of which
 * formulas are wrong (d_w1..d_w4 of the published homework), and autograd's numbers those of PyTorch running the
 * same program ({@code reference-results/programs/}, {@code tools/program_reference.py}) or the lecture network
 * ({@code reference-results/pytorch/}, {@code tools/pytorch_reference.py}).
 */
public final class CheckAnswers {

    /** The published homework's wrong formulas, as its program and its formula list compute them, in line order. */
    public static final List<String> HOMEWORK_WRONG = List.of("d_w1", "d_w3", "d_w2", "d_w4");

    private CheckAnswers() {}

    /**
     * @param answer a program check's document ({@code bpdiff.check-program/1})
     * @return the names of its wrong claims, in line order
     */
    public static List<String> wrongClaims(JsonNode answer) {
        return namesWithVerdict(answer.get("quantities"), "wrong");
    }

    /**
     * @param answer a formula list check's document ({@code bpdiff.check/1})
     * @return the names of its wrong formulas, in line order
     */
    public static List<String> wrongFormulas(JsonNode answer) {
        return namesWithVerdict(answer.get("formulas"), "wrong");
    }

    /**
     * Holds autograd's ∂L/∂v of every claim of a program check, at its first epoch, to PyTorch's for the same
     * example program.
     *
     * @param answer the program check's document
     * @param example the program's name in {@code examples/programs/}, without {@code .py}
     */
    public static void assertAutogradIsPyTorchs(JsonNode answer, String example) {
        JsonNode gradients = PyTorchReference.read("reference-results/programs/" + example + ".json")
                .at("/losses/0/gradients");
        int compared = 0;
        for (JsonNode q : answer.get("quantities")) {
            JsonNode torch = gradients.get(q.get("derivativeOf").asText());
            if (torch == null) {
                continue;
            }
            List<Double> expected = new ArrayList<>();
            flatten(torch, expected);
            assertEquals(expected.size(), q.get("autograd").size(), example + " " + q.get("name").asText());
            for (int k = 0; k < expected.size(); k++) {
                assertEquals(expected.get(k), q.get("autograd").get(k).asDouble(), 1e-12,
                        example + " " + q.get("name").asText());
            }
            compared++;
        }
        assertTrue(compared >= 4, example + ": compared " + compared);
    }

    /**
     * @return autograd's ∂L/∂w1 of the lecture network at its first epoch, float64, from PyTorch
     */
    public static double lectureDw1() {
        return PyTorchReference.weights(PyTorchReference.pytorchCase("float64", "sigmoid/half-sse/given/lr1/e100")
                .get("steps").get(0).get("gradient"))[0];
    }

    private static List<String> namesWithVerdict(JsonNode list, String verdict) {
        List<String> names = new ArrayList<>();
        list.forEach(q -> {
            if (q.get("verdict").asText().equals(verdict)) {
                names.add(q.get("name").asText());
            }
        });
        return names;
    }

    private static void flatten(JsonNode value, List<Double> out) {
        if (value.isArray()) {
            value.forEach(v -> flatten(v, out));
        } else {
            out.add(value.asDouble());
        }
    }
}
