package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bpdiff.program.BadProgramException;
import bpdiff.program.ProgramLimits;
import bpdiff.program.syntax.Parser;
import bpdiff.program.syntax.Program;
import bpdiff.program.tape.Tape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example torch program ({@code examples/programs/homework3.py}, {@code examples/programs/torch/}) run by
 * bpdiff's interpreter as real PyTorch 1.13 ran it ({@code tools/torch_programs.py}, {@code reference-results/torch/}),
 * in float32 as written and in float64 ({@code torch.set_default_dtype(torch.float64)} first): the gradients each of
 * its own {@code backward()} calls leaves in every module-level leaf that requires grad, the same names and values;
 * the way it ends (the exception's type, message and line); and what it prints, character for character, for the
 * homework-3 programs (for the two trained over 100 epochs, up to the last digits of numbers: see
 * {@link #LONG_RUNS}; the backprop-ninja programs print autograd's and their own gradients' differences to the last
 * bit, which float32 sums in another order do not reproduce).
 *
 * <p>Tolerances: float64 gradients agree to \( 10^{-12} \) relative; float32 ones to \( 10^{-5} \) relative (a few
 * float32 ulps: PyTorch computes {@code 1 / x} as a reciprocal times 1, DJL's replay as a quotient, and sums of
 * several float32 terms in another order) above \( 10^{-7} \) absolute.
 */
class TorchProgramsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> references() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("reference-results/torch"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }

    /** What one run of a program gave. */
    private record Outcome(String stdout, String failure, int failureLine, List<Map<String, double[]>> backward) {}

    /** Collects the gradients after each backward() call. */
    private static final class Observer implements Events.Listener, TorchAutograd.BackwardObserver {
        final List<Map<String, double[]>> calls = new ArrayList<>();

        @Override
        public void backward(Map<String, Value> globals) {
            Map<String, double[]> grads = new LinkedHashMap<>();
            globals.keySet().stream().sorted().forEach(name -> {
                if (globals.get(name) instanceof PyTensor t && t.isLeaf() && t.requiresGrad() && t.grad() != null) {
                    grads.put(name, t.grad().value().data());
                }
            });
            calls.add(grads);
        }

        @Override
        public void started(Program program, Tape tape) {}

        @Override
        public void loss(Events.Loss loss) {}

        @Override
        public void assignment(Events.Assignment assignment) {}

        @Override
        public void update(Events.Update update) {}

        @Override
        public void finished() {}
    }

    private static Outcome run(String text, String source, boolean float64) {
        String prefix = float64 ? "import torch; torch.set_default_dtype(torch.float64)\n" : "";
        StringBuilder out = new StringBuilder();
        Observer observer = new Observer();
        String failure = null;
        int line = 0;
        try {
            Interpreter.run(Parser.parse(prefix + text, source), new RunOptions(Set.of("loss", "L"),
                    name -> name.startsWith("d"), ProgramLimits.DEFAULT, out::append, true), observer);
        } catch (BadProgramException e) {
            failure = e.problems().get(0).message();
            line = e.problems().get(0).line() - (float64 ? 1 : 0);
        }
        return new Outcome(out.toString(), failure, line, observer.calls);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void backwardPrintsAndEndsAsPyTorch(String file) throws IOException {
        JsonNode reference = JSON.readTree(Path.of("reference-results/torch", file).toFile());
        String path = reference.get("program").asText();
        String text = Files.readString(Path.of(path));
        for (String dtype : List.of("float32", "float64")) {
            JsonNode expected = reference.get("runs").get(dtype);
            Outcome actual = run(text, path, dtype.equals("float64"));
            String where = path + " [" + dtype + "]";
            JsonNode exception = expected.get("exception");
            if (exception.isNull()) {
                assertEquals(null, actual.failure(), where);
            } else {
                assertNotNull(actual.failure(), where + ": PyTorch raised " + exception);
                String message = exception.get("message").asText();
                // CPython's traceback ends "AssertionError" for an exception without a message
                String said = "the program fails: " + exception.get("type").asText()
                        + (message.isEmpty() ? "" : ": " + message);
                assertTrue(actual.failure().startsWith(said), where + ": " + actual.failure() + " instead of " + said);
                assertEquals(exception.get("line").asInt(), actual.failureLine(), where);
            }
            if (LONG_RUNS.stream().anyMatch(path::endsWith)) {
                assertSameButLastDigits(expected.get("stdout").asText(), actual.stdout(), where);
            } else if (!path.contains("ninja")) {
                assertEquals(expected.get("stdout").asText(), actual.stdout(), where);
            }
            JsonNode calls = expected.get("backward");
            assertEquals(calls.size(), actual.backward().size(), where + ": backward() calls");
            for (int k = 0; k < calls.size(); k++) {
                Map<String, double[]> got = actual.backward().get(k);
                List<String> names = new ArrayList<>();
                calls.get(k).fieldNames().forEachRemaining(names::add);
                assertEquals(names, new ArrayList<>(got.keySet()), where + ": the leaves of backward() call " + (k + 1));
                for (String name : names) {
                    double[] want = flat(calls.get(k).get(name));
                    double[] have = got.get(name);
                    assertEquals(want.length, have.length, where + " " + name);
                    for (int i = 0; i < want.length; i++) {
                        double tolerance = dtype.equals("float64") ? 1e-12 * Math.max(1, Math.abs(want[i]))
                                : 1e-7 + 1e-5 * Math.abs(want[i]);
                        if (Math.abs(want[i] - have[i]) > tolerance) {
                            fail(where + ": backward() call " + (k + 1) + ", " + name + ".grad[" + i + "] is "
                                    + have[i] + ", PyTorch's " + want[i]);
                        }
                    }
                }
            }
        }
    }

    /**
     * The programs trained for 100 epochs: after a few dozen epochs a gradient of the engine's float32 kernels
     * (libtorch 2.7.1 under DJL) and one of torch 1.13's differ in the last bit, and the printed losses then in the
     * 8th significant digit.
     */
    private static final List<String> LONG_RUNS = List.of("homework3-step.py", "homework3-random.py");

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "-?\\d+\\.\\d+(?:e[-+]?\\d+)?");

    /** The same text, with every number with a point the same up to float32 rounding (relative 1e-5). */
    private static void assertSameButLastDigits(String expected, String actual, String where) {
        String[] want = expected.split("\n", -1);
        String[] have = actual.split("\n", -1);
        assertEquals(want.length, have.length, where + ": lines");
        for (int k = 0; k < want.length; k++) {
            assertEquals(NUMBER.matcher(want[k]).replaceAll("#"), NUMBER.matcher(have[k]).replaceAll("#"),
                    where + ": line " + (k + 1));
            java.util.regex.Matcher a = NUMBER.matcher(want[k]);
            java.util.regex.Matcher b = NUMBER.matcher(have[k]);
            while (a.find() && b.find()) {
                double x = Double.parseDouble(a.group());
                double y = Double.parseDouble(b.group());
                int decimals = a.group().length() - a.group().indexOf('.') - 1;
                double printed = a.group().contains("e") ? 0 : Math.pow(10, -decimals);
                assertTrue(Math.abs(x - y) <= 1e-5 * Math.abs(x) + printed, where + ": line " + (k + 1) + ": "
                        + have[k] + " instead of " + want[k]);
            }
        }
    }

    private static double[] flat(JsonNode nested) {
        List<Double> out = new ArrayList<>();
        collect(nested, out);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void collect(JsonNode node, List<Double> out) {
        if (node.isArray()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                collect(it.next(), out);
            }
        } else {
            out.add(node.asDouble());
        }
    }
}
