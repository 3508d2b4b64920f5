package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code bpdiff check} on Jupyter notebooks written as a course hands homework 2 out (markdown between the code cells,
 * {@code !pip install numpy}, {@code %matplotlib inline}; {@code tools/notebooks.py} makes them from the example
 * programs, line for line): the same verdicts as the program as a {@code .py}, and every position naming the cell
 * and the line in it. Where a line is, the test finds itself in the notebook's JSON: the cell (1-based among all
 * cells) and line whose text is the claim's statement.
 */
class NotebookCheckCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PUBLISHED = "examples/programs/homework2-published.ipynb";
    private static final String PUBLISHED_PY = "examples/programs/homework2-published.py";
    private static final String NOTEBOOKS = "src/test/resources/notebooks/";

    @TempDir
    Path dir;

    /** A line of a notebook, found by its text: {@code cell} 1-based among all cells, {@code line} in the cell. */
    private record At(int cell, int line, String text) {
        String where(String file) {
            return file + ":cell " + cell + ":" + line;
        }
    }

    /** Every line of every code cell of a notebook, in order, read from its JSON by the test itself. */
    private static List<At> codeLines(String notebook) throws IOException {
        JsonNode cells = MAPPER.readTree(Path.of(notebook).toFile()).get("cells");
        List<At> lines = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            if (!cells.get(k).get("cell_type").asText().equals("code")) {
                continue;
            }
            StringBuilder source = new StringBuilder();
            cells.get(k).get("source").forEach(s -> source.append(s.asText()));
            String[] split = source.toString().split("\n", -1);
            for (int n = 0; n < split.length; n++) {
                lines.add(new At(k + 1, n + 1, split[n]));
            }
        }
        return lines;
    }

    /** The one code line that starts (after its indentation) with {@code start}. */
    private static At find(List<At> lines, String start) {
        List<At> found = lines.stream().filter(l -> l.text().strip().startsWith(start)).toList();
        assertEquals(1, found.size(), start + ": " + found);
        return found.get(0);
    }

    @Test
    void thePublishedHandoutIsWrongWhereThePythonFileIsAndSaysWhichCell() throws IOException {
        List<At> lines = codeLines(PUBLISHED);
        Cli.Result run = Cli.run("check", PUBLISHED);
        assertEquals(ExitCode.DIFFERENT, run.status(), run.err());
        assertEquals("", run.err());
        At loss = find(lines, "error = (1 / 2)");
        assertTrue(run.out().startsWith("bpdiff check " + PUBLISHED + ": loss error (cell " + loss.cell() + ", line "
                + loss.line() + "), autograd float64"), run.out());
        At dw1 = find(lines, "d_w1 = ");
        assertTrue(run.out().contains("\nWRONG " + dw1.where(PUBLISHED) + ": " + dw1.text().strip() + "\n"), run.out());
        assertTrue(run.out().contains("4 of 10 checked gradients are wrong; first wrong line: " + dw1.where(PUBLISHED)
                + " " + dw1.text().strip()), run.out());
        At update = find(lines, "w1 = w1 - step * d_w1");
        assertTrue(run.out().contains("subtracted by the update at cell " + update.cell() + ", line "
                + update.line() + "\n"), run.out());
        assertTrue(run.out().contains("cell:line  claim"), run.out());
        for (String claim : List.of("d_w2 = ", "d_w3 = ", "d_w4 = ", "d_w5 = ", "d_o1 = ")) {
            At at = find(lines, claim);
            assertTrue(run.out().contains(String.format("%9s  %s", at.cell() + ":" + at.line(), at.text().strip())),
                    claim + "\n" + run.out());
        }
    }

    @Test
    void everyLineInTheJsonIsTheNotebooksAndTheVerdictsAreThePythonFiles() throws IOException {
        Cli.Result notebook = Cli.run("check", PUBLISHED, "--format", "json");
        Cli.Result file = Cli.run("check", PUBLISHED_PY, "--format", "json");
        assertEquals(file.status(), notebook.status());
        JsonNode nb = MAPPER.readTree(notebook.out());
        JsonNode py = MAPPER.readTree(file.out());
        assertEquals("bpdiff.check-program/1", nb.get("schema").asText());
        for (String same : List.of("parameters", "epochs", "firstFailingEpoch", "passed", "checked", "wrong")) {
            assertEquals(py.get(same), nb.get(same), same);
        }
        List<At> lines = codeLines(PUBLISHED);
        assertEquals(py.get("quantities").size(), nb.get("quantities").size());
        for (int k = 0; k < nb.get("quantities").size(); k++) {
            JsonNode q = nb.get("quantities").get(k);
            JsonNode p = py.get("quantities").get(k);
            for (String same : List.of("name", "derivativeOf", "verdict", "student", "autograd", "statement", "codes",
                    "likely")) {
                assertEquals(p.get(same), q.get(same), q.get("name") + " " + same);
            }
            At at = find(lines, q.get("statement").asText());
            assertEquals(at.cell(), q.get("cell").asInt(), q.get("statement").asText());
            assertEquals(at.line(), q.get("cellLine").asInt(), q.get("statement").asText());
            assertEquals(at.text().indexOf(q.get("name").asText().split("\\[")[0]) + 1, q.get("cellColumn").asInt());
            assertFalse(p.has("cell"), "a Python file's report has no cells");
        }
        assertEquals(find(lines, "error = (1 / 2)").cell(), nb.get("loss").get("cell").asInt());
        At dw1 = find(lines, "d_w1 = ");
        assertEquals(dw1.line(), nb.get("firstWrong").get("cellLine").asInt());
        int named = 0;
        for (JsonNode node : nb.get("graph").get("nodes")) {
            At at = lines.stream().filter(l -> l.cell() == node.get("cell").asInt()
                    && l.line() == node.get("cellLine").asInt()).findFirst().orElseThrow();
            if (!node.get("name").isNull() && node.get("op").asText().equals("leaf")) {
                assertTrue(at.text().contains(node.get("name").asText()), node + " at " + at);
                named++;
            }
        }
        assertTrue(named >= 8, "named leaves: " + named);
    }

    @Test
    void junitMarkdownAndThePageNameTheCells() throws Exception {
        List<At> lines = codeLines(PUBLISHED);
        At dw1 = find(lines, "d_w1 = ");
        Path xml = dir.resolve("check.xml");
        Path md = dir.resolve("check.md");
        Path html = dir.resolve("check.html");
        assertEquals(ExitCode.DIFFERENT, Cli.run("check", PUBLISHED, "--junit-xml", xml.toString(), "--format",
                "markdown", "--out", md.toString()).status());
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                .getDocumentElement();
        assertEquals("10", suite.getAttribute("tests"));
        assertEquals("4", suite.getAttribute("failures"));
        NodeList failures = suite.getElementsByTagName("failure");
        assertTrue(((Element) failures.item(0)).getAttribute("message").startsWith(dw1.where(PUBLISHED)
                + ": ∂L/∂w1 is wrong"), ((Element) failures.item(0)).getAttribute("message"));
        assertTrue(((Element) failures.item(0).getParentNode()).getAttribute("name").startsWith("cell " + dw1.cell()
                + ", line " + dw1.line() + ": d_w1 = "));
        String markdown = Files.readString(md);
        assertTrue(markdown.contains("| cell:line | claim |"), markdown);
        assertTrue(markdown.contains("| " + dw1.cell() + ":" + dw1.line() + " | `" + dw1.text().strip() + "` |"),
                markdown);
        assertTrue(markdown.contains("\n- cell " + dw1.cell() + ", line " + dw1.line() + ": `d_w1 = "), markdown);
        assertEquals(ExitCode.DIFFERENT, Cli.run("check", PUBLISHED, "--format", "html", "--out", html.toString())
                .status());
        String page = Files.readString(html);
        for (int cell : lines.stream().mapToInt(At::cell).distinct().toArray()) {
            assertTrue(page.contains("<li class=\"cell-head\" id=\"cell-" + cell + "\">cell " + cell + "</li>"),
                    "cell " + cell);
        }
        At magic = find(lines, "%matplotlib inline");
        assertTrue(page.matches("(?s).*<li id=\"line-\\d+\" data-line=\"\\d+\" class=\"ipython\"><pre><span "
                + "class=\"number\">\\s+" + magic.line() + "</span>  %matplotlib inline</pre>.*"), "magic shown");
        assertTrue(page.contains("Where the error enters: <a href=\"#line-"), page);
        assertTrue(page.contains(">cell " + dw1.cell() + ", line " + dw1.line() + "</a>, <code>d_w1 = "));
    }

    @Test
    void theCorrectedHandoutAndOneWithEveryKindOfMagicPassAsThePythonFileDoes() throws IOException {
        Cli.Result py = Cli.run("check", "examples/programs/homework2-corrected.py");
        assertEquals(ExitCode.SAME, py.status(), py.err());
        for (String name : List.of("homework2-corrected", "homework2-magics")) {
            Cli.Result run = Cli.run("check", NOTEBOOKS + name + ".ipynb");
            assertEquals(ExitCode.SAME, run.status(), name + ": " + run.err() + run.out());
            assertTrue(run.out().contains("all 10 checked gradients match autograd"), run.out());
        }
        // the cells a cell magic makes no Python are noted, by the number the notebook gives them
        JsonNode cells = MAPPER.readTree(Path.of(NOTEBOOKS + "homework2-magics.ipynb").toFile()).get("cells");
        String out = Cli.run("check", NOTEBOOKS + "homework2-magics.ipynb").out();
        int noted = 0;
        for (int k = 0; k < cells.size(); k++) {
            String first = cells.get(k).get("source").get(0).asText();
            if (first.startsWith("%%bash") || first.startsWith("%%writefile")) {
                String magic = first.strip().split(" ")[0];
                assertTrue(out.contains("note: cell " + (k + 1) + " is not run: " + magic + " "), out);
                noted++;
            }
        }
        assertEquals(2, noted);
    }

    @Test
    void aCellWithASyntaxErrorIsExitTwoAtItsCellAndLineAsCPythonSaysIt() throws Exception {
        JsonNode reference = MAPPER.readTree(Path.of("reference-results/notebooks/homework2-syntax-error.json")
                .toFile());
        JsonNode broken = null;
        for (JsonNode c : reference.get("cells")) {
            broken = c.get("syntaxError").isNull() ? broken : c;
        }
        String file = NOTEBOOKS + "homework2-syntax-error.ipynb";
        Path xml = dir.resolve("broken.xml");
        Cli.Result run = Cli.run("check", file, "--junit-xml", xml.toString());
        assertEquals(ExitCode.BAD_INPUT, run.status());
        assertEquals("", run.out());
        String where = file + ":cell " + broken.get("cell").asInt() + ":" + broken.get("syntaxError").get("line")
                .asInt() + ":" + broken.get("syntaxError").get("column").asInt();
        // CPython: "'(' was never closed"; the next cell is not read as its continuation
        assertTrue(run.err().startsWith("bpdiff: syntax error: the '(' is never closed (" + where + ")\n"), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.startsWith("bpdiff: ")).count(), run.err());
        assertTrue(run.err().contains("\n      lli.append(error\n                ^\n"), run.err());
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                .getDocumentElement();
        assertEquals("1", suite.getAttribute("errors"));
        assertTrue(((Element) suite.getElementsByTagName("error").item(0)).getAttribute("message").endsWith("(" + where
                + ")"));
    }

    @Test
    void anErrorWhileTheProgramRunsNamesTheCellAndTheColumnThere() throws IOException {
        // the cell is un-indented by IPython and runs %time's statement: the column is the cell's
        String cell = "  x = 1.0\n  %time loss = x + undefined_name";
        Path f = notebook("runs.ipynb", "[" + markdown("# a") + "," + code(cell) + "]");
        Cli.Result run = Cli.run("check", f.toString());
        assertEquals(ExitCode.BAD_INPUT, run.status(), run.err());
        int column = cell.split("\n")[1].indexOf("undefined_name") + 1;
        assertTrue(run.err().contains("(" + f + ":cell 2:2:" + column + ")"), run.err());
        assertTrue(run.err().contains("\n    %time loss = x + undefined_name\n" + " ".repeat(1 + column) + "^\n"),
                run.err());
    }

    private Path notebook(String name, String cells) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": " + cells + "}");
        return f;
    }

    private static String code(String source) throws IOException {
        return "{\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [], \"source\": "
                + MAPPER.writeValueAsString(source) + "}";
    }

    private static String markdown(String source) throws IOException {
        return "{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": " + MAPPER.writeValueAsString(source) + "}";
    }

    @Test
    void aJsonErrorQuotesTheNotebooksLineWithACaret() throws IOException {
        Path f = dir.resolve("comma.ipynb");
        Files.writeString(f, "{\"nbformat\": 4,\n \"cells\": [,]}\n");
        Cli.Result run = Cli.run("check", f.toString());
        assertEquals(ExitCode.BAD_INPUT, run.status());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.get(0).startsWith("bpdiff: the notebook is not valid JSON: ") && lines.get(0).endsWith(f
                + ":2:12)"), run.err());
        assertEquals(List.of("   \"cells\": [,]}", "             ^"), lines.subList(1, 3), run.err());
    }

    @Test
    void aMalformedNotebookIsExitTwoWithOneLine() throws IOException {
        String ok = code("x = 1");
        String[][] cases = {
            {"not JSON", "{\"cells\": [", "bpdiff: the notebook is not valid JSON: "},
            {"no cells", "{\"nbformat\": 4}", "bpdiff: not a Jupyter notebook: its JSON has no \"cells\" list"},
            {"nbformat 3", "{\"nbformat\": 3, \"cells\": []}", "bpdiff: an nbformat 3 notebook: bpdiff reads nbformat 4"},
            {"a heading cell", "{\"nbformat\": 4, \"cells\": [" + ok + ", {\"cell_type\": \"heading\", \"source\": \"\"}]}",
                "bpdiff: a cell's \"cell_type\" is \"heading\" (nbformat 4 has code, markdown and raw) (%s:cell 2)"},
            {"a number as source", "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": 5}]}",
                "bpdiff: a cell's \"source\" is not a string or a list of strings (%s:cell 1)"},
            {"R", "{\"nbformat\": 4, \"metadata\": {\"kernelspec\": {\"language\": \"R\"}}, \"cells\": [" + ok + "]}",
                "bpdiff: the notebook's language is R; bpdiff check runs Python (%s)"},
            {"duplicate key", "{\"nbformat\": 4, \"cells\": [], \"cells\": []}", "bpdiff: the notebook is not valid JSON: "},
            // CPython's json.loads: "Extra data: line 1 column 32 (char 31)"; it was read as the object before it
            {"text after it", "{\"nbformat\": 4, \"cells\": [" + ok + "]} trailing",
                "bpdiff: the notebook is not valid JSON: "},
            {"too many cells", "{\"nbformat\": 4, \"cells\": [" + String.join(",", java.util.Collections.nCopies(10_001,
                ok)) + "]}", "bpdiff: the notebook has 10001 cells; bpdiff reads at most 10000 (%s)"},
        };
        for (String[] c : cases) {
            Path f = dir.resolve(c[0].replace(' ', '-') + ".ipynb");
            Files.writeString(f, c[1]);
            Cli.Result run = Cli.run("check", f.toString());
            assertEquals(ExitCode.BAD_INPUT, run.status(), c[0]);
            assertEquals("", run.out(), c[0]);
            String first = run.err().lines().findFirst().orElse("");
            assertTrue(first.startsWith(c[2].contains("%s") ? String.format(c[2], f) : c[2]), c[0] + ": " + run.err());
            assertEquals(1, run.err().lines().filter(l -> l.startsWith("bpdiff")).count(), c[0] + ": " + run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
        Path big = dir.resolve("big.ipynb");
        Files.writeString(big, "{\"nbformat\": 4, \"cells\": [" + code("x = 1\n".repeat(200_000)) + "]}");
        Cli.Result run = Cli.run("check", big.toString());
        assertEquals(ExitCode.BAD_INPUT, run.status());
        assertTrue(run.err().startsWith("bpdiff: the notebook's code is too large (more than 1048576 characters"),
                run.err());
    }
}
