package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.diff.Tolerance;
import bpdiff.gradient.Precision;
import bpdiff.program.ProgramLimits;
import bpdiff.program.array.NdArray;
import bpdiff.program.run.Interpreter;
import bpdiff.program.run.PyArray;
import bpdiff.program.run.PyFloat;
import bpdiff.program.run.PyTuple;
import bpdiff.program.run.RunOptions;
import bpdiff.program.run.Trace;
import bpdiff.program.run.Value;
import bpdiff.program.syntax.Parser;
import bpdiff.program.tape.Replay;
import bpdiff.program.tape.TapeAutograd;
import bpdiff.program.tape.TapeFiniteDifferences;
import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example program's autograd values against real PyTorch: {@code tools/program_reference.py} runs each
 * program with CPython and differentiates it with torch ({@code reference-results/programs/}); bpdiff's replay
 * of its own recording must give the same \( \partial L / \partial v \) for every variable the loss line sees,
 * at every computation of the loss (100 of them for the homework program with {@code N = 100}), and central
 * finite differences must agree with both.
 *
 * <p>From the second epoch on, PyTorch's \( \partial L / \partial x \) for the data and the learning rate also
 * runs through the earlier updates (the epoch's weights were computed from them); bpdiff differentiates at the
 * epoch's own weights, as the homework does, so values the weights were computed from are compared at the first
 * epoch only.
 */
class ProgramReferenceTest {

    static Stream<String> references() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("reference-results/programs"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void autogradIsPyTorchsAndFiniteDifferencesAgree(String file) throws IOException {
        JsonNode reference = PyTorchReference.read("reference-results/programs/" + file);
        List<Epoch> epochs = epochs(reference);
        JsonNode losses = reference.get("losses");
        assertEquals(losses.size(), epochs.size(), "computations of the loss");
        int compared = 0;
        try (TapeAutograd autograd = new TapeAutograd(Precision.FLOAT64)) {
            for (int k = 0; k < epochs.size(); k++) {
                Epoch epoch = epochs.get(k);
                JsonNode expected = losses.get(k);
                Replay replay = autograd.replay(epoch.closure);
                double loss = expected.get("loss").asDouble();
                assertTrue(Tolerance.FLOAT64.agrees(replay.loss(), loss), "loss at epoch " + (k + 1) + ": PyTorch "
                        + loss + ", the replay " + replay.loss());
                Map<String, Integer> nodes = nodes(epoch, expected.get("gradients"));
                TapeFiniteDifferences.Result numeric = TapeFiniteDifferences.compute(epoch.closure,
                        new HashSet<>(nodes.values()), () -> { });
                for (Map.Entry<String, Integer> e : nodes.entrySet()) {
                    double[] torch = flatten(expected.get("gradients").get(e.getKey()));
                    NdArray ours = replay.gradient().get(e.getValue());
                    assertNotNull(ours, e.getKey() + " has no gradient at epoch " + (k + 1));
                    String what = file + " epoch " + (k + 1) + " ∂L/∂" + e.getKey();
                    assertClose(torch, ours.data(), Tolerance.FLOAT64, what + " (autograd)");
                    if (!numeric.unreliable().contains(e.getValue())) {
                        assertClose(torch, numeric.gradient().get(e.getValue()).data(), Tolerance.FINITE_DIFFERENCES,
                                what + " (finite differences)");
                    }
                    compared++;
                }
            }
        }
        assertTrue(compared >= epochs.size() * 2, "compared " + compared);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void float32AutogradIsPyTorchsWithinTheFloat32Tolerance(String file) throws IOException {
        JsonNode reference = PyTorchReference.read("reference-results/programs/" + file);
        List<Epoch> epochs = epochs(reference);
        JsonNode first = reference.get("losses").get(0);
        try (TapeAutograd autograd = new TapeAutograd(Precision.FLOAT32)) {
            Replay replay = autograd.replay(epochs.get(0).closure);
            nodes(epochs.get(0), first.get("gradients")).forEach((name, node) -> assertClose(
                    flatten(first.get("gradients").get(name)), replay.gradient().get(node).data(), Tolerance.FLOAT32,
                    file + " float32 ∂L/∂" + name));
        }
    }

    private static List<Epoch> epochs(JsonNode reference) throws IOException {
        String program = reference.get("program").asText();
        String path = program.replace(" with N = 100", "");
        String text = Files.readString(Path.of(path));
        if (program.endsWith(" with N = 100")) {
            text = text.replace("    N = 1  #", "    N = 100  #");
        }
        Trace trace = Interpreter.run(Parser.parse(text, path), new RunOptions(LossNames.ALL,
                ClaimNames::isWatched, ProgramLimits.DEFAULT, null));
        Parameters parameters = Parameters.of(trace, List.of());
        return Epochs.of(trace, parameters, new ArrayList<>(), null);
    }

    /** The node of each variable the reference names, as the loss line saw it, unless the weights depend on it. */
    private static Map<String, Integer> nodes(Epoch epoch, JsonNode gradients) {
        Map<String, Integer> nodes = new HashMap<>();
        Set<String> missing = new HashSet<>();
        Set<Integer> upstream = new HashSet<>();
        for (int parameter : epoch.parameterNodes) {
            for (int ancestor : Ancestry.of(epoch.closure.tape(), parameter, Set.of()).toArray()) {
                if (ancestor != parameter) {
                    upstream.add(ancestor);
                }
            }
        }
        gradients.fieldNames().forEachRemaining(name -> {
            int dot = name.indexOf('.');
            Value v = epoch.loss.scope().lookup(dot < 0 ? name : name.substring(0, dot));
            if (dot >= 0 && v instanceof PyTuple t && t.fields().contains(name.substring(dot + 1))) {
                v = t.items().get(t.fields().indexOf(name.substring(dot + 1))); // a namedtuple's field: params.W1
            }
            int node = v instanceof PyFloat f ? f.node() : v instanceof PyArray a ? a.node() : -1;
            if (node < 0) {
                missing.add(name);
            } else if (!upstream.contains(node)) {
                nodes.put(name, node);
            }
        });
        assertTrue(missing.isEmpty(), "no recorded value for " + missing);
        return nodes;
    }

    private static double[] flatten(JsonNode value) {
        List<Double> out = new ArrayList<>();
        collect(value, out);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void collect(JsonNode value, List<Double> out) {
        if (value.isArray()) {
            value.forEach(v -> collect(v, out));
        } else {
            out.add(value.asDouble());
        }
    }

    private static void assertClose(double[] expected, double[] actual, Tolerance tolerance, String what) {
        assertEquals(expected.length, actual.length, what + ": size");
        for (int k = 0; k < expected.length; k++) {
            assertTrue(tolerance.agrees(actual[k], expected[k]), what + "[" + k + "]: PyTorch " + expected[k]
                    + ", bpdiff " + actual[k]);
        }
    }
}
