package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code bpdiff check} on programs, end to end as a user runs it: exit statuses, the text, JSON and Markdown
 * reports, and JUnit XML for every outcome. Which lines are wrong comes from the homework (d_w1..d_w4 of its
 * ten gradients).
 */
class ProgramCheckCommandTest {

    private static final String PUBLISHED = "examples/programs/homework2-published.py";
    private static final String CORRECTED = "examples/programs/homework2-corrected.py";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void publishedIsExitOneWithTheHomeworksMistakeOnItsLines() {
        Cli.Result run = Cli.run("check", PUBLISHED);
        assertEquals(ExitCode.DIFFERENT, run.status(), run.err());
        assertTrue(run.out().startsWith("bpdiff check " + PUBLISHED + ": loss error (line 26), autograd float64"),
                run.out());
        assertTrue(run.out().contains("4 of 10 checked gradients are wrong; first wrong line: " + PUBLISHED + ":40"),
                run.out());
        assertTrue(run.out().contains("likely: the back-propagated error ∂L/∂in_o1·w5 + ∂L/∂in_o2·w6"), run.out());
        assertTrue(run.out().contains("is replaced by d_w5 + d_w6"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void correctedIsExitZero() {
        Cli.Result run = Cli.run("check", CORRECTED);
        assertEquals(ExitCode.SAME, run.status(), run.err() + run.out());
        assertTrue(run.out().contains("all 10 checked gradients match autograd"), run.out());
    }

    @Test
    void junitXmlHasATestCasePerGradientAndAFailurePerWrongOne() throws Exception {
        Path xml = dir.resolve("check.xml");
        assertEquals(ExitCode.DIFFERENT, Cli.run("check", PUBLISHED, "--junit-xml", xml.toString()).status());
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                .getDocumentElement();
        assertEquals("10", suite.getAttribute("tests"));
        assertEquals("4", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        NodeList failures = suite.getElementsByTagName("failure");
        assertTrue(((Element) failures.item(0)).getAttribute("message").startsWith(PUBLISHED + ":40: ∂L/∂w1 is wrong"));
    }

    @Test
    void aBracketOpenToTheEndOfTheFileIsOneError() throws Exception {
        // CPython 3.11 on this file: only "SyntaxError: '(' was never closed" at line 2, the '(' at column 5; the
        // parser's complaint at the end of the file is the same mistake again
        Path f = file("open.py", "import numpy as np\nx = (\n");
        Cli.Result run = Cli.run("check", f.toString());
        assertEquals(ExitCode.BAD_INPUT, run.status());
        assertEquals(List.of("bpdiff: syntax error: the '(' is never closed (" + f + ":2:5)"),
                run.err().lines().filter(l -> l.startsWith("bpdiff:")).toList(), run.err());
    }

    @Test
    void everySyntaxAndNameErrorIsExitTwoAndAJunitError() throws Exception {
        Path f = file("broken.py", "import numpy as np\nx = (1 +\ny = outh1 * 2\nz = np.fft.fft(x)\n");
        Path xml = dir.resolve("broken.xml");
        Cli.Result run = Cli.run("check", f.toString(), "--junit-xml", xml.toString());
        assertEquals(ExitCode.BAD_INPUT, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().contains("bpdiff: syntax error: the '(' is never closed (" + f + ":2:5)"), run.err());
        assertTrue(run.err().contains("bpdiff: name 'outh1' is not defined (" + f + ":3:5)"), run.err());
        assertTrue(run.err().contains("bpdiff: np.fft is not in bpdiff's numpy subset"), run.err());
        assertTrue(run.err().contains("  y = outh1 * 2\n      ^\n"), run.err());
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                .getDocumentElement();
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("3", suite.getAttribute("errors"));
        assertTrue(((Element) suite.getElementsByTagName("error").item(1)).getAttribute("message")
                .endsWith("(" + f + ":3:5)"));
    }

    @Test
    void anEndlessLoopIsExitTwoWithItsLine() throws Exception {
        Path f = file("endless.py", "loss = 0.5\nwhile True:\n    pass\n");
        Cli.Result run = Cli.run("check", f.toString());
        assertEquals(ExitCode.BAD_INPUT, run.status());
        assertTrue(run.err().startsWith("bpdiff: a loop ran more than 1000000 times, bpdiff's limit"), run.err());
        assertTrue(run.err().contains("(" + f + ":2:1)"), run.err());
    }

    @Test
    void jsonHasEveryClaimAndTheGraph() throws Exception {
        Cli.Result run = Cli.run("check", "examples/programs/mistake-transpose.py", "--format", "json");
        assertEquals(ExitCode.DIFFERENT, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("bpdiff.check-program/1", json.get("schema").asText());
        assertEquals(false, json.get("passed").asBoolean());
        JsonNode delta1 = json.get("quantities").get(2);
        assertEquals("delta1", delta1.get("name").asText());
        assertEquals("z1", delta1.get("derivativeOf").asText());
        assertEquals(2, delta1.get("student").size());
        assertEquals("a transpose is missing: W2 should be W2.T", delta1.get("likely").get(0).asText());
        assertTrue(json.get("graph").get("nodes").size() > 5);
    }

    @Test
    void markdownOutAndShowOutput() throws Exception {
        Path md = dir.resolve("report.md");
        Cli.Result run = Cli.run("check", CORRECTED, "--format", "markdown", "--out", md.toString(), "--show-output");
        assertEquals(ExitCode.SAME, run.status(), run.err());
        assertTrue(run.out().startsWith("all 10 checked gradients match autograd (written to "), run.out());
        assertTrue(Files.readString(md).contains("| line | claim | of | student | autograd | numeric | verdict |"));
        assertTrue(run.err().contains("损失函数: 0.2097"), run.err());
    }

    @Test
    void formulaListOptionsDoNotApplyToPrograms() {
        Cli.Result run = Cli.run("check", CORRECTED, "--epochs", "5");
        assertEquals(ExitCode.BAD_INPUT, run.status());
        assertTrue(run.err().startsWith("bpdiff: --epochs applies to formula lists"), run.err());
    }

    @Test
    void aFormulaListThatChecksOneDerivativeDoesNotPass() throws Exception {
        Path f = file("one.py", "d_o1 = out_o1 - y1\ndw5 = 2 * d_o1 * out_o1 * (1 - out_o1) * out_h1\n");
        Cli.Result run = Cli.run("check", f.toString());
        assertEquals(ExitCode.DIFFERENT, run.status(), run.err());
        assertTrue(run.out().contains("all 1 checked formulas match autograd; 8 derivatives are not checked"), run.out());
        assertTrue(run.out().contains("NOT CHECKED d_w5: no line computes the gradient of w5, so ∂L/∂w5 is not "
                + "checked (dw5 at line 2 holds ∂L/∂w5 × 2, but only d_w5 is read as ∂L/∂w5)"), run.out());
    }
}
