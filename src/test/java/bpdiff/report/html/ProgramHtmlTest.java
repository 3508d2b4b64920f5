package bpdiff.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.check.program.CheckOptions;
import bpdiff.check.program.ProgramCheck;
import bpdiff.check.program.ProgramReport;
import bpdiff.gradient.Precision;
import bpdiff.program.ProgramLimits;
import bpdiff.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check PROGRAM --format html} without a browser: the exit statuses of the other formats, one
 * self-contained page, a fragment without the page around it, and a long program's graph capped to what can be
 * read, saying so.
 */
class ProgramHtmlTest {

    @TempDir
    Path folder;

    @Test
    void theProgramPageIsWrittenWithTheExitStatusOfTheTextReport() throws IOException {
        Path page = folder.resolve("published.html");
        Cli.Result wrong = Cli.run("check", "examples/programs/homework2-published.py", "--format", "html", "--out",
                page.toString());
        assertEquals(1, wrong.status(), wrong.err());
        assertTrue(wrong.out().startsWith("4 of 10 checked gradients are wrong"), wrong.out());
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<meta name=\"viewport\""));
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing loaded from elsewhere");
        assertFalse(html.contains("<link") || html.contains("@import"));
        Cli.Result right = Cli.run("check", "examples/programs/homework2-corrected.py", "--format", "html");
        assertEquals(0, right.status(), right.err());
        assertTrue(right.out().contains("All match: all 10 checked gradients match autograd"));
    }

    @Test
    void aFragmentIsThePageWithoutItsSkeleton() throws IOException {
        String text = Files.readString(Path.of("examples/programs/lecture-matrix.py"));
        ProgramReport report = check(text, "lecture-matrix.py");
        String fragment = ProgramHtml.fragment(report, text);
        assertFalse(fragment.contains("<html") || fragment.contains("<body"));
        assertTrue(fragment.contains("<svg class=\"graph\""));
        assertFalse(fragment.contains("<script>"), "its script is the page's: ProgramHtml.script()");
        assertEquals(ProgramHtml.render(report, text), Page.open("bpdiff check lecture-matrix.py", "wide") + fragment
                + "<script>" + ProgramHtml.script() + "bpdiffProgram();\n</script>\n" + Page.close());
    }

    @Test
    void aLongProgramsGraphIsCappedAndSaysWhatIsLeftOut() {
        // 100 epochs of a 60-step loop: 180 operations per epoch, 18,000 in all
        String text = """
                import numpy as np

                w = 0.5
                for epoch in range(100):
                    h = 1.0
                    for step in range(60):
                        h = np.tanh(w * h + 0.1)
                    loss = (h - 0.3) ** 2
                    d_h = 2 * (h - 0.3)
                    w = w - 0.1 * 0.0
                """;
        ProgramReport report = check(text, "long.py");
        assertEquals(100, report.epochs());
        String html = ProgramHtml.render(report, text);
        Matcher note = Pattern.compile("The forward pass has (\\d+) operations: the (\\d+) named values").matcher(html);
        assertTrue(note.find(), "the cap is said");
        assertTrue(Integer.parseInt(note.group(1)) > ComputationGraph.MAX_NODES);
        long drawn = Pattern.compile("<g class=\"gnode").matcher(html).results().count();
        assertEquals(Integer.parseInt(note.group(2)), drawn);
        assertTrue(drawn <= ComputationGraph.MAX_NODES, "at most " + ComputationGraph.MAX_NODES + " nodes: " + drawn);
        assertTrue(html.contains("id=\"epoch\" min=\"0\" max=\"99\""), "an epoch control over the 100 epochs");
    }

    private static ProgramReport check(String text, String name) {
        return ProgramCheck.check(text, name, new CheckOptions(Precision.FLOAT64, null, List.of(),
                ProgramLimits.DEFAULT, null));
    }
}
