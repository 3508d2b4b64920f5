package bpdiff.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code bpdiff grade}'s throughput and memory: classes of homework-2-sized submissions (the programs of
 * {@code examples/class/}, ten epochs each, every typical mistake and every kind of file that cannot be checked, but
 * the endless loop) graded on {@code threads} threads by a fresh JVM as a teacher starts it, timed end to end, its
 * resident memory sampled every 50 ms ({@code VmRSS} of {@code /proc/PID/status}) for the peak. Two class sizes show
 * whether memory stays flat in the number of submissions: each class is graded once as a teacher starts it (the JVM's
 * default heap, which grows as it likes) and once with a fixed heap ({@value #FIXED_HEAP}), where the peak resident
 * memory of the largest class may exceed the smallest's by at most {@value #FLAT_MIB} MiB. Then one endless loop
 * alone, with {@code --time-limit}: what it costs. The goal: 1,000 submissions in at most {@value #GOAL} s on 2 cores.
 *
 * <p>Usage: {@code GradeBench <bpdiff.jar> <work dir> <out.json> <threads> <sizes, e.g. 250,1000>}.
 */
public final class GradeBench {

    /** The goal, seconds of wall time for 1,000 submissions. */
    static final double GOAL = 60;
    /** The heap of the runs that show whether memory is flat: a fixed heap, so that growth is the process's own. */
    static final String FIXED_HEAP = "-Xmx320m";
    /** How much more resident memory the largest class may take than the smallest, with the fixed heap. */
    static final int FLAT_MIB = 64;
    /** The endless loop's time limit, seconds. */
    static final int LOOP_LIMIT = 10;

    private GradeBench() {}

    /**
     * One class graded.
     *
     * @param submissions how many
     * @param seconds wall time, the JVM's start included
     * @param peakMiB the largest resident set seen
     * @param cpuSeconds the process's CPU time (user and system, every thread), as last seen before it ended
     * @param exitStatus bpdiff's exit status
     * @param heap the JVM's heap option ({@link #FIXED_HEAP}), or empty for the JVM's default
     */
    record Run(int submissions, double seconds, double peakMiB, double cpuSeconds, int exitStatus, String heap) {}

    /**
     * The measurement, as written to JSON.
     *
     * @param threads the threads
     * @param runs each class size
     * @param loopSeconds the wall time of grading one endless loop alone, the JVM's start included
     * @param emptySeconds the wall time of grading one empty file alone (the JVM's and engine's start)
     * @param loadBefore {@code /proc/loadavg} before
     * @param loadAfter after
     */
    record Result(int threads, List<Run> runs, double loopSeconds, double emptySeconds, String loadBefore,
            String loadAfter) {}

    /**
     * Grades the classes and writes the result.
     *
     * @param args the jar, a work folder, the output file, the threads and the class sizes
     * @throws IOException if a file cannot be written or a process started
     * @throws InterruptedException if interrupted while waiting
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int threads = Integer.parseInt(args[3]);
        List<Path> templates;
        try (Stream<Path> files = Files.list(Path.of("examples/class"))) {
            templates = files.filter(f -> f.toString().endsWith(".py") && !f.getFileName().toString().equals("nia.py"))
                    .sorted(Comparator.naturalOrder()).toList();
        }
        String loadBefore = Load.now();
        List<Run> runs = new ArrayList<>();
        for (String size : args[4].split(",")) {
            int n = Integer.parseInt(size);
            Path submissions = clean(work.resolve("class-" + n));
            for (int k = 0; k < n; k++) {
                Files.copy(templates.get(k % templates.size()), submissions.resolve(String.format(Locale.ROOT,
                        "s%05d.py", k)));
            }
            for (String heap : List.of("", FIXED_HEAP)) {
                runs.add(grade(jar, submissions, clean(work.resolve("grades-" + n)), threads, heap, List.of(), n));
                System.out.println("  " + line(runs.get(runs.size() - 1), threads));
            }
        }
        System.out.println("  " + flatLine(runs));
        Path loop = clean(work.resolve("loop"));
        Files.copy(Path.of("examples/class/nia.py"), loop.resolve("nia.py"));
        Run looping = grade(jar, loop, clean(work.resolve("grades-loop")), 1, "", List.of("--time-limit",
                Integer.toString(LOOP_LIMIT)), 1);
        Path empty = clean(work.resolve("empty"));
        Files.writeString(empty.resolve("pat.py"), "");
        Run nothing = grade(jar, empty, clean(work.resolve("grades-empty")), 1, "", List.of(), 1);
        Result result = new Result(threads, runs, looping.seconds(), nothing.seconds(), loadBefore, Load.now());
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
        System.out.println("  " + loopLine(result));
    }

    /** The table's line of one class. */
    static String line(Run r, int threads) {
        double per1000 = r.seconds() * 1000 / r.submissions();
        return String.format(Locale.ROOT, "%-66s %6.1f s (CPU %.0f s), peak RSS %.0f MiB  %s", "bpdiff grade, "
                + r.submissions() + " submissions, " + threads + " threads, " + (r.heap().isEmpty()
                ? "wall (JVM start included)" : r.heap() + ", wall"), r.seconds(),
                r.cpuSeconds(), r.peakMiB(), r.submissions() >= 1000 ? (r.seconds() <= GOAL * r.submissions() / 1000.0
                        ? "≤ 60 s/1000 met" : "≤ 60 s/1000 NOT met") : String.format(Locale.ROOT, "(%.1f s per 1000)",
                        per1000));
    }

    /**
     * The table's line on memory: the peak resident memory of the smallest and the largest class graded with the fixed
     * heap, and whether it grew by at most {@value #FLAT_MIB} MiB.
     */
    static String flatLine(List<Run> runs) {
        List<Run> fixed = runs.stream().filter(r -> !r.heap().isEmpty())
                .sorted(Comparator.comparingInt(Run::submissions)).toList();
        if (fixed.size() < 2) {
            return "bpdiff grade, memory flat: needs two class sizes";
        }
        Run small = fixed.get(0);
        Run large = fixed.get(fixed.size() - 1);
        double growth = large.peakMiB() - small.peakMiB();
        boolean ended = small.exitStatus() <= 1 && large.exitStatus() <= 1;
        return String.format(Locale.ROOT, "%-66s %+6.0f MiB (%.0f → %.0f MiB)  ≤ %d MiB %s", "bpdiff grade, "
                + FIXED_HEAP + ", peak RSS from " + small.submissions() + " to " + large.submissions()
                + " submissions", growth, small.peakMiB(), large.peakMiB(), FLAT_MIB, ended && growth <= FLAT_MIB
                ? "met" : "NOT met" + (ended ? "" : " (exit " + large.exitStatus() + ")"));
    }

    /** The table's line of the endless loop. */
    static String loopLine(Result r) {
        return String.format(Locale.ROOT, "%-66s %6.1f s (one empty file: %.1f s)", "bpdiff grade, one endless loop, "
                + "--time-limit " + LOOP_LIMIT + ", wall", r.loopSeconds(), r.emptySeconds());
    }

    private static Path clean(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    private static Run grade(Path jar, Path submissions, Path out, int threads, String heap, List<String> more,
            int n) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        if (!heap.isEmpty()) {
            command.add(heap);
        }
        command.addAll(List.of("-jar", jar.toString(), "grade", submissions.toString(), "--out", out.toString(),
                "--threads", Integer.toString(threads)));
        command.addAll(more);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long peak = 0;
        double cpu = 0;
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        while (process.isAlive()) {
            peak = Math.max(peak, residentKiB(status));
            cpu = process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(cpu);
            Thread.sleep(50);
        }
        int exit = process.waitFor();
        return new Run(n, (System.nanoTime() - start) / 1e9, peak / 1024.0, cpu, exit, heap);
    }

    private static long residentKiB(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two samples
        }
        return 0;
    }
}
