package bpdiff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The measurements of one {@code make bench}, read from the files its steps wrote into {@code target/bench/}:
 * JMH's JSON ({@code -rf json}), {@code tools/bench_pytorch.py}'s JSON, {@link MemoryGrowth}'s JSON and
 * {@link EndToEnd}'s JSON. A missing file is a skipped step, not an error.
 *
 * @param java the JMH results
 * @param python the PyTorch-in-Python results, empty if that step was skipped
 * @param pythonProvenance torch and Python versions, or empty
 * @param memory the resident-memory check, or empty
 * @param endToEnd the wall times of {@code bpdiff run}, or empty
 */
record BenchResults(
        List<Measurement> java,
        List<Measurement> python,
        Optional<JsonNode> pythonProvenance,
        Optional<JsonNode> memory,
        Optional<JsonNode> endToEnd) {

    /**
     * One benchmark's score.
     *
     * @param name the benchmark, e.g. {@code HandStepBenchmark.step} or {@code homework-step}
     * @param params its parameters as {@code key=value}, comma separated, in a fixed order
     * @param nanosPerOp the average time of one operation, in nanoseconds
     * @param error JMH's 99.9% half-interval in nanoseconds (NaN where unknown)
     * @param bytesPerOp {@code gc.alloc.rate.norm}, or NaN without {@code -prof gc}
     */
    record Measurement(String name, String params, double nanosPerOp, double error, double bytesPerOp) {}

    /**
     * Reads every file that is there.
     *
     * @param directory usually {@code target/bench}
     * @return the results
     * @throws IOException if a file that exists cannot be parsed
     */
    static BenchResults read(Path directory) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Measurement> java = new ArrayList<>();
        Path jmh = directory.resolve("jmh.json");
        if (Files.exists(jmh)) {
            for (JsonNode run : json.readTree(jmh.toFile())) {
                String name = run.get("benchmark").asText().replaceFirst("^.*\\.([^.]+\\.[^.]+)$", "$1");
                JsonNode primary = run.get("primaryMetric");
                double scale = nanosPer(primary.get("scoreUnit").asText());
                JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
                java.add(new Measurement(name, params(run.path("params")), primary.get("score").asDouble() * scale,
                        primary.path("scoreError").asDouble(Double.NaN) * scale,
                        alloc.isMissingNode() ? Double.NaN : alloc.asDouble()));
            }
        }
        List<Measurement> python = new ArrayList<>();
        Optional<JsonNode> provenance = Optional.empty();
        Path pytorch = directory.resolve("pytorch.json");
        if (Files.exists(pytorch)) {
            JsonNode root = json.readTree(pytorch.toFile());
            provenance = Optional.of(root.get("provenance"));
            for (JsonNode result : root.get("results")) {
                double scale = result.get("unit").asText().startsWith("us") ? 1e3 : 1.0;
                python.add(new Measurement(result.get("name").asText(),
                        "configurations=" + result.get("configurations").asInt() + ",dtype=" + result.get("dtype").asText(),
                        result.get("score").asDouble() * scale, Double.NaN, Double.NaN));
            }
        }
        return new BenchResults(java, python, provenance, optional(json, directory.resolve("memory.json")),
                optional(json, directory.resolve("run.json")));
    }

    /**
     * Finds a score.
     *
     * @param in {@link #java()} or {@link #python()}
     * @param name the benchmark name
     * @param params the parameters, as in {@link Measurement#params()}
     * @return the measurement, or empty if that benchmark did not run
     */
    static Optional<Measurement> find(List<Measurement> in, String name, String params) {
        return in.stream().filter(m -> m.name().equals(name) && m.params().equals(params)).findFirst();
    }

    private static Optional<JsonNode> optional(ObjectMapper json, Path file) throws IOException {
        return Files.exists(file) ? Optional.of(json.readTree(file.toFile())) : Optional.empty();
    }

    /** JMH writes parameters as an object; sorted by key they make a stable label. */
    private static String params(JsonNode params) {
        List<String> parts = new ArrayList<>();
        params.fieldNames().forEachRemaining(key -> parts.add(key + "=" + params.get(key).asText()));
        parts.sort(null);
        return String.join(",", parts);
    }

    private static double nanosPer(String unit) {
        return switch (unit) {
            case "ns/op" -> 1.0;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> throw new IllegalArgumentException("unexpected JMH unit " + unit);
        };
    }
}
