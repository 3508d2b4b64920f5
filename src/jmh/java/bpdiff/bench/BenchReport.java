package bpdiff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table of {@code make bench}, from the files its steps wrote into {@code target/bench/}: the paired
 * ratios ({@link PairedBench}), {@code bpdiff run}'s wall time ({@link EndToEnd}), {@code bpdiff grade}'s throughput
 * ({@link GradeBench}) and the resident memory over many DJL steps ({@link MemoryGrowth}), with the date, the machine and its load. A missing file is a skipped step.
 *
 * <p>Usage: {@code BenchReport <target/bench>}.
 */
public final class BenchReport {

    private BenchReport() {}

    /**
     * Prints the table.
     *
     * @param args the directory with the results
     * @throws IOException if a result file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/bench");
        ObjectMapper json = new ObjectMapper();
        System.out.println();
        System.out.println("bench " + LocalDate.now() + ", " + machine());
        Path paired = directory.resolve("paired.json");
        if (Files.exists(paired)) {
            JsonNode root = json.readTree(paired.toFile());
            System.out.println("paired (Java block, then Python block, " + root.get("pairs").get(0).get("ratios").size()
                    + " pairs each; ratio = Java / Python, median (min–max); met only when the max meets the bar)");
            System.out.println("load before " + root.get("loadBefore").asText() + ", after " + root.get("loadAfter").asText());
            for (JsonNode p : root.get("pairs")) {
                System.out.println("  " + PairedBench.line(new PairedBench.Pairs(p.get("name").asText(),
                        p.get("bar").isNumber() ? p.get("bar").asDouble() : Double.NaN, numbers(p.get("ratios")),
                        numbers(p.get("javaMicros")), numbers(p.get("pythonMicros")))));
            }
        } else {
            System.out.println("skipped: the paired ratios (no python3 with torch; Debian: apt-get install python3-torch)");
        }
        Path run = directory.resolve("run.json");
        if (Files.exists(run)) {
            JsonNode r = json.readTree(run.toFile());
            System.out.println("  " + EndToEnd.line(new EndToEnd.Result(r.get("command").asText(),
                    r.get("exitStatus").asInt(), numbers(r.get("seconds")), r.get("loadBefore").asText(),
                    r.get("loadAfter").asText())));
        }
        Path scaling = directory.resolve("scaling.json");
        if (Files.exists(scaling)) {
            JsonNode r = json.readTree(scaling.toFile());
            UpdateScaling.lines(new UpdateScaling.Result(r.get("command").asText(), r.get("updates").asInt(),
                    numbers(r.get("oneSeconds")), numbers(r.get("manySeconds")), numbers(r.get("ratios")),
                    numbers(r.get("peakMegabytes")), r.get("loadBefore").asText(), r.get("loadAfter").asText()))
                    .forEach(l -> System.out.println("  " + l));
        }
        Path grade = directory.resolve("grade.json");
        if (Files.exists(grade)) {
            JsonNode g = json.readTree(grade.toFile());
            List<GradeBench.Run> runs = new ArrayList<>();
            for (JsonNode r : g.get("runs")) {
                runs.add(new GradeBench.Run(r.get("submissions").asInt(), r.get("seconds").asDouble(),
                        r.get("peakMiB").asDouble(), r.get("cpuSeconds").asDouble(), r.get("exitStatus").asInt(),
                        r.path("heap").asText("")));
                System.out.println("  " + GradeBench.line(runs.get(runs.size() - 1), g.get("threads").asInt()));
            }
            System.out.println("  " + GradeBench.flatLine(runs));
            System.out.println("  " + GradeBench.loopLine(new GradeBench.Result(g.get("threads").asInt(), List.of(),
                    g.get("loopSeconds").asDouble(), g.get("emptySeconds").asDouble(), "", "")));
        }
        Path memory = directory.resolve("memory.json");
        if (Files.exists(memory)) {
            JsonNode m = json.readTree(memory.toFile());
            System.out.println(String.format(Locale.ROOT, "  %-66s %+.1f MiB over %,d DjlAutograd steps  ≤ 50 MiB  %s",
                    "resident memory growth", m.get("growthMiB").asDouble(), m.get("steps").asLong(),
                    m.get("growthMiB").asDouble() <= 50 ? "met" : "NOT met"));
        }
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asDouble()));
        return values;
    }

    private static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.replaceFirst("^[^:]*:\\s*", "")).findFirst().orElse(cpu);
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version");
    }
}
