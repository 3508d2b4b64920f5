package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interpreter against real Python and numpy: each program of {@code src/test/resources/program-semantics/}
 * prints the same numbers and words under bpdiff as under CPython 3.11 with numpy 1.24
 * ({@code reference-results/python/numpy-semantics.json}, made by {@code tools/numpy_semantics.py}).
 *
 * <p>Numbers are compared as numbers (within \( 10^{-15} \) relative: Java's and C's {@code exp} may differ in
 * the last bit), everything else token by token. numpy's comparisons give bool arrays where bpdiff's give
 * 0/1 floats (so that they multiply and record alike), so {@code True}/{@code False} read as 1/0.
 */
class InterpreterSemanticsTest {

    private static final Path PROGRAMS = Path.of("src/test/resources/program-semantics");

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void printsWhatPythonPrints(String name) throws IOException {
        JsonNode expected = PyTorchReference.read("reference-results/python/numpy-semantics.json").get("programs")
                .get(name);
        List<String> python = new ArrayList<>();
        expected.forEach(line -> python.add(line.asText()));
        List<String> ours = Programs.run(Files.readString(PROGRAMS.resolve(name))).output();
        List<String> want = tokens(String.join("\n", python));
        List<String> got = tokens(String.join("\n", ours));
        assertEquals(want.size(), got.size(), "tokens\nPython: " + python + "\nbpdiff: " + ours);
        for (int k = 0; k < want.size(); k++) {
            String w = want.get(k);
            String g = got.get(k);
            Double a = number(w);
            Double b = number(g);
            if (a != null && b != null) {
                assertTrue(a.equals(b) || Math.abs(a - b) <= 1e-15 * Math.abs(a),
                        "token " + k + ": Python " + w + ", bpdiff " + g + "\nPython: " + python + "\nbpdiff: " + ours);
            } else {
                assertEquals(w, g, "token " + k + "\nPython: " + python + "\nbpdiff: " + ours);
            }
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String t : text.split("[\\s\\[\\](),]+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    private static Double number(String token) {
        if (token.equals("True")) {
            return 1.0;
        }
        if (token.equals("False")) {
            return 0.0;
        }
        try {
            return Double.parseDouble(token.replace("inf", "Infinity"));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
