package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bpdiff.program.ProgramLimits;
import bpdiff.program.syntax.Parser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The torch subset held to real PyTorch 1.13: each program of {@code src/test/resources/torch-semantics/} prints in
 * bpdiff's interpreter, character for character, what it prints under CPython with torch
 * ({@code tools/torch_semantics.py}, {@code reference-results/python/torch-semantics.json}): tensor printing,
 * type promotion, arithmetic and reductions, autograd's accumulation and grad modes, the generator's draws, the
 * losses, and PyTorch's error messages.
 */
class TorchSemanticsTest {

    static List<String> programs() throws IOException {
        List<String> names = new ArrayList<>();
        JsonNode reference = new ObjectMapper().readTree(Path.of("reference-results/python/torch-semantics.json")
                .toFile());
        reference.get("programs").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void printsWhatPyTorchPrints(String name) throws IOException {
        JsonNode reference = new ObjectMapper().readTree(Path.of("reference-results/python/torch-semantics.json")
                .toFile());
        String text = Files.readString(Path.of("src/test/resources/torch-semantics", name));
        StringBuilder out = new StringBuilder();
        Interpreter.run(Parser.parse(text, name), new RunOptions(Set.of("loss"), n -> false, ProgramLimits.DEFAULT,
                out::append, true));
        assertEquals(reference.get("programs").get(name).get("stdout").asText(), out.toString(), name);
    }
}
