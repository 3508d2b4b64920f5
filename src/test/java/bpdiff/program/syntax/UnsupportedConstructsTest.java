package bpdiff.program.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What bpdiff parses and does not run is refused with "not supported: <construct>" exactly where CPython's
 * {@code ast} has the construct ({@code tools/python_layout.py} names and places them), each once, and nothing
 * else is refused.
 */
class UnsupportedConstructsTest {

    private static final Path CONSTRUCTS = Path.of("src/test/resources/unsupported/constructs.py");

    @Test
    void eachConstructIsRefusedWhereCPythonHasIt() throws IOException, InterruptedException {
        JsonNode result = PythonLayout.of(List.of(CONSTRUCTS)).get(0);
        List<String> expected = new ArrayList<>();
        result.get("refused").forEach(r -> expected.add(r.get(0).asText() + " at " + r.get(1).asInt() + ":"
                + (r.get(2).asInt() + 1)));
        String text = PythonLayout.text(CONSTRUCTS, result);
        List<Problem> problems = assertThrows(BadProgramException.class, () -> Parser.parse(text, "p.py"))
                .problems();
        List<String> refused = new ArrayList<>();
        for (Problem p : problems) {
            assertEquals(Problem.Kind.UNSUPPORTED, p.kind(), p.text());
            assertTrue(p.message().startsWith("not supported: "), p.text());
            refused.add(p.message().substring("not supported: ".length()).split("; ")[0] + " at " + p.line() + ":"
                    + p.column());
        }
        assertEquals(expected, refused);
        assertEquals(9, refused.size(), refused.toString());
    }

    @Test
    void theRefusalSaysWhatToWriteInstead() {
        // a star import of a module bpdiff lacks is refused by the static check (StaticCheckTest); math's runs
        List<Problem> problems = assertThrows(BadProgramException.class, () -> Parser.parse(
                "def f():\n    x = [(yield 1)]\nfrom math import *\n", "p.py")).problems();
        assertEquals(List.of("not supported: yield inside an expression; write it as a statement: yield x, or "
                + "y = yield x (p.py:2:11)"), problems.stream().map(Problem::text).toList());
    }
}
