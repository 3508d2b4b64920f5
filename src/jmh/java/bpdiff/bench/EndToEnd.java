package bpdiff.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The wall time of {@code bpdiff run}, end to end: a fresh JVM started as {@code make run} starts it (with the
 * class-data archive {@code make build} made), the engine's start, every experiment and the report, as a user waits
 * for it, {@code runs} times. The goal is met only when the slowest run takes at most {@value #GOAL} s.
 *
 * <p>Usage: {@code EndToEnd <bpdiff.jar> <report dir> <out.json> <runs> [JVM option …]}.
 */
public final class EndToEnd {

    /** The goal, seconds of wall time. */
    static final double GOAL = 2.0;

    private EndToEnd() {}

    /**
     * The measurement, as written to JSON.
     *
     * @param command what ran
     * @param exitStatus the last run's exit status (0: every expected finding held)
     * @param seconds the wall time of each timed run
     * @param loadBefore {@code /proc/loadavg} before the first run
     * @param loadAfter after the last
     */
    record Result(String command, int exitStatus, List<Double> seconds, String loadBefore, String loadAfter) {}

    /**
     * Times the runs and writes the result.
     *
     * @param args the jar, the report folder, the output file, the number of runs and the JVM's options
     * @throws IOException if a process cannot start or the file cannot be written
     * @throws InterruptedException if interrupted while waiting
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(args[0]);
        Path report = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(args).subList(4, args.length));
        command.addAll(List.of("-jar", jar.toString(), "run", "--out", report.toString()));
        String loadBefore = Load.now();
        List<Double> seconds = new ArrayList<>();
        int status = -1;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            status = run(command);
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        String loadAfter = Load.now();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Result result = new Result(String.join(" ", command), status, seconds, loadBefore, loadAfter);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
        System.out.println("  " + line(result));
    }

    /** The table's line: median, min–max, the goal and whether the slowest run meets it. */
    static String line(Result r) {
        double[] s = PairedBench.sorted(r.seconds());
        return String.format(Locale.ROOT, "%-66s %6.2f (%4.2f–%4.2f) s  ≤ %.1f s  %s (exit %d, load %s → %s)",
                "bpdiff run, wall, " + s.length + " runs", PairedBench.median(s), s[0], s[s.length - 1], GOAL,
                s[s.length - 1] <= GOAL ? "met" : "NOT met", r.exitStatus(), r.loadBefore(), r.loadAfter());
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor();
    }
}
