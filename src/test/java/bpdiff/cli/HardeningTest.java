package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures a user can cause or meet: each one line and a documented exit status, never a stack trace. */
class HardeningTest {

    @TempDir
    Path folder;

    /**
     * Without the {@code pytorch-native-cpu} jar and with an empty engine cache, offline DJL cannot find
     * PyTorch: exit 3 and one line naming the classifier, and nothing is downloaded.
     */
    @Test
    void aMissingNativeLibraryIsExitThreeNamingTheClassifier() throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("pytorch-native-cpu"))
                .collect(Collectors.joining(File.pathSeparator));
        Path cache = Files.createDirectories(folder.resolve("cache"));
        Process process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-DENGINE_CACHE_DIR=" + cache, "-DDJL_CACHE_DIR=" + cache,
                        "-cp", classPath, Main.class.getName(), "compare"))
                .redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile())
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished");
        String err = Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(ExitCode.ENGINE_FAILURE, process.exitValue(), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains("pytorch-native-cpu") && err.contains("linux-x86_64") || err.contains("classifier"), err);
        assertFalse(err.contains("\tat "), err);
    }

    @Test
    void debugAddsTheStackTrace() {
        Cli.Result plain = Cli.run("compare", "--network", folder.resolve("none.json").toString());
        Cli.Result debug = Cli.run("compare", "--debug", "--network", folder.resolve("none.json").toString());
        assertEquals(ExitCode.BAD_INPUT, plain.status());
        assertEquals(ExitCode.BAD_INPUT, debug.status());
        assertEquals(1, plain.err().lines().count(), plain.err());
        assertTrue(debug.err().contains("\tat "), debug.err());
    }

    @Test
    void anUnwritableOutputIsExitTwoAndLeavesNothing() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        Cli.Result result = Cli.run("compare", "--format", "json", "--out", notAFolder.resolve("r.json").toString());
        assertEquals(ExitCode.BAD_INPUT, result.status(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("--out"), result.err());
        assertEquals("x", Files.readString(notAFolder));
    }

    @Test
    void hugeStepsDivergeWithoutACrashAndSayWhere() {
        for (String activation : List.of("sigmoid", "relu", "builtin-sigmoid")) {
            for (String dtype : List.of("float32", "float64")) {
                Cli.Result result = Cli.run("compare", "--lr", "1e6", "--epochs", "50", "--activation", activation,
                        "--manual", "general", "--dtype", dtype);
                assertTrue(result.status() == ExitCode.SAME || result.status() == ExitCode.DIFFERENT,
                        activation + " " + dtype + ": " + result.err());
                assertTrue(result.err().isEmpty(), result.err());
                assertFalse(result.out().contains("NaN"), "no NaN rows: " + result.out());
            }
        }
        Cli.Result homework = Cli.run("compare", "--lr", "1e6", "--epochs", "50");
        assertTrue(homework.out().contains("non-finite: autograd at epoch 2"), homework.out());
    }
}
