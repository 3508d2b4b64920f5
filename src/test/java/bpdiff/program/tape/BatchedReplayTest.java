package bpdiff.program.tape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.gradient.Precision;
import bpdiff.program.ProgramLimits;
import bpdiff.program.run.Events;
import bpdiff.program.run.Interpreter;
import bpdiff.program.run.RunOptions;
import bpdiff.program.run.Trace;
import bpdiff.program.syntax.Parser;
import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Epochs replayed together on one batch axis: the homework program's 100 epochs against real PyTorch's 100 steps
 * ({@code reference-results/pytorch/}, the homework-3 program in torch), and every example program and a per-sample one
 * against the same epochs replayed one by one (themselves held to PyTorch by {@link TapeAutogradTest}).
 */
class BatchedReplayTest {

    private static Trace run(String text, String source, Set<String> losses) {
        return Interpreter.run(Parser.parse(text, source), new RunOptions(losses, n -> false, ProgramLimits.DEFAULT,
                null));
    }

    /** Each loss's closure (a value assigned to loss names twice counts once), cut at what updates read. */
    private static List<Closure> closures(Trace trace) {
        Set<Integer> cut = new HashSet<>();
        trace.updates().forEach(u -> cut.add(u.oldNode()));
        List<Closure> closures = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Events.Loss loss : trace.losses()) {
            if (seen.add(loss.node())) {
                closures.add(Closure.of(trace.tape(), loss.node(), cut));
            }
        }
        return closures;
    }

    @Test
    void aHundredEpochsInOneBatchArePyTorchsHundredSteps() throws Exception {
        String text = Files.readString(Path.of("examples/programs/homework2-corrected.py")).replace("N = 1 ", "N = 100 ");
        Trace trace = run(text, "homework2-corrected.py", Set.of("error"));
        List<Closure> closures = closures(trace);
        assertEquals(100, closures.size());
        JsonNode steps = PyTorchReference.pytorchCase("float64", "sigmoid/half-sse/given/lr1/e100").get("steps");
        List<IntPredicate> none = closures.stream().map(c -> (IntPredicate) id -> false).toList();
        try (TapeAutograd autograd = new TapeAutograd(Precision.FLOAT64)) {
            List<Replay> replays = autograd.replayAll(closures, none);
            for (int e = 0; e < 100; e++) {
                Closure closure = closures.get(e);
                Replay replay = replays.get(e);
                JsonNode step = steps.get(e);
                assertEquals(step.get("loss").asDouble(), replay.loss(), 1e-15, "loss at epoch " + (e + 1));
                int epoch = e;
                step.get("gradient").fields().forEachRemaining(g -> {
                    int node = parameterNode(trace, closure, g.getKey());
                    assertEquals(g.getValue().asDouble(), replay.gradient().get(node).item(), 1e-15,
                            g.getKey() + " at epoch " + (epoch + 1));
                });
            }
        }
    }

    @Test
    void perSampleAndMatrixEpochsInABatchEqualEachAlone() throws Exception {
        String xor = """
                import numpy as np
                X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
                Y = [0.0, 1.0, 1.0, 0.0]
                W1 = np.array([[0.3, -0.2, 0.5], [0.1, 0.4, -0.6]])
                b1 = np.zeros(3)
                W2 = np.array([0.2, -0.5, 0.3])
                b2 = 0.1
                for epoch in range(5):
                    for i in range(4):
                        z1 = X[i] @ W1 + b1
                        h = np.tanh(z1)
                        out = np.tanh(h @ W2 + b2)
                        loss = 0.5 * (out - Y[i]) ** 2
                        d_z2 = (out - Y[i]) * (1 - out ** 2)
                        d_z1 = d_z2 * W2 * (1 - h ** 2)
                        W1 = W1 - 0.5 * np.outer(X[i], d_z1)
                        b1 = b1 - 0.5 * d_z1
                        W2 = W2 - 0.5 * d_z2 * h
                        b2 = b2 - 0.5 * d_z2
                """;
        List<String> programs = new ArrayList<>(List.of(xor));
        try (var files = Files.list(Path.of("examples/programs"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                programs.add(Files.readString(p));
            }
        }
        for (String text : programs) {
            Trace trace = run(text, "p.py", Set.of("loss", "L", "E", "error", "cost", "J"));
            List<Closure> closures = closures(trace);
            assertTrue(closures.size() >= 1);
            List<IntPredicate> all = closures.stream().map(c -> (IntPredicate) id -> true).toList();
            try (TapeAutograd autograd = new TapeAutograd(Precision.FLOAT64)) {
                List<Replay> together = autograd.replayAll(closures, all);
                for (int e = 0; e < closures.size(); e++) {
                    Replay alone = autograd.replay(closures.get(e), id -> true);
                    Replay batched = together.get(e);
                    assertEquals(alone.loss(), batched.loss(), 1e-15 * Math.abs(alone.loss()));
                    assertEquals(alone.gradient().keySet(), batched.gradient().keySet());
                    assertEquals(alone.paths().keySet(), batched.paths().keySet());
                    alone.gradient().forEach((node, g) -> assertClose(g.data(), batched.gradient().get(node).data()));
                    alone.paths().forEach((edge, g) -> assertClose(g.data(), batched.paths().get(edge).data()));
                }
            }
        }
    }

    private static void assertClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], 1e-14 * Math.max(1, Math.abs(expected[k])));
        }
    }

    private static int parameterNode(Trace trace, Closure closure, String name) {
        for (int id : closure.nodes()) {
            if (closure.isLeaf(id) && closure.wantsGradient(id) && name.equals(parameterName(trace, id))) {
                return id;
            }
        }
        throw new AssertionError("no node of " + name);
    }

    /** The parameter a node holds: the target of the update that reads or makes it. */
    private static String parameterName(Trace trace, int id) {
        for (Events.Update u : trace.updates()) {
            if (u.oldNode() == id || u.newNode() == id) {
                return u.target();
            }
        }
        return trace.tape().nameOf(id);
    }
}
