package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * What a program prints of numpy arrays, character for character as CPython 3.11 with numpy 1.24 prints it
 * ({@code reference-results/python/numpy-printing.json}, made by {@code tools/numpy_semantics.py} from the
 * programs of {@code src/test/resources/numpy-printing/}): {@code str} and {@code repr} of float, int and bool
 * arrays, 1-D to 3-D, wrapped at 75 characters and summarised above 1000 elements, scientific notation, nan and
 * inf, {@code np.round}'s output, float32, and the arrays a seeded {@code np.random} draws.
 */
class NumpyPrintingTest {

    private static final Path PROGRAMS = Path.of("src/test/resources/numpy-printing");

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void printsWhatNumpyPrints(String name) throws IOException {
        JsonNode expected = PyTorchReference.read("reference-results/python/numpy-printing.json").get("programs")
                .get(name);
        List<String> numpy = new ArrayList<>();
        expected.forEach(line -> numpy.add(line.asText()));
        List<String> ours = Programs.run(Files.readString(PROGRAMS.resolve(name))).output();
        assertEquals(String.join("\n", numpy), String.join("\n", ours), name);
    }
}
