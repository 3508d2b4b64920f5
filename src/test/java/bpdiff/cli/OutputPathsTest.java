package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output option ({@code --out}, {@code --junit-xml}) that cannot be a report is refused before anything runs,
 * exit 2 with one line, and nothing is written over: the program being checked, the other output, a folder. A link
 * stays a link and a pipe or device ({@code /dev/null}, {@code /dev/stdout}) is written into, never replaced.
 */
class OutputPathsTest {

    private static final String PROGRAM = "examples/programs/homework2-corrected.py";

    @TempDir
    Path folder;

    private static void assertRefused(Cli.Result result, String words, String flag) {
        assertEquals(ExitCode.BAD_INPUT, result.status(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("bpdiff: ") && result.err().contains(words)
                && result.err().endsWith("(" + flag + ")\n"), result.err());
        assertEquals("", result.out(), "refused before anything ran");
    }

    @Test
    void aReportNamingTheCheckedProgramIsRefusedAndTheProgramKept() throws Exception {
        Path program = Files.copy(Path.of(PROGRAM), folder.resolve("hw2.py"));
        byte[] before = Files.readAllBytes(program);
        assertRefused(Cli.run("check", program.toString(), "--out", program.toString()), "is an input of the command",
                "--out");
        // the refusal's own JUnit report must not land on the program either
        assertRefused(Cli.run("check", program.toString(), "--junit-xml", folder.resolve("./hw2.py").toString()),
                "is an input of the command", "--junit-xml");
        assertRefused(Cli.run("diff", program.toString(), PROGRAM, "--format", "json", "--out", program.toString()),
                "is an input of the command", "--out");
        assertArrayEquals(before, Files.readAllBytes(program));
    }

    @Test
    void outAndJunitXmlNamingOneFileAreRefused() {
        Path same = folder.resolve("report.json");
        assertRefused(Cli.run("check", PROGRAM, "--format", "json", "--out", same.toString(), "--junit-xml",
                same.toString()), "--out and --junit-xml both name", "--junit-xml");
        assertRefused(Cli.run("compare", "--out", same.toString(), "--junit-xml", same.toString()),
                "--out and --junit-xml both name", "--junit-xml");
        assertFalse(Files.exists(same));
    }

    @Test
    void aJunitXmlThatIsAFolderIsRefusedBeforeTheCheck() {
        // it used to print the whole report, then say the folder could not be written, and exit 0
        assertRefused(Cli.run("check", PROGRAM, "--junit-xml", folder.toString()), "is a directory", "--junit-xml");
        assertRefused(Cli.run("diff", PROGRAM, PROGRAM, "--junit-xml", folder.toString()), "is a directory",
                "--junit-xml");
        assertRefused(Cli.run("compare", "--junit-xml", folder.toString()), "is a directory", "--junit-xml");
    }

    @Test
    void aLinkStaysALinkToTheNewReport() throws Exception {
        Path real = Files.writeString(folder.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), real.getFileName());
        Cli.Result result = Cli.run("compare", "--format", "json", "--out", link.toString());
        assertEquals(ExitCode.SAME, result.status(), result.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).contains("\"schema\" : \"bpdiff.compare/1\""));
    }

    @Test
    void aPipeIsWrittenIntoNotReplaced() throws Exception {
        // a named pipe stands for /dev/stdout and /dev/null, which a report must never replace
        Path pipe = folder.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(pipe)) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                return bytes.toString(StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Result result = Cli.run("compare", "--format", "json", "--out", pipe.toString());
        assertEquals(ExitCode.SAME, result.status(), result.err());
        assertTrue(read.get(60, TimeUnit.SECONDS).contains("\"schema\" : \"bpdiff.compare/1\""));
        assertFalse(Files.isRegularFile(pipe), "the pipe is still a pipe");
    }

    @Test
    void aJunitXmlThatCannotBeWrittenAfterTheCheckIsExit2() {
        // /dev/full takes the open and refuses the bytes: check and diff used to print the report, say it could not
        // be written and exit 0 (compare, grade and --out were exit 2 already)
        for (Cli.Result result : java.util.List.of(Cli.run("check", PROGRAM, "--junit-xml", "/dev/full"),
                Cli.run("diff", PROGRAM, PROGRAM, "--junit-xml", "/dev/full"))) {
            assertEquals(ExitCode.BAD_INPUT, result.status(), result.err());
            assertEquals(1, result.err().lines().count(), result.err());
            assertTrue(result.err().startsWith("bpdiff: cannot write /dev/full: ")
                    && result.err().endsWith("(--junit-xml)\n"), result.err());
        }
    }
}
