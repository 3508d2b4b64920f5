package bpdiff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The performance goals of {@code make bench}, each a measured number against its bar.
 *
 * <ul>
 *   <li>a DJL training step costs at most 0.5 × the Python PyTorch step written as in the homework;
 *   <li>a batched DJL configuration-step costs at most 1.0 × PyTorch's batched one;
 *   <li>a hand-derivative step costs at most 50 ns and allocates nothing (JMH {@code -prof gc});
 *   <li>a million DJL steps grow resident memory by at most 50 MiB;
 *   <li>{@code bpdiff run} takes at most 3 s of wall time, JVM and engine start included.
 * </ul>
 */
final class BenchGoals {

    /** Where a row's per-step nanoseconds come from: {@link BenchReport#per}. */
    @FunctionalInterface
    interface Scores {
        Optional<Double> per(BenchResults results, String name, String params);
    }

    private BenchGoals() {}

    /**
     * Prints one line per goal: what was measured, the bar, and whether it is met.
     *
     * @param results the measurements
     * @param scores per-step cost of a table row
     */
    static void print(BenchResults results, Scores scores) {
        System.out.printf("%-62s %10s %8s  %s%n", "goal", "measured", "bar", "");
        for (String dtype : List.of("float32", "float64")) {
            Optional<Double> python = scores.per(results, "homework-step", "configurations=1,dtype=" + dtype);
            ratio("DjlAutograd.step / PyTorch homework step, " + dtype,
                    scores.per(results, "DjlStepBenchmark.step", "variant=" + dtype + "/false"), python, 0.5);
            ratio("DJL loop on the engine / PyTorch homework step, " + dtype,
                    scores.per(results, "BatchedBenchmark.train", "configurations=1,dtype=" + dtype), python, 0.5);
        }
        for (String dtype : List.of("float32", "float64")) {
            ratio("DJL batched / PyTorch batched, per configuration-step, " + dtype,
                    scores.per(results, "BatchedBenchmark.train", "configurations=1000,dtype=" + dtype),
                    scores.per(results, "batched", "configurations=1000,dtype=" + dtype), 1.0);
        }
        for (String derivation : List.of("buggy", "corrected", "general")) {
            Optional<Double> nanos = scores.per(results, "HandStepBenchmark.step", "derivation=" + derivation);
            line("hand step, " + derivation + " (ns)", nanos, 50.0, "%.1f");
            line("hand step, " + derivation + " (B allocated per step)", BenchResults
                    .find(results.java(), "HandStepBenchmark.step", "derivation=" + derivation)
                    .map(BenchResults.Measurement::bytesPerOp).filter(b -> !b.isNaN()), 0.1, "%.3f");
        }
        Optional<JsonNode> memory = results.memory();
        line("resident memory growth over " + memory.map(m -> String.format(Locale.ROOT, "%,d", m.get("steps")
                .asLong())).orElse("1,000,000") + " DJL steps (MiB)",
                memory.map(m -> m.get("growthMiB").asDouble()), 50.0, "%+.1f");
        line("bpdiff run, wall time, median (s)", results.endToEnd().map(BenchGoals::median), 3.0, "%.2f");
    }

    private static void ratio(String label, Optional<Double> djl, Optional<Double> python, double bar) {
        Optional<Double> value = djl.isPresent() && python.isPresent()
                ? Optional.of(djl.get() / python.get()) : Optional.empty();
        line(label, value, bar, "%.3f");
    }

    private static void line(String label, Optional<Double> value, double bar, String format) {
        String measured = value.map(v -> String.format(Locale.ROOT, format, v)).orElse("-");
        String verdict = value.map(v -> v <= bar ? "met" : "NOT met").orElse("skipped");
        System.out.printf("%-62s %10s %8s  %s%n", label, measured, "≤ " + String.format(Locale.ROOT, "%g", bar)
                .replaceFirst("\\.?0+$", ""), verdict);
    }

    private static double median(JsonNode endToEnd) {
        List<Double> seconds = new ArrayList<>();
        endToEnd.get("seconds").forEach(s -> seconds.add(s.asDouble()));
        seconds.sort(null);
        int n = seconds.size();
        return n % 2 == 1 ? seconds.get(n / 2) : (seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2;
    }
}
