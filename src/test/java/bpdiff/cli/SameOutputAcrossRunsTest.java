package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A check's report is the same in every JVM: the iteration order of Java's immutable maps and sets changes from one
 * start to the next, so a report whose order came from one (the diagnoses' paths, a scope's names) would differ
 * between two runs of the same command. Each program, chosen for having several diagnoses to order, is checked by
 * three fresh JVMs and their JSON compared byte for byte.
 */
class SameOutputAcrossRunsTest {

    @ParameterizedTest
    @ValueSource(strings = {"examples/programs/corpus/cs231n-softmax-reg.py",
        "examples/programs/corpus/hw2-relu-function.py"})
    void threeJvmsWriteTheSameReport(String program) throws Exception {
        String first = run(program);
        for (int k = 0; k < 2; k++) {
            assertEquals(first, run(program), program);
        }
    }

    private static String run(String program) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", program, "--format", "json"));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(120, TimeUnit.SECONDS);
        return out;
    }
}
