package bpdiff.program.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout cases of issue 19, written by hand in {@code src/test/resources/layout/} (byte-exact: CRLF, tabs, form
 * feeds): a comment first in a block, blank and whitespace-only lines after a block, odd numbers of blank lines,
 * tabs, CRLF, form feeds, backslash and bracket continuations, {@code if v: print(x)}, {@code ;}, files ending
 * without a line break. What each should give comes from CPython 3.11 ({@code tools/python_layout.py}): the
 * NEWLINE/INDENT/DEDENT tokens of {@code tokenize} for the files it compiles, and its error and line for those it
 * refuses ({@code TabError}, an unindent that matches no block).
 */
class LayoutCasesTest {

    private static final Path CASES = Path.of("src/test/resources/layout");

    @Test
    void eachCaseIsReadAsCPythonReadsIt() throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CASES)) {
            files = list.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(files.size() >= 10, files.toString());
        List<JsonNode> results = PythonLayout.of(files);
        for (int k = 0; k < files.size(); k++) {
            Path file = files.get(k);
            JsonNode result = results.get(k);
            String text = PythonLayout.text(file, result);
            if (result.get("parses").asBoolean()) {
                assertNull(PythonLayout.firstDifference(PythonLayout.cpythonLayout(result),
                        PythonLayout.bpdiffLayout(text)), file.toString());
                Program program = Parser.parse(text, file.toString());
                assertFalse(program.body().isEmpty(), file.toString());
            } else {
                JsonNode error = result.get("error");
                List<Problem> problems = assertProblems(text, file);
                Problem first = problems.get(0);
                assertEquals(Problem.Kind.SYNTAX, first.kind(), first.text());
                assertEquals(error.get("line").asInt(), first.line(), file + ": " + first.text() + " vs " + error);
                String expected = error.get("type").asText().equals("TabError") ? "TabError: " + error.get("message")
                        .asText() : error.get("message").asText();
                assertTrue(first.message().contains(expected), file + ": " + first.message() + " vs " + expected);
                // CPython's tokenizer stops at the line: one message for it, not an echo of the parser's as well
                assertEquals(1, problems.stream().filter(p -> p.line() == first.line()).count(), problems.toString());
            }
        }
    }

    private static List<Problem> assertProblems(String text, Path file) {
        try {
            Parser.parse(text, file.toString());
        } catch (BadProgramException e) {
            return e.problems();
        }
        throw new AssertionError(file + ": CPython refuses it, bpdiff parsed it");
    }
}
