package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import bpdiff.program.ProgramLimits;
import bpdiff.program.syntax.Program;
import bpdiff.testing.CPythonAst;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interpreter against CPython 3.11: each program of {@code src/test/resources/semantics/} (dicts of
 * parameters, classes, closures, exceptions, formatting, random, math, …, written as students write them)
 * prints under bpdiff, byte for byte, what it prints under CPython, and a program that ends with an
 * exception ends with the same type, message and line ({@code reference-results/python-semantics/}, made by
 * {@code tools/python_semantics.py}). The program is read as CPython's {@code ast} reads it
 * ({@link CPythonAst}), so that this holds the interpreter, not bpdiff's parser.
 */
class PythonSemanticsTest {

    private static final Path PROGRAMS = Path.of("src/test/resources/semantics");
    private static final Path REFERENCES = Path.of("reference-results/python-semantics");
    private static final String STDOUT = "# stdout follows, byte for byte\n";

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void printsWhatCPythonPrints(String name) throws IOException {
        String stem = name.substring(0, name.length() - 3);
        String reference = Files.readString(REFERENCES.resolve(stem + ".out"), StandardCharsets.UTF_8);
        int body = reference.indexOf(STDOUT);
        String expectedOut = reference.substring(body + STDOUT.length());
        String expectedException = reference.lines().filter(l -> l.startsWith("# exception: ")).findFirst().orElseThrow()
                .substring("# exception: ".length());
        JsonNode tree = new ObjectMapper().readTree(REFERENCES.resolve(stem + ".ast.json").toFile()).get("module");
        String text = Files.readString(PROGRAMS.resolve(name), StandardCharsets.UTF_8);
        Program program = CPythonAst.program(text, name, tree);
        StringBuilder out = new StringBuilder();
        String exception = "none";
        try {
            Interpreter.run(program, new RunOptions(Set.of(), n -> false, ProgramLimits.DEFAULT, out::append, true));
        } catch (BadProgramException e) {
            Problem p = e.problems().get(0);
            String message = p.message().startsWith("the program fails: ")
                    ? p.message().substring("the program fails: ".length()) : p.message();
            exception = message.replace("\n", "\\n") + " (line " + p.line() + ")";
        }
        assertEquals(expectedOut, out.toString(), "what " + name + " prints");
        assertEquals(expectedException, exception, "how " + name + " ends");
    }
}
