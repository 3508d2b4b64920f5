package bpdiff.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The wall time of {@code bpdiff run}, end to end: a fresh JVM, the engine's start, every experiment and the
 * report, as a user waits for it, {@code runs} times. {@code make bench} runs it last, when the jars and the
 * engine's native library are in the file cache from the benchmarks before it: a warm machine.
 *
 * <p>Usage: {@code EndToEnd <bpdiff.jar> <report dir> <out.json> [runs]}.
 */
public final class EndToEnd {

    private EndToEnd() {}

    /**
     * The measurement, as written to JSON.
     *
     * @param command what ran
     * @param exitStatus the last run's exit status (0: every expected finding held)
     * @param seconds the wall time of each timed run
     */
    record Result(String command, int exitStatus, List<Double> seconds) {}

    /**
     * Times the runs and writes the result.
     *
     * @param args the jar, the report folder, the output file, and optionally the number of timed runs
     * @throws IOException if a process cannot start or the file cannot be written
     * @throws InterruptedException if interrupted while waiting
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(args[0]);
        Path report = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(javaBin, "-jar", jar.toString(), "run", "--out", report.toString());
        List<Double> seconds = new ArrayList<>();
        int status = -1;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            status = run(command);
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(),
                new Result("java -jar " + jar + " run --out " + report, status, seconds));
        System.out.printf("  bpdiff run: %s s (exit %d)%n", seconds, status);
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor();
    }
}
