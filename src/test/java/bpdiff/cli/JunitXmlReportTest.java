package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
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
 * {@code --junit-xml} of {@code compare} and {@code run}: a Surefire report for every outcome, read back with the
 * JDK's DOM parser as a CI system would read it.
 */
class JunitXmlReportTest {

    @TempDir
    Path folder;

    /** The suite element, after checking that its counts are those of its test cases. */
    private static Element suite(Path file) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element suite = doc.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(cases.getLength(), Integer.parseInt(suite.getAttribute("tests")));
        assertEquals(suite.getElementsByTagName("failure").getLength(), Integer.parseInt(suite.getAttribute("failures")));
        assertEquals(suite.getElementsByTagName("error").getLength(), Integer.parseInt(suite.getAttribute("errors")));
        assertEquals("0", suite.getAttribute("skipped"));
        assertTrue(Double.parseDouble(suite.getAttribute("time")) >= 0);
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            assertTrue(!c.getAttribute("name").isEmpty() && !c.getAttribute("classname").isEmpty());
        }
        return suite;
    }

    private static List<String> names(Element suite, String tag) {
        List<String> names = new ArrayList<>();
        NodeList problems = suite.getElementsByTagName(tag);
        for (int i = 0; i < problems.getLength(); i++) {
            names.add(((Element) problems.item(i).getParentNode()).getAttribute("name"));
        }
        return names;
    }

    @Test
    void compareMatchIsOnePassingCasePerParameter() throws Exception {
        Path xml = folder.resolve("match.xml");
        assertEquals(ExitCode.SAME, Cli.run("compare", "--junit-xml", xml.toString()).status());
        Element suite = suite(xml);
        assertEquals("bpdiff.compare.lecture", suite.getAttribute("name"));
        assertEquals("8", suite.getAttribute("tests"));
        assertEquals("0", suite.getAttribute("failures"));
        assertEquals("w1 [float64]", ((Element) suite.getElementsByTagName("testcase").item(0)).getAttribute("name"));
    }

    @Test
    void compareMismatchFailsExactlyTheWrongParameters() throws Exception {
        Path xml = folder.resolve("buggy.xml");
        assertEquals(ExitCode.DIFFERENT, Cli.run("compare", "--manual", "buggy", "--dtype", "float32",
                "--junit-xml", xml.toString()).status());
        Element suite = suite(xml);
        assertEquals(List.of("w1 [float32]", "w2 [float32]", "w3 [float32]", "w4 [float32]"), names(suite, "failure"));
        Element failure = (Element) suite.getElementsByTagName("failure").item(0);
        assertEquals("mismatch", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").startsWith("w1 mismatches at epoch 1"), failure.getAttribute("message"));
    }

    @Test
    void compareDivergedFailsEveryParameter() throws Exception {
        Path network = Files.writeString(folder.resolve("net.json"), "{\"layers\":[1,1,1],\"weights\":[[[\"w1\"]],"
                + "[[\"w2\"]]],\"parameters\":{\"w1\":1.0,\"w2\":1.0},\"activation\":\"relu\","
                + "\"samples\":[{\"x\":[1.0],\"y\":[1e200]}]}");
        Path xml = folder.resolve("diverged.xml");
        assertEquals(ExitCode.DIFFERENT, Cli.run("compare", "--network", network.toString(), "--junit-xml",
                xml.toString()).status());
        Element suite = suite(xml);
        assertEquals(List.of("w1 [float64]", "w2 [float64]"), names(suite, "failure"));
        assertEquals("diverged", ((Element) suite.getElementsByTagName("failure").item(0)).getAttribute("type"));
    }

    @Test
    void badInputStillGivesAReportWithOneError() throws Exception {
        Path xml = folder.resolve("bad.xml");
        Cli.Result result = Cli.run("compare", "--loss", "bce", "--junit-xml", xml.toString());
        assertEquals(ExitCode.BAD_INPUT, result.status());
        Element suite = suite(xml);
        assertEquals("1", suite.getAttribute("errors"));
        Element error = (Element) suite.getElementsByTagName("error").item(0);
        assertEquals(result.err().strip(), error.getAttribute("message"));
    }

    @Test
    void runGivesOneCasePerFinding() throws Exception {
        Path xml = folder.resolve("run.xml");
        Cli.Result result = Cli.run("run", "--only", "lecture", "--out", folder.resolve("report").toString(),
                "--junit-xml", xml.toString());
        assertEquals(ExitCode.SAME, result.status(), result.err());
        Element suite = suite(xml);
        assertEquals("bpdiff.run", suite.getAttribute("name"));
        assertEquals("2", suite.getAttribute("tests"), "the lecture experiment's two findings");
        assertEquals("bpdiff.run.lecture",
                ((Element) suite.getElementsByTagName("testcase").item(0)).getAttribute("classname"));
        Path bad = folder.resolve("bad-run.xml");
        assertEquals(ExitCode.BAD_INPUT, Cli.run("run", "--only", "nonsense", "--junit-xml", bad.toString()).status());
        assertEquals("1", suite(bad).getAttribute("errors"));
    }

    @Test
    void aCharacterXmlCannotHoldStillGivesAReportCiCanRead() throws Exception {
        // a formula pasted from a PDF (U+1D465) and a control character (U+0001): the report is still XML 1.0
        Path file = Files.writeString(folder.resolve("pasted.py"), "d_o1 = out_o1 - y1\nd_w5 = \uD835\uDC65 * w5\n");
        Path xml = folder.resolve("junit.xml");
        Cli.Result result = Cli.run("check", file.toString(), "--junit-xml", xml.toString());
        assertEquals(ExitCode.BAD_INPUT, result.status(), result.err());
        assertTrue(result.err().startsWith("bpdiff: syntax error: unexpected character '\uD835\uDC65'"), result.err());
        Element error = (Element) suite(xml).getElementsByTagName("error").item(0);
        assertTrue(error.getAttribute("message").contains("'\uD835\uDC65'"), error.getAttribute("message"));
        // a program's own message with a control character in it, which XML 1.0 cannot hold even as &#1;: the message
        // shows it escaped as Python writes it (as the terminal's one line does), so the report holds it as text
        Path control = Files.writeString(folder.resolve("control.py"),
                "import numpy as np\nw = 0.5\nraise ValueError('bad \u0001 value')\n");
        assertEquals(ExitCode.BAD_INPUT, Cli.run("check", control.toString(), "--junit-xml", xml.toString()).status());
        Element failed = (Element) suite(xml).getElementsByTagName("error").item(0);
        assertTrue(failed.getAttribute("message").contains("bad \\x01 value"), failed.getAttribute("message"));
    }
}
