package bpdiff.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format html} from the command line: exit statuses as for the other formats, one self-contained
 * file (nothing loaded from elsewhere), and every number the JSON has for the shown epoch on the page, digit
 * for digit.
 */
class HtmlFormatTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void comparePageHasEveryNumberOfTheJsonAndNeedsNothingFromOutside() throws IOException {
        Path page = folder.resolve("buggy.html");
        Cli.Result html = Cli.run("compare", "--manual", "buggy", "--format", "html", "--out", page.toString());
        assertEquals(1, html.status(), html.err());
        assertTrue(html.out().contains("(written to " + page + ")"), html.out());
        Cli.Result json = Cli.run("compare", "--manual", "buggy", "--format", "json");
        JsonNode step = MAPPER.readTree(json.out()).get("steps").get(0);
        String text = Files.readString(page);
        assertSelfContained(text);
        for (JsonNode p : step.get("parameters")) {
            for (String field : new String[] {"/gradient/manual", "/gradient/autograd", "/gradient/numeric",
                "/updated/manual", "/updated/autograd"}) {
                String value = p.at(field).asText();
                assertTrue(text.contains(">" + value + "<"), p.get("name").asText() + field + " = " + value);
            }
        }
        for (JsonNode n : step.get("forward")) {
            assertTrue(text.contains(">" + n.at("/out/autograd").asText() + "<"), n.toString());
        }
        assertTrue(text.contains(MAPPER.readTree(json.out()).at("/summary/localisation/quantity").asText()));
    }

    @Test
    void checkPageIsWrittenWithTheSameExitStatusAsText() throws IOException {
        Path page = folder.resolve("check.html");
        Cli.Result wrong = Cli.run("check", "examples/derivations/published.py", "--format", "html", "--out",
                page.toString());
        assertEquals(1, wrong.status(), wrong.err());
        assertSelfContained(Files.readString(page));
        Cli.Result right = Cli.run("check", "examples/derivations/corrected.py", "--format", "html");
        assertEquals(0, right.status(), right.err());
        assertTrue(right.out().startsWith("<!DOCTYPE html>"));
        assertTrue(right.out().contains("All match: "));
    }

    @Test
    void aCheckPageSaysWhatWasNotCheckedAndNeverThatAllMatch() throws IOException {
        // docs/check.md's contract: a parameter whose d_<parameter> no line computes is NOT CHECKED, with the helper that
        // looks like it, and the check fails; the seven lines it does check are the corrected homework's, all right
        String corrected = Files.readString(Path.of("examples/derivations/corrected.py"));
        Path file = Files.writeString(folder.resolve("dw1.py"), corrected.replace("    d_w1 = ", "    dw1 = ")
                .replaceAll("(?m)^ *return .*\\n", ""));
        Cli.Result page = Cli.run("check", file.toString(), "--format", "html");
        assertEquals(1, page.status(), page.err());
        assertTrue(page.out().contains("Not all checked: all 9 checked formulas match autograd; 1 derivative is not "
                + "checked"), page.out());
        assertTrue(page.out().contains("NOT CHECKED</span> d_w1: no line computes the gradient of w1, so ∂L/∂w1 is not"
                + " checked (dw1 at line 13 holds ∂L/∂w1, but only d_w1 is read as ∂L/∂w1)"), page.out());
        assertFalse(page.out().contains("All match") || page.out().contains("Wrong: "), "neither a pass nor a wrong line");
    }

    @Test
    void anUnknownFormatNamesTheNewOne() {
        Cli.Result result = Cli.run("compare", "--format", "pdf");
        assertEquals(2, result.status());
        assertEquals("bpdiff: unknown format 'pdf', expected one of text, json, markdown, html (--format)\n",
                result.err());
    }

    private static void assertSelfContained(String html) {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta name=\"viewport\""));
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing loaded from elsewhere");
        assertFalse(html.contains("<link"), "no external style sheet");
        assertFalse(html.contains("@import"));
    }
}
