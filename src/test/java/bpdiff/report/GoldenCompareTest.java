package bpdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression against bpdiff's own golden outputs in {@code reference-results/golden/} (made by
 * {@code make reference}): both homework variants of the lecture network, and the example networks {@code xor},
 * {@code regression-tanh}, {@code classifier} and {@code leaky} of {@code examples/networks/}. Numbers may drift by
 * rounding only; a failure lists every value that drifted and by how much. The golden files' numbers are themselves
 * held to PyTorch by the other tests.
 */
class GoldenCompareTest {

    /**
     * Rounding-level drift (another CPU, library build or op order) passes; anything a person would notice
     * fails. float64 files: far below any hand mistake; float32 files: a few float32 ulps of values near 1.
     */
    private static final double[] FLOAT64_DRIFT = {1e-12, 1e-9};
    private static final double[] FLOAT32_DRIFT = {1e-7, 1e-5};

    /** Differences of two compared values: their drift is the drift of those values, checked there. */
    private static final java.util.Set<String> DERIVED = java.util.Set.of("absError", "relError", "ulpsFloat32");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            compare-buggy.json                        | 1 | compare --manual buggy --format json
            compare-corrected.json                    | 0 | compare --manual corrected --format json
            compare-corrected-float32-e100.json       | 0 | compare --manual corrected --dtype float32 --epochs 100 --format json
            compare-xor.json                          | 0 | compare --network examples/networks/xor.json --format json
            compare-regression-tanh.json              | 0 | compare --network examples/networks/regression-tanh.json --format json
            compare-classifier.json                   | 0 | compare --network examples/networks/classifier.json --format json
            compare-leaky.json                        | 0 | compare --network examples/networks/leaky.json --format json
            """)
    void compareOutputStillMatchesItsGoldenFile(String file, int status, String command) throws IOException {
        Cli.Result result = Cli.run(command.split(" "));
        assertEquals(status, result.status(), result.err());
        JsonNode golden = PyTorchReference.read("reference-results/golden/" + file);
        JsonNode actual = MAPPER.readTree(result.out());
        List<String> drift = new ArrayList<>();
        double[] allowed = golden.get("dtype").asText().equals("float32") ? FLOAT32_DRIFT : FLOAT64_DRIFT;
        compare("", golden, actual, allowed, drift);
        assertTrue(drift.isEmpty(), file + " drifted (run 'make reference' if the change is intended):\n  "
                + String.join("\n  ", drift.subList(0, Math.min(drift.size(), 40)))
                + (drift.size() > 40 ? "\n  ... " + (drift.size() - 40) + " more" : ""));
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, double[] allowed, List<String> drift) {
        if (path.equals(".environment") || DERIVED.contains(path.substring(path.lastIndexOf('.') + 1))) {
            return;
        }
        if (actual == null) {
            drift.add(path + ": missing");
        } else if (expected.isNumber() && actual.isNumber()) {
            double e = expected.asDouble();
            double a = actual.asDouble();
            if (Math.abs(e - a) > allowed[0] + allowed[1] * Math.abs(e)) {
                drift.add(path + ": golden " + e + ", now " + a + " (by " + Math.abs(e - a) + ")");
            }
        } else if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                compare(path + "." + f.getKey(), f.getValue(), actual.get(f.getKey()), allowed, drift);
            }
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                drift.add(path + ": golden has " + expected.size() + " entries, now " + actual.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), allowed, drift);
            }
        } else if (!expected.equals(actual)) {
            drift.add(path + ": golden " + expected + ", now " + actual);
        }
    }
}
