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
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The homework program's recorded forward pass, replayed on DJL and differentiated, against real PyTorch
 * ({@code reference-results/pytorch/}, epoch 1 of the lecture case: the homework-3 program in torch) and
 * against finite differences on the tape.
 */
class TapeAutogradTest {

    private static Trace trace() throws Exception {
        String text = Files.readString(Path.of("examples/programs/homework2-corrected.py"));
        return Interpreter.run(Parser.parse(text, "homework2-corrected.py"),
                new RunOptions(Set.of("error"), n -> false, ProgramLimits.DEFAULT, null));
    }

    @Test
    void gradientsOfEveryWeightAndNeuronArePyTorchs() throws Exception {
        Trace trace = trace();
        Closure closure = closure(trace);
        JsonNode step = PyTorchReference.pytorchCase("float64", "sigmoid/half-sse/given/lr1/e100").get("steps").get(0);
        Map<String, Integer> named = named(trace.tape(), closure);
        try (TapeAutograd autograd = new TapeAutograd(Precision.FLOAT64)) {
            Replay replay = autograd.replay(closure);
            assertEquals(step.get("loss").asDouble(), replay.loss(), 1e-15);
            step.get("gradient").fields().forEachRemaining(e -> assertEquals(e.getValue().asDouble(),
                    replay.gradient().get(named.get(e.getKey())).item(), 1e-15, e.getKey()));
            step.get("neuronGradient").fields().forEachRemaining(e -> assertEquals(e.getValue().asDouble(),
                    replay.gradient().get(named.get(e.getKey())).item(), 1e-15, e.getKey()));
            int outH1 = named.get("out_h1");
            double paths = replay.paths().entrySet().stream().filter(p -> trace.tape().node(p.getKey().consumer())
                    .inputs()[p.getKey().position()] == outH1).mapToDouble(p -> p.getValue().item()).sum();
            assertEquals(replay.gradient().get(outH1).item(), paths, 1e-16, "the paths from out_h1 sum to its gradient");
        }
    }

    @Test
    void finiteDifferencesAgreeWithPyTorch() throws Exception {
        Trace trace = trace();
        Closure closure = closure(trace);
        Map<String, Integer> named = named(trace.tape(), closure);
        TapeFiniteDifferences.Result numeric = TapeFiniteDifferences.compute(closure, Set.copyOf(named.values()), () -> { });
        assertTrue(numeric.unreliable().isEmpty());
        JsonNode step = PyTorchReference.pytorchCase("float64", "sigmoid/half-sse/given/lr1/e100").get("steps").get(0);
        step.get("gradient").fields().forEachRemaining(e -> assertEquals(e.getValue().asDouble(),
                numeric.gradient().get(named.get(e.getKey())).item(), 1e-10, e.getKey()));
        step.get("neuronGradient").fields().forEachRemaining(e -> assertEquals(e.getValue().asDouble(),
                numeric.gradient().get(named.get(e.getKey())).item(), 1e-10, e.getKey()));
    }

    private static Closure closure(Trace trace) {
        Set<Integer> cut = trace.updates().stream().map(Events.Update::oldNode).collect(Collectors.toSet());
        return Closure.of(trace.tape(), trace.losses().get(0).node(), cut);
    }

    private static Map<String, Integer> named(Tape tape, Closure closure) {
        Map<String, Integer> named = new HashMap<>();
        for (int id : closure.nodes()) {
            if (tape.nameOf(id) != null) {
                named.putIfAbsent(tape.nameOf(id), id);
            }
        }
        return named;
    }
}
