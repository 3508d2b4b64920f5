package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Messages a person can read: one line, no Java exception class name, the commands listed where one is missing. */
class MessagesTest {

    @TempDir
    Path folder;

    private static void assertOneReadableLine(Cli.Result result) {
        assertEquals(ExitCode.BAD_INPUT, result.status(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("bpdiff: "), result.err());
        assertFalse(result.err().matches("(?s).*[A-Za-z]+(Exception|Error)\\b.*"), result.err());
    }

    @Test
    void noCommandAndAnUnknownCommandListTheCommands() {
        for (Cli.Result result : new Cli.Result[] {Cli.run(), Cli.run("frobnicate")}) {
            assertOneReadableLine(result);
            assertTrue(result.err().contains("compare, check, run"), result.err());
        }
        assertTrue(Cli.run("frobnicate").err().contains("unknown command 'frobnicate'"));
    }

    @Test
    void anUnwritableOutputSaysSoInWords() {
        assertOneReadableLine(Cli.run("compare", "--out", "/proc/version"));
    }

    @Test
    void anUnwritableJunitReportIsOneLineForEveryCommand() {
        // the folder check refuses it before the command runs; the failure's own report must not say it again
        String program = "examples/programs/homework2-corrected.py";
        for (Cli.Result result : new Cli.Result[] {Cli.run("check", program, "--junit-xml", "/proc/bpdiff.xml"),
                Cli.run("diff", program, program, "--junit-xml", "/proc/bpdiff.xml"),
                Cli.run("compare", "--junit-xml", "/proc/bpdiff.xml")}) {
            assertOneReadableLine(result);
            assertTrue(result.err().contains("--junit-xml"), result.err());
        }
    }

    @Test
    void aFileNameWithALineBreakOrATerminalEscapeStaysOnTheOneLineEscaped() throws Exception {
        // the escapes as Python's repr writes them; the name was printed raw, the line broken in two
        String name = "hw\nnew line \u001b[2J.py";
        Path program = Files.writeString(folder.resolve(name), "while True:\n    pass\n");
        Cli.Result stopped = Cli.run("check", program.toString());
        assertEquals(ExitCode.BAD_INPUT, stopped.status(), stopped.err());
        String first = stopped.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("bpdiff: a loop ran more than 1000000 times")
                && first.endsWith("hw\\nnew line \\x1b[2J.py:1:1)"), stopped.err());
        assertFalse(stopped.err().contains("\u001b"), stopped.err());
        Cli.Result missing = Cli.run("check", folder.resolve("no\nsuch.py").toString());
        assertOneReadableLine(missing);
        assertTrue(missing.err().endsWith("no\\nsuch.py)\n"), missing.err());
    }

    @Test
    void anEndlessInputIsReadOnlyUpToItsLimit() {
        // /dev/zero claims size 0 and never ends: the 1 MiB bounds (docs/commands.md) must hold as bytes arrive
        Cli.Result program = Cli.run("check", "/dev/zero");
        assertOneReadableLine(program);
        assertTrue(program.err().contains("the file is too large (larger than 1048576 bytes)"), program.err());
        Cli.Result network = Cli.run("compare", "--network", "/dev/zero");
        assertOneReadableLine(network);
        assertTrue(network.err().contains("at most 1048576 bytes"), network.err());
    }

    @Test
    void runIntoAnExistingFileSaysItIsAFile() throws Exception {
        Path file = Files.writeString(folder.resolve("taken"), "x");
        Cli.Result result = Cli.run("run", "--only", "lecture", "--out", file.toString());
        assertOneReadableLine(result);
        assertTrue(result.err().contains("is a file, not a folder"), result.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aMissingFolderNeedsMkdirsAndAnExistingParent() throws Exception {
        Path missing = folder.resolve("new/result.json");
        Cli.Result refused = Cli.run("compare", "--format", "json", "--out", missing.toString());
        assertOneReadableLine(refused);
        assertTrue(refused.err().contains("--mkdirs"), refused.err());
        assertFalse(Files.exists(missing.getParent()));
        assertEquals(ExitCode.SAME, Cli.run("compare", "--format", "json", "--mkdirs", "--out", missing.toString()).status());
        assertTrue(Files.isRegularFile(missing));
        Cli.Result deep = Cli.run("compare", "--mkdirs", "--out", folder.resolve("a/b/c.json").toString());
        assertOneReadableLine(deep);
        assertFalse(Files.exists(folder.resolve("a")), "no chain of folders");
        Cli.Result run = Cli.run("run", "--only", "lecture", "--out", folder.resolve("x/y").toString());
        assertOneReadableLine(run);
    }

    @Test
    void checkFollowsTheSameRuleForItsOutAndJunitXml() throws Exception {
        Path page = folder.resolve("pages/check.html");
        Cli.Result refused = Cli.run("check", "examples/programs/homework2-corrected.py", "--format", "html", "--out",
                page.toString());
        assertOneReadableLine(refused);
        assertTrue(refused.err().contains("folder " + page.getParent() + " does not exist (--mkdirs creates it"),
                refused.err());
        assertTrue(refused.err().endsWith("(--out)\n"), refused.err());
        Path xml = folder.resolve("ci/check.xml");
        Cli.Result refusedXml = Cli.run("check", "examples/derivations/corrected.py", "--junit-xml", xml.toString());
        assertOneReadableLine(refusedXml);
        assertTrue(refusedXml.err().endsWith("(--junit-xml)\n"), refusedXml.err());
        assertFalse(Files.exists(page.getParent()) || Files.exists(xml.getParent()), "nothing created");
        assertEquals(ExitCode.SAME, Cli.run("check", "examples/programs/homework2-corrected.py", "--format", "html",
                "--mkdirs", "--out", page.toString(), "--junit-xml", xml.toString()).status());
        assertTrue(Files.isRegularFile(page) && Files.isRegularFile(xml));
        assertOneReadableLine(Cli.run("check", "examples/derivations/corrected.py", "--mkdirs", "--out",
                folder.resolve("d/e/f.txt").toString()));
        assertFalse(Files.exists(folder.resolve("d")), "one missing folder at most");
    }

    @Test
    void runningOutOfMemorySaysWhatRanOut() {
        String heap = OutOfMemory.explain(new OutOfMemoryError("Java heap space"), 128L << 20);
        assertTrue(heap.contains("Java heap (at most 128 MiB)") && heap.contains("-Xmx"), heap);
        assertFalse(heap.contains("input is too large"), heap);
        assertTrue(OutOfMemory.explain(new OutOfMemoryError("Direct buffer memory"), 1L << 30).contains("direct buffers"));
        assertTrue(OutOfMemory.explain(new OutOfMemoryError("Metaspace"), 1L << 30).contains("class metadata"));
    }

    @Test
    void theCudaProbeOfACpuOnlyMachineIsSilenced() {
        Cli.run("--version");
        assertFalse(LoggerFactory.getLogger("ai.djl.util.cuda.CudaUtils").isWarnEnabled(),
                "'Failed to detect GPU count' is a warning of this logger");
    }
}
