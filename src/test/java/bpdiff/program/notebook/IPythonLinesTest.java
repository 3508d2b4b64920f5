package bpdiff.program.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * bpdiff leaves out of a code cell exactly the lines IPython 8 makes its own calls of, and hands Python every other
 * line as IPython does. The truth is IPython's {@code TransformerManager().transform_cell} of each cell, recorded by
 * {@code tools/notebooks.py} in {@code reference-results/notebooks/} ({@code python}: the line IPython hands to
 * Python, {@code ipython}: whether it made a {@code get_ipython()} call of it); bpdiff's own choices on top of it are
 * that such a line becomes {@code pass} (so every line keeps its number), that {@code %time stmt} runs {@code stmt},
 * and that {@code %%time}/{@code %%capture} cells run their body while every other cell magic skips the cell.
 */
class IPythonLinesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** IPython's call for {@code %time stmt}: the statement is its second argument. */
    private static final Pattern TIME = Pattern.compile("^get_ipython\\(\\)\\.run_line_magic\\('time', '(.*)'\\)$");

    @ParameterizedTest
    @ValueSource(strings = {"ipython-lines", "homework2-magics", "homework2-published", "homework2-corrected",
        "homework2-syntax-error"})
    void everyLineIsWhatIPythonHandsPython(String name) throws IOException {
        String json = Files.readString(Path.of("src/test/resources/notebooks", name + ".ipynb"));
        JsonNode reference = MAPPER.readTree(Path.of("reference-results/notebooks", name + ".json").toFile());
        Map<Integer, NotebookCell> cells = NotebookReader.read(json, name + ".ipynb").stream()
                .collect(Collectors.toMap(NotebookCell::number, Function.identity()));
        int compared = 0;
        for (JsonNode truth : reference.get("cells")) {
            NotebookCell cell = cells.get(truth.get("cell").asInt());
            String where = name + " cell " + cell.number();
            assertEquals(truth.get("lines").asInt(), cell.lines().size(), where);
            CellCode code = IPythonLines.of(cell);
            String magic = truth.get("cellMagic").isNull() ? null : truth.get("cellMagic").asText();
            if (magic != null && !Set.of("time", "capture").contains(magic)) {
                assertNotNull(code.skipped(), where + ": a %%" + magic + " cell is not run");
                assertTrue(code.skipped().startsWith("%%" + magic + " "), code.skipped());
                continue;
            }
            assertNull(code.skipped(), where);
            for (int k = 0; k < cell.lines().size(); k++) {
                String at = where + " line " + (k + 1);
                JsonNode python = truth.get("python").get(k);
                String ours = code.python().get(k);
                if (truth.get("ipython").get(k).asBoolean() && truth.get("call").get(k).isNull()) {
                    // a line a trailing backslash joins to the command above it: part of that command
                    assertEquals("", ours, at);
                    assertTrue(code.dropped().get(k), at);
                } else if (truth.get("ipython").get(k).asBoolean()) {
                    Matcher time = TIME.matcher(truth.get("call").get(k).asText());
                    if (time.matches()) {
                        assertEquals(time.group(1), ours.strip(), at + ": %time runs its statement");
                        assertFalse(code.dropped().get(k), at);
                    } else {
                        assertEquals("pass", ours.strip(), at + ": " + truth.get("call").get(k).asText());
                        assertTrue(code.dropped().get(k), at);
                    }
                } else if (python.isNull()) {
                    // a blank line IPython drops before the cell (or the cell magic's line): blank to Python too
                    assertTrue(ours.isBlank() || magic != null && ours.equals("pass"), at + ": " + ours);
                } else {
                    assertEquals(python.asText(), ours, at);
                    assertFalse(code.dropped().get(k), at);
                }
                compared++;
            }
        }
        assertTrue(compared > 20, "lines compared: " + compared);
    }

    @ParameterizedTest
    @ValueSource(strings = {"homework2-magics", "ipython-lines"})
    void aColumnOfTheLineRunMapsToTheSameCharacterOfTheCell(String name) throws IOException {
        // what IPython moved (a leading indentation, %time's prefix): every character of a line run is found in
        // the cell at the column its map gives
        String json = Files.readString(Path.of("src/test/resources/notebooks", name + ".ipynb"));
        int shifted = 0;
        for (NotebookCell cell : NotebookReader.read(json, name + ".ipynb")) {
            if (!cell.isCode() || IPythonLines.of(cell).skipped() != null) {
                continue;
            }
            CellCode code = IPythonLines.of(cell);
            for (int k = 0; k < cell.lines().size(); k++) {
                if (code.dropped().get(k)) {
                    continue;
                }
                String ours = code.python().get(k);
                String written = cell.lines().get(k);
                shifted += ours.equals(written) ? 0 : 1;
                for (int c = 1; c <= ours.length(); c++) {
                    int column = code.columns().get(k).cellColumn(c);
                    if (!Character.isWhitespace(ours.charAt(c - 1))) {
                        assertEquals(ours.charAt(c - 1), written.charAt(column - 1),
                                name + " cell " + cell.number() + " line " + (k + 1) + " column " + c);
                    }
                }
            }
        }
        assertTrue(shifted >= 3, "lines IPython changed: " + shifted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"homework2-syntax-error"})
    void aCellsSyntaxErrorIsCPythonsOnTheCellAlone(String name) throws IOException {
        String json = Files.readString(Path.of("src/test/resources/notebooks", name + ".ipynb"));
        JsonNode reference = MAPPER.readTree(Path.of("reference-results/notebooks", name + ".json").toFile());
        List<JsonNode> errors = new java.util.ArrayList<>();
        reference.get("cells").forEach(c -> {
            if (!c.get("syntaxError").isNull()) {
                errors.add(c);
            }
        });
        assertEquals(1, errors.size());
        JsonNode truth = errors.get(0);
        var e = org.junit.jupiter.api.Assertions.assertThrows(bpdiff.program.BadProgramException.class,
                () -> NotebookProgram.read(json, name + ".ipynb"));
        assertEquals(1, e.problems().size(), e.getMessage());
        var at = e.problems().get(0).position();
        assertEquals(truth.get("cell").asInt(), at.cell());
        assertEquals(truth.get("syntaxError").get("line").asInt(), at.line());
        assertEquals(truth.get("syntaxError").get("column").asInt(), at.column());
    }
}
