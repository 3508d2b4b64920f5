package bpdiff.program.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A string left open inside brackets is the error CPython names ("unterminated string literal"), at its line and
 * column, not the bracket it leaves open: CPython's tokenizer stops at the string before it could know the bracket
 * is never closed. The truth is CPython's {@code compile} of each text ({@link PythonLayout}).
 */
class UnclosedStringTest {

    @TempDir
    Path dir;

    @Test
    void aStringLeftOpenInsideBracketsIsTheErrorCPythonNames() throws Exception {
        List<String> texts = List.of(
                "import numpy as np\nprint('it's')\n",
                "import numpy as np\nprint(\"abc)\n",
                "import numpy as np\nprint(\"a\" \"b)\n",
                "x = (1,\n     \"two)\ny = 3\n",
                "w = [0.1, 0.2]\nprint(f\"w = {w}, w[0])\n",
                "x = \"abc\n");
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            files.add(Files.writeString(dir.resolve("unclosed" + k + ".py"), texts.get(k)));
        }
        List<JsonNode> cpython = PythonLayout.of(files);
        for (int k = 0; k < texts.size(); k++) {
            JsonNode error = cpython.get(k).get("error");
            assertFalse(cpython.get(k).get("parses").asBoolean(), texts.get(k));
            assertTrue(error.get("message").asText().startsWith("unterminated string literal"), error.toString());
            Problem first = firstProblem(texts.get(k));
            assertTrue(first.message().startsWith(Parser.UNCLOSED_STRING), texts.get(k) + ": " + first.message());
            assertEquals(error.get("line").asInt(), first.line(), texts.get(k));
            assertEquals(error.get("col").asInt() + 1, first.column(), texts.get(k));
        }
    }

    private static Problem firstProblem(String text) {
        try {
            Parser.parse(text, "unclosed.py");
        } catch (BadProgramException e) {
            return e.problems().get(0);
        }
        throw new AssertionError("CPython refuses it, bpdiff parsed it: " + text);
    }
}
