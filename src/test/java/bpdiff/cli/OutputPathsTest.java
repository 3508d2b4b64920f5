package bpdiff.cli;

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

/** A link stays a link and a pipe or device ({@code /dev/null}, {@code /dev/stdout}) is written into, never replaced. */
class OutputPathsTest {

    @TempDir
    Path folder;

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
}
