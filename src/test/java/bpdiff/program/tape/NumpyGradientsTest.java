package bpdiff.program.tape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.diff.Tolerance;
import bpdiff.gradient.Precision;
import bpdiff.program.ProgramLimits;
import bpdiff.program.array.NdArray;
import bpdiff.program.run.Events;
import bpdiff.program.run.Interpreter;
import bpdiff.program.run.PyArray;
import bpdiff.program.run.PyFloat;
import bpdiff.program.run.RunOptions;
import bpdiff.program.run.Trace;
import bpdiff.program.run.Value;
import bpdiff.program.syntax.Parser;
import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The numpy functions bpdiff records, replayed on DJL and differentiated, against real PyTorch: each program of
 * {@code src/test/resources/numpy-gradients/} (max and min along an axis and over all elements, abs and sign at 0,
 * clip at its bounds, maximum at ties, sin cos log1p power, prod with a zero, std and var with ddof, the norms,
 * joining, masks and integer-array indexing read and written, CS231n's softmax loss) gives the loss and
 * \( \partial L / \partial v \) of every float array {@code tools/numpy_gradients.py} computed with torch
 * ({@code reference-results/pytorch/numpy-gradients.json}), PyTorch's conventions at kinks included, and computes
 * the loss numpy computes. Central finite
 * differences on the tape agree wherever no kink is crossed, and the programs built on kinks have some gradient
 * that finite differences report unreliable.
 */
class NumpyGradientsTest {

    private static final Path PROGRAMS = Path.of("src/test/resources/numpy-gradients");
    /** The programs whose values sit on kinks (ties, zeros, bounds): finite differences must notice. */
    private static final Set<String> ON_KINKS = Set.of("01-max-along-axis.py", "02-max-of-all.py", "03-abs-sign.py",
            "04-clip.py", "05-maximum-tie.py", "09-norm.py");

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void autogradIsPyTorchsAndFiniteDifferencesAgreeAwayFromKinks(String name) throws IOException {
        JsonNode expected = PyTorchReference.read("reference-results/pytorch/numpy-gradients.json").get("programs")
                .get(name);
        assertNotNull(expected, name + " has no reference: run tools/numpy_gradients.py");
        Trace trace = Interpreter.run(Parser.parse(Files.readString(PROGRAMS.resolve(name)), name),
                new RunOptions(Set.of("L"), n -> false, ProgramLimits.DEFAULT, null));
        Events.Loss loss = trace.losses().get(trace.losses().size() - 1);
        assertTrue(Tolerance.FLOAT64.agrees(loss.value().item(), expected.get("numpyLoss").asDouble()),
                name + ": bpdiff computes L = " + loss.value().item() + ", numpy " + expected.get("numpyLoss"));
        Closure closure = Closure.of(trace.tape(), loss.node(), Set.of());
        Map<String, Integer> nodes = new LinkedHashMap<>();
        expected.get("gradients").fieldNames().forEachRemaining(v -> nodes.put(v, node(loss.scope().lookup(v), v)));
        TapeFiniteDifferences.Result numeric = TapeFiniteDifferences.compute(closure, new HashSet<>(nodes.values()), () -> { });
        try (TapeAutograd autograd = new TapeAutograd(Precision.FLOAT64)) {
            Replay replay = autograd.replay(closure);
            assertTrue(Tolerance.FLOAT64.agrees(replay.loss(), expected.get("loss").asDouble()),
                    name + ": loss " + replay.loss() + ", PyTorch " + expected.get("loss").asDouble());
            for (Map.Entry<String, Integer> e : nodes.entrySet()) {
                double[] torch = flatten(expected.get("gradients").get(e.getKey()));
                NdArray ours = replay.gradient().get(e.getValue());
                assertNotNull(ours, name + ": " + e.getKey() + " has no gradient");
                assertClose(torch, ours.data(), Tolerance.FLOAT64, name + " ∂L/∂" + e.getKey() + " (autograd)");
                if (!numeric.unreliable().contains(e.getValue())) {
                    assertClose(torch, numeric.gradient().get(e.getValue()).data(), Tolerance.FINITE_DIFFERENCES,
                            name + " ∂L/∂" + e.getKey() + " (finite differences)");
                }
            }
        }
        assertEquals(ON_KINKS.contains(name), !numeric.unreliable().isEmpty(),
                name + ": finite differences unreliable at " + numeric.unreliable());
        assertFalse(nodes.isEmpty(), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void float32AutogradIsPyTorchsWithinTheFloat32Tolerance(String name) throws IOException {
        JsonNode expected = PyTorchReference.read("reference-results/pytorch/numpy-gradients.json").get("programs")
                .get(name);
        Trace trace = Interpreter.run(Parser.parse(Files.readString(PROGRAMS.resolve(name)), name),
                new RunOptions(Set.of("L"), n -> false, ProgramLimits.DEFAULT, null));
        Events.Loss loss = trace.losses().get(trace.losses().size() - 1);
        try (TapeAutograd autograd = new TapeAutograd(Precision.FLOAT32)) {
            Replay replay = autograd.replay(Closure.of(trace.tape(), loss.node(), Set.of()));
            expected.get("gradients").fields().forEachRemaining(e -> assertClose(flatten(e.getValue()),
                    replay.gradient().get(node(loss.scope().lookup(e.getKey()), e.getKey())).data(), Tolerance.FLOAT32,
                    name + " float32 ∂L/∂" + e.getKey()));
        }
    }

    private static int node(Value v, String name) {
        int node = v instanceof PyFloat f ? f.node() : v instanceof PyArray a ? a.node() : Value.NO_NODE;
        assertTrue(node != Value.NO_NODE, name + " is not recorded");
        return node;
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
