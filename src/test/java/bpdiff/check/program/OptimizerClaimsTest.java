package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Programs that step with momentum or an adaptive optimizer (AdaGrad, RMSprop, Adam) through dicts or objects: their
 * updates claim no gradient, so each parameter's gradient is checked where the program names it, and that claim is
 * PyTorch's gradient. Truth: the epoch-1 PyTorch float64 gradient of every parameter that
 * {@code tools/corpus_reference.py} recorded for the same corpus program ({@code reference-results/corpus/}).
 */
class OptimizerClaimsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // program | the names the claims are made under
        "dlai-adam-dict-inline.py | dW1 db1 dW2 db2",
        "dlai-momentum.py | dW1 db1 dW2 db2 dW3 db3",
        "saito-ch4-momentum.py | grads['W1'] grads['b1'] grads['W2'] grads['b2']",
        "saito-adam.py | dW db",
        "nnfs-adam.py | dweights dbiases",
    })
    void eachParameterIsCheckedWhereTheProgramNamesItsGradient(String program, String names) {
        ProgramReport report = ProgramExamplesTest.check("corpus/" + program);
        assertTrue(report.passed(), report.summary());
        assertTrue(report.notChecked().isEmpty(), report.notChecked().toString());
        JsonNode reference = PyTorchReference.read("reference-results/corpus/" + program.replace(".py", ".json"));
        Map<String, JsonNode> gradients = new HashMap<>();
        reference.get("parameters").forEach(p -> gradients.put(p.get("name").asText(), p.at("/epoch1/gradient")));
        Set<String> compared = new TreeSet<>();
        Set<String> sites = new TreeSet<>();
        for (CheckedQuantity q : report.quantities()) {
            JsonNode expected = gradients.get(q.derivative().target());
            if (expected == null) {
                continue;
            }
            double[] torch = ProgramExamplesTest.flatten(expected);
            double[] student = q.shown().student();
            assertEquals(torch.length, student.length, q.derivative().target());
            for (int k = 0; k < torch.length; k++) {
                assertEquals(torch[k], student[k], 1e-9 * (1 + Math.abs(torch[k])), q.derivative().target() + "[" + k + "]");
            }
            compared.add(q.derivative().target());
            sites.add(q.site().name());
        }
        assertEquals(new TreeSet<>(gradients.keySet()), compared, "every parameter's gradient is checked");
        assertEquals(new TreeSet<>(Set.of(names.split(" "))), sites, "claimed where the program names the gradient");
        for (String parameter : gradients.keySet()) {
            assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("the update of " + parameter + " ")
                    && n.contains("adaptive step")), parameter + ": " + report.notes());
        }
    }
}
