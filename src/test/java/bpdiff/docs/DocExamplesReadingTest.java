package bpdiff.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import bpdiff.docs.DocExamples.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link DocsExamplesTest} reads a document's examples and holds what is printed to what is shown. */
class DocExamplesReadingTest {

    private static final String DOCUMENT = """
            # A page

            ```text
            $ bpdiff check a.py --format json | tail -2   # the end
            }
            $ echo $?
            1
            ```

            <!-- not run: it serves until Ctrl-C -->
            ```text
            $ bpdiff serve
            ```

            ```sh
            bpdiff check a.py
            ```

            ```text
            $ bpdiff check "my homework.py" \\
                --dtype float32 2>/dev/null
            ok
            ```
            """;

    @Test
    void blocksCommandsAndTheirShownLinesAreFound() {
        List<Block> blocks = DocExamples.of("page.md", DOCUMENT);
        assertEquals(3, blocks.size());
        assertEquals(3, blocks.get(0).line());
        assertEquals(List.of("}"), blocks.get(0).commands().get(0).shown());
        assertEquals("echo $?", blocks.get(0).commands().get(1).text());
        assertNull(blocks.get(0).notRun());
        assertEquals("it serves until Ctrl-C", blocks.get(1).notRun());
        assertEquals(List.of("ok"), blocks.get(2).commands().get(0).shown());
    }

    @Test
    void theShellFormsAreReadAsAShellReadsThem() {
        List<Block> blocks = DocExamples.of("page.md", DOCUMENT);
        assertEquals(new ShellLine.Bpdiff(List.of("check", "a.py", "--format", "json"), true, 2),
                ShellLine.parse(blocks.get(0).commands().get(0).text()));
        assertInstanceOf(ShellLine.EchoStatus.class, ShellLine.parse("echo $?"));
        assertEquals(new ShellLine.Bpdiff(List.of("check", "my homework.py", "--dtype", "float32"), false, -1),
                ShellLine.parse(blocks.get(2).commands().get(0).text()));
        assertInstanceOf(ShellLine.Unsupported.class, ShellLine.parse("curl -s http://127.0.0.1:8765/api/networks"));
        assertInstanceOf(ShellLine.Unsupported.class, ShellLine.parse("bpdiff check a.py | jq .summary"));
        assertInstanceOf(ShellLine.Unsupported.class, ShellLine.parse("bpdiff check a.py > out.txt"));
        assertInstanceOf(ShellLine.Unsupported.class, ShellLine.parse("bpdiff check $HOME/a.py"));
    }

    @Test
    void onlyTheEllipsisElides() {
        String printed = "header\nrow 1\nrow 2\nrow 3\nverdict: MISMATCH from epoch 1\n\n";
        assertNull(ShownOutput.mismatch(List.of("header", "…", "verdict: MISMATCH from epoch 1"), printed));
        assertNull(ShownOutput.mismatch(List.of("header", "row 1", "…", "verdict: MISMATCH …"), printed));
        assertNull(ShownOutput.mismatch(List.of("…"), printed));
        assertNull(ShownOutput.mismatch(List.of("header  ", "row 1", "row 2", "row 3",
                "verdict: MISMATCH from epoch 1", ""), printed));
        // a number changed, a line left out, a line too many, a prefix that does not begin the line
        assertNotNull(ShownOutput.mismatch(List.of("header", "…", "verdict: MISMATCH from epoch 2"), printed));
        assertNotNull(ShownOutput.mismatch(List.of("header", "row 1", "row 3", "…"), printed));
        assertNotNull(ShownOutput.mismatch(List.of("header", "row 1", "row 2", "row 3"), printed));
        assertNotNull(ShownOutput.mismatch(List.of("…", "MISMATCH …"), printed));
        assertEquals("the document's line 2 of this output, 'row 2', is not what was printed there",
                ShownOutput.mismatch(List.of("header", "row 2", "…"), printed));
    }
}
