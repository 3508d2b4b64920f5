package bpdiff.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bpdiff grade} on a class that hands in notebooks beside Python files: a notebook is graded as
 * {@code bpdiff check} checks it, Jupyter's checkpoint copy is not a second submission, a file that is no notebook is
 * the student's unreadable, and every line in the class's outputs names the cell. Where each line is, the test reads
 * from the notebook's JSON.
 */
class NotebookGradeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aClassOfNotebooksAndPythonFilesIsGradedWithEveryLineInItsCell() throws IOException {
        Path in = Files.createDirectories(dir.resolve("class"));
        Path carol = Files.createDirectories(in.resolve("carol/.ipynb_checkpoints"));
        Path published = Path.of("examples/programs/homework2-published.ipynb");
        Files.copy(published, in.resolve("alice.ipynb"));
        Files.copy(Path.of("examples/programs/homework2-corrected.py"), in.resolve("bob.py"));
        Files.copy(Path.of("src/test/resources/notebooks/homework2-corrected.ipynb"), in.resolve("carol/hw2.ipynb"));
        Files.copy(Path.of("src/test/resources/notebooks/homework2-published.ipynb"),
                carol.resolve("hw2-checkpoint.ipynb"));
        Files.writeString(in.resolve("dave.ipynb"), "{\"cells\": 3}");
        Path out = dir.resolve("out");
        Cli.Result run = Cli.run("grade", in.toString(), "--out", out.toString());
        assertEquals(1, run.status(), run.err());
        JsonNode results = MAPPER.readTree(out.resolve("results.json").toFile());
        Map<String, JsonNode> by = new HashMap<>();
        results.get("submissions").forEach(s -> by.put(s.get("student").asText(), s));
        assertEquals(8.0, by.get("bob").get("score").asDouble());
        assertEquals(8.0, by.get("carol").get("score").asDouble(), by.get("carol").toString());
        assertTrue(by.get("carol").get("file").asText().endsWith("hw2.ipynb"));
        assertEquals(4.0, by.get("alice").get("score").asDouble());
        assertEquals(List.of("unreadable"), List.of(by.get("dave").get("codes").get(0).asText()));
        assertTrue(by.get("dave").get("message").asText().startsWith("not a Jupyter notebook"));

        // where d_w1 … d_w4 are, read from the notebook itself
        JsonNode cells = MAPPER.readTree(published.toFile()).get("cells");
        Map<String, int[]> at = new HashMap<>();
        for (int k = 0; k < cells.size(); k++) {
            StringBuilder source = new StringBuilder();
            cells.get(k).get("source").forEach(s -> source.append(s.asText()));
            String[] lines = source.toString().split("\n", -1);
            for (int n = 0; n < lines.length; n++) {
                if (lines[n].strip().matches("d_w[1-4] = .*")) {
                    at.put("w" + lines[n].strip().charAt(3), new int[] {k + 1, n + 1});
                }
            }
        }
        assertEquals(4, at.size());
        String csv = Files.readString(out.resolve("grades.csv"));
        String md = Files.readString(out.resolve("feedback/alice.md"));
        assertTrue(md.contains("| parameter | layer | verdict | mistake | cell:line | points |"), md);
        for (JsonNode p : by.get("alice").get("parameters")) {
            int[] where = at.get(p.get("name").asText());
            if (where == null) {
                assertEquals("right", p.get("verdict").asText());
                assertFalse(p.has("cell"));
                continue;
            }
            assertEquals("wrong", p.get("verdict").asText());
            assertEquals(where[0], p.get("cell").asInt(), p.toString());
            assertEquals(where[1], p.get("cellLine").asInt(), p.toString());
            assertTrue(md.contains("| " + where[0] + ":" + where[1] + " | 0 / 1 |"), md);
        }
        int[] first = at.get("w1");
        assertEquals(first[1], by.get("alice").get("firstWrong").get("cellLine").asInt());
        assertTrue(csv.contains("," + first[0] + ":" + first[1] + ",d_w1 = "), csv);
        assertFalse(by.get("bob").get("parameters").get(0).has("cell"));
    }
}
