package bpdiff.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gradescope autograder as {@code make autograder} builds it ({@code src/autograder/build.sh}), here from this
 * build's classes and libraries and with the teacher's reference inside: unzipped as Gradescope lays it out
 * ({@code ROOT/source/} holds the zip, {@code ROOT/run_autograder} the script, {@code ROOT/submission/} the student's
 * file), its {@code run_autograder} run with {@code BPDIFF_GRADESCOPE_ROOT} moving {@code /autograder} to a temporary
 * folder, and the {@code results.json} it leaves read back.
 */
class AutograderZipTest {

    @TempDir
    Path folder;

    private Process run(Path directory, List<String> command, String... environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("process.log").toFile());
        for (int k = 0; k < environment.length; k += 2) {
            builder.environment().put(environment[k], environment[k + 1]);
        }
        return builder.start();
    }

    private void succeed(Path directory, List<String> command, String... environment) throws Exception {
        Process p = run(directory, command, environment);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "in time: " + command);
        assertEquals(0, p.exitValue(), command + ": " + Files.readString(folder.resolve("process.log")));
    }

    @Test
    void theZipsRunAutograderGradesASubmissionInGradescopesLayout() throws Exception {
        Path jar = folder.resolve("bpdiff.jar");
        succeed(Path.of("."), List.of("jar", "--create", "--file", jar.toString(), "-C", "target/classes", "."));
        Path lib = Files.createDirectories(folder.resolve("lib"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            if (name.endsWith(".jar") && !name.matches("(selenium|junit|opentest4j|apiguardian|byte-buddy|jspecify-|"
                    + "auto-service|opentelemetry).*")) {
                Files.copy(p, lib.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path zip = folder.resolve("autograder.zip");
        succeed(Path.of("."), List.of("src/autograder/build.sh", zip.toString(), jar.toString(), lib.toString()),
                "ZIP_LEVEL", "0", "REFERENCE", "examples/class/ann.py");
        Path root = Files.createDirectories(folder.resolve("autograder"));
        Path source = Files.createDirectories(root.resolve("source"));
        succeed(source, List.of("unzip", "-q", zip.toString()));
        assertTrue(Files.isExecutable(source.resolve("run_autograder")), "run_autograder keeps its mode");
        assertTrue(Files.isExecutable(source.resolve("setup.sh")));
        Files.copy(source.resolve("run_autograder"), root.resolve("run_autograder"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(root.resolve("submission"));
        Files.copy(Path.of("examples/class/dana.py"), root.resolve("submission/hw2.py"));
        succeed(root, List.of(root.resolve("run_autograder").toString()), "BPDIFF_GRADESCOPE_ROOT", root.toString());
        JsonNode results = new ObjectMapper().readTree(root.resolve("results/results.json").toFile());
        assertEquals(4.0, results.get("score").asDouble(), "the published homework: w5..w8 right, w1..w4 wrong");
        assertEquals(8, results.get("tests").size());
        assertTrue(results.get("output").asText().contains("missing-weights-d_w5+d_w6"));
    }
}
