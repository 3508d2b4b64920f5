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
 * {@code bpdiff check} on a per-sample SGD program (examples/programs/xor-sgd.py: XOR, 2-3-1 tanh, an update after
 * every sample) of 20,000 updates against the same program making one update, as whole commands started the way
 * the launcher starts them, interleaved A B A B: the ratio of their wall times (goal: at most 2) and the 20,000-update
 * run's peak resident memory, read from {@code /proc/<pid>/status} (VmHWM) while it runs (goal: under 400 MB).
 *
 * <p>Arguments: the jar, the output JSON, the number of pairs, then the JVM options.
 */
public final class UpdateScaling {

    static final double RATIO_GOAL = 2.0;
    static final double MEMORY_GOAL_MB = 400;
    static final int UPDATES = 20_000;

    private UpdateScaling() {}

    record Result(String command, int updates, List<Double> oneSeconds, List<Double> manySeconds, List<Double> ratios,
            List<Double> peakMegabytes, String loadBefore, String loadAfter) {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int pairs = Integer.parseInt(args[2]);
        List<String> java = new ArrayList<>();
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.addAll(Arrays.asList(args).subList(3, args.length));
        java.addAll(List.of("-jar", jar.toString(), "check"));
        String program = Files.readString(Path.of("examples/programs/xor-sgd.py"));
        Path dir = Files.createTempDirectory("bpdiff-scaling");
        Path one = dir.resolve("one-update.py");
        Path many = dir.resolve("updates-" + UPDATES + ".py");
        Files.writeString(one, program.replace("EPOCHS = 100", "EPOCHS = 1").replace("range(4)", "range(1)"));
        Files.writeString(many, program.replace("EPOCHS = 100", "EPOCHS = " + UPDATES / 4));
        String loadBefore = Load.now();
        List<Double> oneSeconds = new ArrayList<>();
        List<Double> manySeconds = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> peaks = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            double a = run(java, one, null);
            double[] peak = {0};
            double b = run(java, many, peak);
            oneSeconds.add(a);
            manySeconds.add(b);
            ratios.add(b / a);
            peaks.add(peak[0]);
        }
        Result result = new Result(String.join(" ", java), UPDATES, oneSeconds, manySeconds, ratios, peaks,
                loadBefore, Load.now());
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
        lines(result).forEach(l -> System.out.println("  " + l));
    }

    static List<String> lines(Result r) {
        double[] ratio = PairedBench.sorted(r.ratios());
        double[] peak = PairedBench.sorted(r.peakMegabytes());
        double[] many = PairedBench.sorted(r.manySeconds());
        double[] one = PairedBench.sorted(r.oneSeconds());
        return List.of(String.format(Locale.ROOT,
                "%-66s %6.2f (%4.2f–%4.2f)  ≤ %.1f  %s (%.2f s vs %.2f s median, %d pairs, load %s → %s)",
                "check, " + r.updates() + " updates / 1 update, wall", PairedBench.median(ratio), ratio[0],
                ratio[ratio.length - 1], RATIO_GOAL, ratio[ratio.length - 1] <= RATIO_GOAL ? "met" : "NOT met",
                PairedBench.median(many), PairedBench.median(one), ratio.length, r.loadBefore(), r.loadAfter()),
                String.format(Locale.ROOT, "%-66s %6.0f (%.0f–%.0f) MB  < %.0f MB  %s",
                "check, " + r.updates() + " updates, peak resident memory", PairedBench.median(peak), peak[0],
                peak[peak.length - 1], MEMORY_GOAL_MB, peak[peak.length - 1] < MEMORY_GOAL_MB ? "met" : "NOT met"));
    }

    /** Runs one check; with {@code peak}, samples the process's peak resident set every 20 ms. */
    private static double run(List<String> launcher, Path program, double[] peak)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.add(program.toString());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        while (!process.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            if (peak != null) {
                peak[0] = Math.max(peak[0], highWater(status));
            }
        }
        int exit = process.exitValue();
        if (exit != 0) {
            throw new IllegalStateException("bpdiff check " + program + " exited with " + exit);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double highWater(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two samples
        }
        return 0;
    }
}
