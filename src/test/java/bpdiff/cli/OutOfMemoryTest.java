package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bpdiff check} of a program that needs more memory than the heap has, in a child JVM with a 256 MiB heap as a
 * user with {@code -Xmx256m} runs it: exit 2 and one line that names the file (the line too, where the interpreter's
 * own limits stop it first), never a stack trace or another status.
 */
class OutOfMemoryTest {

    @TempDir
    Path folder;

    @Test
    void aProgramThatNeedsMoreThanTheHeapIsExitTwoWithOneLineNamingTheFile() throws Exception {
        Path program = Files.writeString(folder.resolve("outer.py"),
                "import numpy as np\n\nw = np.ones(20000)\nb = np.outer(w, w)\nloss = np.sum(b)\n");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check",
                program.toString())).redirectErrorStream(false).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "ends by itself");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue(), err);
        String line = err.lines().findFirst().orElse("");
        assertTrue(line.startsWith("bpdiff: ") && line.contains("(" + program), line);
        assertFalse(err.contains("\tat ") || err.contains("Error") || err.contains("Exception"), err);
        assertEquals("", out);
    }
}
