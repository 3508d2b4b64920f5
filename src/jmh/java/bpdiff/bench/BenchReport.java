package bpdiff.bench;

import bpdiff.bench.BenchResults.Measurement;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints the one table of {@code make bench}: every path's cost per training step side by side, then the
 * ratios the performance goals name, each marked met or not.
 *
 * <p>A batched score is per configuration-step: the time of one {@code train} divided by
 * \( C \times \) epochs. A ratio is DJL's cost over PyTorch-in-Python's, both measured in the same run.
 *
 * <p>Usage: {@code BenchReport <target/bench>}.
 */
public final class BenchReport {

    /** A row of the table: a label and where its number comes from. */
    private record Row(String label, boolean python, String name, String params, long operationsPerCall) {}

    private static final List<Row> ROWS = List.of(
            new Row("hand buggy      HandStepper, in place", false, "HandStepBenchmark.step", "derivation=buggy", 1),
            new Row("hand corrected  HandStepper, in place", false, "HandStepBenchmark.step", "derivation=corrected", 1),
            new Row("hand general    HandStepper, in place", false, "HandStepBenchmark.step", "derivation=general", 1),
            new Row("hand corrected  GradientSource.step", false, "HandSourceBenchmark.step", "derivation=corrected", 1),
            new Row("hand general    GradientSource.step", false, "HandSourceBenchmark.step", "derivation=general", 1),
            new Row("hand corrected  BatchedHand, 64 configs *", false, "HandBatchedBenchmark.train",
                    "derivation=corrected", 1),
            new Row("hand general    BatchedHand, 64 configs *", false, "HandBatchedBenchmark.train",
                    "derivation=general", 1),
            new Row("DJL  DjlAutograd.step float32", false, "DjlStepBenchmark.step", "variant=float32/false", 1),
            new Row("DJL  DjlAutograd.step float64", false, "DjlStepBenchmark.step", "variant=float64/false", 1),
            new Row("DJL  DjlAutograd.step float64 + neuron gradients", false, "DjlStepBenchmark.step",
                    "variant=float64/true", 1),
            new Row("DJL  loop on the engine, 1 config, float32", false, "BatchedBenchmark.train",
                    "configurations=1,dtype=float32", BatchedBenchmark.perConfigurationStep(1)),
            new Row("DJL  loop on the engine, 1 config, float64", false, "BatchedBenchmark.train",
                    "configurations=1,dtype=float64", BatchedBenchmark.perConfigurationStep(1)),
            new Row("DJL  batched, 1000 configs, float32 *", false, "BatchedBenchmark.train",
                    "configurations=1000,dtype=float32", BatchedBenchmark.perConfigurationStep(1000)),
            new Row("DJL  batched, 1000 configs, float64 *", false, "BatchedBenchmark.train",
                    "configurations=1000,dtype=float64", BatchedBenchmark.perConfigurationStep(1000)),
            new Row("PyTorch (Python) homework loop, float32", true, "homework-step", "configurations=1,dtype=float32", 1),
            new Row("PyTorch (Python) homework loop, float64", true, "homework-step", "configurations=1,dtype=float64", 1),
            new Row("PyTorch (Python) batched, 1000 configs, float32 *", true, "batched",
                    "configurations=1000,dtype=float32", 1),
            new Row("PyTorch (Python) batched, 1000 configs, float64 *", true, "batched",
                    "configurations=1000,dtype=float64", 1));

    private BenchReport() {}

    /**
     * Prints the table.
     *
     * @param args the directory with the results
     * @throws IOException if a result file cannot be read
     */
    public static void main(String[] args) throws IOException {
        BenchResults results = BenchResults.read(Path.of(args.length > 0 ? args[0] : "target/bench"));
        System.out.println();
        System.out.println(machine(results));
        System.out.println();
        System.out.printf("%-52s %14s %14s%n", "path (lecture network, one training step)", "per step", "alloc/step");
        for (Row row : ROWS) {
            Optional<Measurement> m = score(results, row);
            if (m.isPresent()) {
                double bytes = m.get().bytesPerOp() / row.operationsPerCall();
                System.out.printf("%-52s %14s %14s%n", row.label(), time(m.get().nanosPerOp() / row.operationsPerCall()),
                        Double.isNaN(bytes) ? "" : String.format(Locale.ROOT, "%.1f B", bytes));
            }
        }
        System.out.println("* per configuration-step: one batched step costs this times the number of configurations");
        memoryLine(results).ifPresent(System.out::println);
        endToEndLine(results).ifPresent(System.out::println);
        System.out.println();
        BenchGoals.print(results, BenchReport::per);
        if (results.python().isEmpty()) {
            System.out.println("\nskipped: PyTorch in Python (no python3 with torch; Debian: apt-get install python3-torch)");
        }
    }

    /** The per-step nanoseconds of a table row, if it ran. */
    static Optional<Double> per(BenchResults results, String name, String params) {
        return ROWS.stream().filter(r -> r.name().equals(name) && r.params().equals(params)).findFirst()
                .flatMap(row -> score(results, row).map(m -> m.nanosPerOp() / row.operationsPerCall()));
    }

    private static Optional<Measurement> score(BenchResults results, Row row) {
        return BenchResults.find(row.python() ? results.python() : results.java(), row.name(), row.params());
    }

    /** @return e.g. {@code 23.4 ns}, {@code 81.2 µs} */
    static String time(double nanos) {
        if (nanos < 1e3) {
            return String.format(Locale.ROOT, "%.1f ns", nanos);
        }
        return nanos < 1e6 ? String.format(Locale.ROOT, "%.1f µs", nanos / 1e3)
                : String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    private static Optional<String> memoryLine(BenchResults results) {
        return results.memory().map(m -> String.format(Locale.ROOT,
                "memory: %,d DjlAutograd steps (float64) in %.0f s, resident memory %+.1f MiB (RSS %,d -> %,d KiB)",
                m.get("steps").asLong(), m.get("seconds").asDouble(), m.get("growthMiB").asDouble(),
                first(m).get("residentKiB").asLong(), last(m).get("residentKiB").asLong()));
    }

    private static Optional<String> endToEndLine(BenchResults results) {
        return results.endToEnd().map(r -> {
            List<String> seconds = new ArrayList<>();
            r.get("seconds").forEach(t -> seconds.add(String.format(Locale.ROOT, "%.2f", t.asDouble())));
            return "bpdiff run, end to end (JVM and engine start included): " + String.join(", ", seconds)
                    + " s wall, exit " + r.get("exitStatus").asInt();
        });
    }

    private static JsonNode first(JsonNode memory) {
        return memory.get("samples").get(0);
    }

    private static JsonNode last(JsonNode memory) {
        JsonNode samples = memory.get("samples");
        return samples.get(samples.size() - 1);
    }

    private static String machine(BenchResults results) throws IOException {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.replaceFirst("^[^:]*:\\s*", "")).findFirst().orElse(cpu);
        }
        List<String> parts = new ArrayList<>();
        parts.add(Runtime.getRuntime().availableProcessors() + " × " + cpu);
        parts.add("Java " + System.getProperty("java.version"));
        results.memory().ifPresent(m -> parts.add("DJL " + m.path("djl").asText() + " on PyTorch "
                + m.path("engine").asText()));
        results.pythonProvenance().ifPresent(p -> parts.add("Python " + p.path("python").asText() + " with torch "
                + p.path("torch").asText()));
        return "bpdiff bench · " + String.join(" · ", parts);
    }
}
