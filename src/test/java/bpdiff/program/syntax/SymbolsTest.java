package bpdiff.program.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bpdiff.testing.CPythonAst;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Symbols} against CPython's own symbol tables: for every program of the semantics tests, every
 * block (module, function, lambda, class, comprehension, in CPython's order) and every name in it has the
 * scope CPython's {@code symtable} module gives it ({@code reference-results/python-semantics/*.ast.json},
 * made by {@code tools/python_semantics.py}). The program is the tree CPython's {@code ast} reads.
 */
class SymbolsTest {

    private static final Path REFERENCES = Path.of("reference-results/python-semantics");

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(REFERENCES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ast.json")).sorted().toList()
                    .stream();
        }
    }

    /** Every block and name of a program that runs. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void everyNameHasCPythonsScope(String name) throws IOException {
        JsonNode doc = new ObjectMapper().readTree(REFERENCES.resolve(name).toFile());
        Symbols symbols = Symbols.of(CPythonAst.statements(doc.get("module").get("body")));
        assertEquals(0, symbols.problems().size(), symbols.problems().toString());
        compare(doc.get("symtable"), symbols.module(), "top");
    }

    static Stream<String> scopeErrors() throws IOException {
        try (Stream<Path> files = Files.list(REFERENCES.resolve("scope-errors"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ast.json")).sorted().toList()
                    .stream();
        }
    }

    /** The compile-time errors of CPython's symbol table, in its words and at its line. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scopeErrors")
    void refusesWhatCPythonsCompilerRefuses(String name) throws IOException {
        Path folder = REFERENCES.resolve("scope-errors");
        JsonNode doc = new ObjectMapper().readTree(folder.resolve(name).toFile());
        String expected = Files.readString(folder.resolve(name.replace(".ast.json", ".out"))).lines()
                .filter(l -> l.startsWith("# syntax error: ")).findFirst().orElseThrow().substring(16);
        Symbols symbols = Symbols.of(CPythonAst.statements(doc.get("module").get("body")));
        assertEquals(1, symbols.problems().size(), symbols.problems().toString());
        Symbols.Problem p = symbols.problems().get(0);
        assertEquals(expected, p.message() + " (line " + p.span().line() + ")");
    }

    private static void compare(JsonNode expected, Symbols.Block block, String path) {
        assertEquals(expected.get("type").asText(), block.type().name(), path);
        assertEquals(expected.get("name").asText(), block.name(), path);
        Map<String, String> want = new TreeMap<>();
        expected.get("symbols").fields().forEachRemaining(e -> want.put(e.getKey(), e.getValue().asText()));
        Map<String, String> got = new TreeMap<>();
        block.kinds().forEach((k, v) -> got.put(k, v.name()));
        assertEquals(want, got, path);
        assertEquals(expected.get("children").size(), block.children().size(), path + " children");
        for (int k = 0; k < block.children().size(); k++) {
            Symbols.Block child = block.children().get(k);
            compare(expected.get("children").get(k), child, path + "/" + child.name());
        }
    }
}
