package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code bpdiff check} end to end: exit statuses, messages with positions and carets, and the output
 * formats. The homework states which four formulas of the published derivation are wrong (d_w1..d_w4 of
 * its ten); the counts below come from that.
 */
class CheckCommandTest {

    private static final String PUBLISHED = "examples/derivations/published.py";
    private static final String CORRECTED = "examples/derivations/corrected.py";

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        // through Main, whose handler tells every command's failures
        String[] command = new String[args.length + 1];
        command[0] = "check";
        System.arraycopy(args, 0, command, 1, args.length);
        Cli.Result result = Cli.run(command);
        return new Run(result.status(), result.out(), result.err());
    }

    private Path file(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void correctedDerivationExitsZero() {
        Run run = run(CORRECTED);
        assertEquals(ExitCode.SAME, run.status(), run.err());
        assertTrue(run.out().contains("all 10 checked formulas match autograd"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void publishedDerivationExitsOneAndSaysWhereItGoesWrong() {
        Run run = run(PUBLISHED);
        assertEquals(ExitCode.DIFFERENT, run.status(), run.err());
        assertTrue(run.out().contains("4 of 10 checked formulas are wrong; first wrong line: " + PUBLISHED + ":14"),
                run.out());
        assertTrue(run.out().contains("likely: the back-propagated error δo1·w5 + δo2·w6 is replaced by d_w5 + d_w6"),
                run.out());
        assertTrue(run.out().contains("the hidden-layer back-propagation (into h1) is where it goes wrong"), run.out());
    }

    @Test
    void unknownNameIsExitTwoWithPositionSuggestionAndCaret() throws Exception {
        Path f = file("unknown.py", "d_o1 = out_o1 - y1\nd_w5 = d_o1 * out_o1 * (1 - out_o1) * outh1\n");
        Run run = run(f.toString());
        assertEquals(ExitCode.BAD_INPUT, run.status());
        List<String> lines = run.err().lines().toList();
        assertEquals("bpdiff: unknown name 'outh1'; did you mean out_h1? (" + f + ":2:39)", lines.get(0));
        assertEquals("  d_w5 = d_o1 * out_o1 * (1 - out_o1) * outh1", lines.get(1));
        assertEquals(2 + 38, lines.get(2).indexOf('^'));
        assertEquals("", run.out());
    }

    @Test
    void syntaxErrorIsExitTwoWithCaretUnderTheColumn() throws Exception {
        Path f = file("syntax.py", "# a comment\n    d_w5 = d_o1 * (out_o1 - y1\n");
        Run run = run(f.toString());
        assertEquals(ExitCode.BAD_INPUT, run.status());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.get(0).startsWith("bpdiff: syntax error: expected ')' to close the '(' at column 19"),
                lines.get(0));
        assertTrue(lines.get(0).endsWith("(" + f + ":2:31)"), lines.get(0));
        assertEquals(2 + 30, lines.get(2).indexOf('^'));
    }

    @Test
    void aNetworkFilesJsonErrorQuotesItsLineWithACaret() throws Exception {
        Path net = file("net.json", "{\n  \"layers\": [2, 2,, 2]\n}\n");
        Run run = run(CORRECTED, "--network", net.toString());
        assertEquals(ExitCode.BAD_INPUT, run.status());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.get(0).startsWith("bpdiff: network file is not valid JSON: ")
                && lines.get(0).endsWith("(" + net + ":2:19)"), run.err());
        assertEquals(List.of("    \"layers\": [2, 2,, 2]", "                    ^"), lines.subList(1, 3), run.err());
    }

    @Test
    void emptyFileAndNothingToCheckAreExitTwo() throws Exception {
        Run empty = run(file("empty.py", "# nothing here\n\n").toString());
        assertEquals(ExitCode.BAD_INPUT, empty.status());
        assertTrue(empty.err().startsWith("bpdiff: the derivation is empty"), empty.err());
        Run nothing = run(file("helpers.py", "e1 = out_o1 - y1\n").toString());
        assertEquals(ExitCode.BAD_INPUT, nothing.status());
        assertTrue(nothing.err().startsWith("bpdiff: nothing to check"), nothing.err());
        Run missing = run(dir.resolve("absent.py").toString());
        assertEquals(ExitCode.BAD_INPUT, missing.status());
        assertTrue(missing.err().startsWith("bpdiff: file not found"), missing.err());
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        Path binary = dir.resolve("garbage.py");
        java.nio.file.Files.write(binary, garbage);
        Run unreadable = run(binary.toString());
        assertEquals(ExitCode.BAD_INPUT, unreadable.status());
        assertEquals(1, unreadable.err().lines().count(), unreadable.err());
        assertTrue(unreadable.err().contains("not UTF-8 text"), unreadable.err());
    }

    @Test
    void badOptionsAreExitTwo() {
        assertEquals(ExitCode.BAD_INPUT, run(CORRECTED, "--format", "pdf").status());
        // through Main, as a user runs it: the same line as compare's
        Cli.Result pdf = Cli.run("check", CORRECTED, "--format", "pdf");
        assertEquals(ExitCode.BAD_INPUT, pdf.status());
        assertEquals("bpdiff: unknown format 'pdf', expected one of text, json, markdown, html (--format)\n",
                pdf.err());
        assertEquals(ExitCode.BAD_INPUT, run(CORRECTED, "--dtype", "float16").status());
        assertEquals(ExitCode.BAD_INPUT, run(CORRECTED, "--epochs", "0").status());
        Run noFile = run();
        assertEquals(ExitCode.BAD_INPUT, noFile.status());
        assertTrue(noFile.err().startsWith("bpdiff: no file given"), noFile.err());
    }

    @Test
    void divisionByZeroFailsThatFormulaOnly() throws Exception {
        Path f = file("zero.py", "d_o1 = out_o1 - y1\nd_o2 = (out_o2 - y2) / (x1 - 0.5)\nd_w5 = d_o1 * out_o1 * (1 - out_o1) * out_h1\n");
        Path xml = dir.resolve("zero.xml");
        Run run = run(f.toString(), "--junit-xml", xml.toString());
        assertEquals(ExitCode.DIFFERENT, run.status(), run.err());
        assertTrue(run.out().contains("division by zero: x1 - 0.5 is 0"), run.out());
        Element suite = parse(xml).getDocumentElement();
        // three formulas, and the seven weights whose gradient no line computes
        assertEquals("10", suite.getAttribute("tests"));
        assertEquals("7", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
    }

    @Test
    void junitXmlHasOneTestCasePerCheckedFormula() throws Exception {
        Path xml = dir.resolve("published.xml");
        Run run = run(PUBLISHED, "--junit-xml", xml.toString());
        assertEquals(ExitCode.DIFFERENT, run.status(), run.err());
        Document doc = parse(xml);
        Element suite = doc.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("bpdiff.check.published", suite.getAttribute("name"));
        assertEquals("10", suite.getAttribute("tests"));
        assertEquals("4", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        assertEquals("0", suite.getAttribute("skipped"));
        assertTrue(Double.parseDouble(suite.getAttribute("time")) >= 0);
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(10, cases.getLength());
        List<String> failing = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            assertEquals("bpdiff.check.published", testcase.getAttribute("classname"));
            assertFalse(testcase.getAttribute("time").isEmpty());
            NodeList failures = testcase.getElementsByTagName("failure");
            if (failures.getLength() > 0) {
                Element failure = (Element) failures.item(0);
                assertEquals("WrongDerivative", failure.getAttribute("type"));
                assertFalse(failure.getAttribute("message").isEmpty());
                assertTrue(failure.getTextContent().contains("likely: "), failure.getTextContent());
                failing.add(testcase.getAttribute("name").replaceAll("^line \\d+: (d_w\\d).*$", "$1"));
            }
        }
        assertEquals(List.of("d_w1", "d_w3", "d_w2", "d_w4"), failing);
    }

    @Test
    void jsonReportParsesAndNamesTheFirstWrongLine() throws Exception {
        Run run = run(PUBLISHED, "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("bpdiff.check/1", json.get("schema").asText());
        assertFalse(json.get("passed").asBoolean());
        assertEquals(10, json.get("checked").asInt());
        assertEquals(4, json.get("wrong").asInt());
        assertEquals("d_w1 = (d_w5 + d_w6) * out_h1 * (1 - out_h1) * x1", json.get("firstWrong").get("formula").asText());
        assertEquals(10, json.get("formulas").size());
    }

    @Test
    void markdownToFileAndSummaryToStdout() throws Exception {
        Path out = dir.resolve("report.md");
        Run run = run(PUBLISHED, "--format", "markdown", "--out", out.toString());
        assertEquals(ExitCode.DIFFERENT, run.status(), run.err());
        String markdown = Files.readString(out);
        assertTrue(markdown.contains("| line | formula | student | autograd | numeric | verdict |"), markdown);
        assertTrue(markdown.contains("**WRONG**"), markdown);
        assertTrue(run.out().startsWith("4 of 10 checked formulas are wrong"), run.out());
    }

    @Test
    void epochsOptionChecksATrainingRun() {
        Run run = run(CORRECTED, "--epochs", "20", "--dtype", "float32");
        assertEquals(ExitCode.SAME, run.status(), run.err());
        assertTrue(run.out().contains("at every one of 20 epochs"), run.out());
    }

    @Test
    void namesListsWhatADerivationMayUse() {
        Run run = run("--names");
        assertEquals(ExitCode.SAME, run.status(), run.err());
        assertTrue(run.out().contains("parameters      w1, w2, w3, w4, w5, w6, w7, w8"), run.out());
        assertTrue(run.out().contains("forward         in_h1, out_h1, in_h2, out_h2, in_o1, out_o1, in_o2, out_o2"),
                run.out());
        assertTrue(run.out().contains("delta_h1"), run.out());
        Run other = run("--names", "--network", "examples/networks/shared-bias.json");
        assertTrue(other.out().contains("w8, b1, b2"), other.out());
    }

    @Test
    void namesListEachLayersActivationWithItsDerivative() {
        Run run = run("--names", "--network", "examples/networks/regression-tanh.json");
        assertEquals(ExitCode.SAME, run.status(), run.err());
        assertTrue(run.out().contains("Activations, hidden layers first:\n"
                + "  h1, h2, h3  tanh             out = tanh(in), d out/d in = 1−out²\n"
                + "  o1          identity         out = in, d out/d in = 1\n"), run.out());
        Run leaky = run("--names", "--network", "examples/networks/leaky.json", "--activation", "leaky-relu,identity");
        assertTrue(leaky.out().contains("leaky-relu       out = in for in > 0, else 0.01·in, d out/d in = 1 for in > 0,"
                + " else 0.01 (also at in = 0)"), leaky.out());
        assertTrue(leaky.out().contains("Functions: exp log sqrt abs tanh sigmoid relu leaky_relu max min"), leaky.out());
    }

    private static Document parse(Path xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    }
}
