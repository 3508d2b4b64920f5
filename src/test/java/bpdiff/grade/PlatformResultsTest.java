package bpdiff.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grade --gradescope} and {@code --prairielearn}, each in a root of its own, held to the platforms' documented
 * result formats. The fields, their types and their words are transcribed from the documents themselves:
 * Gradescope's autograder specification ({@code docs/specs.md} of gradescope/autograder_samples at commit af5dee4,
 * "Output format", "Test case status", "Output String Formatting", "Controlling Test Case Visibility") and
 * PrairieLearn's external grading guide ("Grading results": {@code score} in [0, 1], {@code gradable},
 * {@code format_errors} when not gradable, the tests of {@code <pl-external-grader-results>}, at most 1 MB).
 */
class PlatformResultsTest {

    /** Gradescope's top-level fields and their JSON types. */
    private static final Map<String, String> GRADESCOPE = Map.ofEntries(Map.entry("score", "number"),
            Map.entry("execution_time", "number"), Map.entry("output", "string"), Map.entry("output_format", "format"),
            Map.entry("test_output_format", "format"), Map.entry("test_name_format", "format"),
            Map.entry("visibility", "visibility"), Map.entry("stdout_visibility", "visibility"),
            Map.entry("extra_data", "object"), Map.entry("tests", "array"), Map.entry("leaderboard", "array"));
    /** Gradescope's fields of a test. */
    private static final Map<String, String> GRADESCOPE_TEST = Map.ofEntries(Map.entry("score", "number"),
            Map.entry("max_score", "number"), Map.entry("status", "status"), Map.entry("name", "string"),
            Map.entry("name_format", "format"), Map.entry("number", "string"), Map.entry("output", "string"),
            Map.entry("output_format", "format"), Map.entry("tags", "strings"), Map.entry("visibility", "visibility"),
            Map.entry("extra_data", "object"));
    private static final Set<String> FORMATS = Set.of("text", "html", "simple_format", "md", "ansi");
    private static final Set<String> VISIBILITIES = Set.of("hidden", "after_due_date", "after_published", "visible");
    /** PrairieLearn's fields of a test ({@code <pl-external-grader-results>}). */
    private static final Map<String, String> PRAIRIELEARN_TEST = Map.of("name", "string", "description", "string",
            "points", "number", "max_points", "number", "message", "string", "output", "string", "images", "array");

    @TempDir
    Path root;

    private JsonNode grade(String flag, String folder, Path program) throws IOException {
        Files.createDirectories(root.resolve(folder));
        Files.copy(program, root.resolve(folder).resolve("hw2.py"));
        Cli.Result r = Cli.run("grade", flag + "=" + root, "--time-limit", "5");
        assertTrue(r.status() == 0 || r.status() == 1, r.err());
        assertTrue(Files.isRegularFile(root.resolve("results/bpdiff/feedback/submission.md")));
        Path results = root.resolve("results/results.json");
        assertTrue(Files.size(results) < 1_000_000, "PrairieLearn's limit of 1 MB, and Gradescope's output alike");
        return new ObjectMapper().readTree(results.toFile());
    }

    private static void conforms(JsonNode node, Map<String, String> fields) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String type = fields.get(e.getKey());
            assertTrue(type != null, "undocumented field " + e.getKey());
            JsonNode v = e.getValue();
            switch (type) {
                case "number" -> assertTrue(v.isNumber(), e.getKey());
                case "string" -> assertTrue(v.isTextual(), e.getKey());
                case "object" -> assertTrue(v.isObject(), e.getKey());
                case "array" -> assertTrue(v.isArray(), e.getKey());
                case "strings" -> v.forEach(t -> assertTrue(t.isTextual(), e.getKey()));
                case "format" -> assertTrue(FORMATS.contains(v.asText()), e.getKey() + " " + v);
                case "visibility" -> assertTrue(VISIBILITIES.contains(v.asText()), e.getKey() + " " + v);
                case "status" -> assertTrue(Set.of("passed", "failed").contains(v.asText()), e.getKey() + " " + v);
                default -> throw new AssertionError(type);
            }
        }
    }

    @Test
    void gradescopeGetsTheDocumentedFieldsAScorePerParameterAndTheFeedback() throws IOException {
        JsonNode json = grade("--gradescope", "submission", Path.of("examples/class/dana.py"));
        conforms(json, GRADESCOPE);
        json.get("tests").forEach(t -> conforms(t, GRADESCOPE_TEST));
        assertEquals(4.0, json.get("score").asDouble(), "w5..w8 right, w1..w4 wrong (d_w5 + d_w6)");
        assertEquals(8, json.get("tests").size());
        double sum = 0;
        for (JsonNode t : json.get("tests")) {
            sum += t.get("score").asDouble();
            boolean hidden = t.get("name").asText().matches("∂L/∂w[1-4].*");
            assertEquals(hidden ? "failed" : "passed", t.get("status").asText(), t.get("name").asText());
            if (hidden) {
                assertEquals("missing-weights-d_w5+d_w6", t.get("tags").get(0).asText());
            }
        }
        assertEquals(4.0, sum, "the tests' scores add up to the score");
        assertTrue(json.get("output").asText().contains("# submission: 4 of 8 points"), json.get("output").asText());
    }

    @Test
    void gradescopeGetsZeroAndTheReasonForAProgramThatCannotBeChecked() throws IOException {
        JsonNode json = grade("--gradescope", "submission", Path.of("examples/class/oli.py"));
        conforms(json, GRADESCOPE);
        assertEquals(0.0, json.get("score").asDouble());
        assertEquals(1, json.get("tests").size());
        assertEquals("failed", json.at("/tests/0/status").asText());
        assertTrue(json.at("/tests/0/output").asText().startsWith("import os is not supported"));
        assertEquals("unsupported", json.at("/tests/0/tags/0").asText());
    }

    @Test
    void prairieLearnGetsAScoreInZeroToOneAndItsTests() throws IOException {
        JsonNode json = grade("--prairielearn", "student", Path.of("examples/class/ann.py"));
        assertTrue(json.get("gradable").asBoolean());
        assertEquals(1.0, json.get("score").asDouble());
        assertEquals(8, json.get("tests").size());
        json.get("tests").forEach(t -> conforms(t, PRAIRIELEARN_TEST));
        assertTrue(json.get("message").isTextual() && json.get("output").isTextual());
    }

    @Test
    void prairieLearnGetsAProgramThatIsNotPythonAsNotGradableWithItsFormatErrors() throws IOException {
        JsonNode json = grade("--prairielearn", "student", Path.of("examples/class/max.py"));
        assertFalse(json.get("gradable").asBoolean());
        assertFalse(json.has("score"));
        assertTrue(json.get("format_errors").get(0).asText().startsWith("syntax error: the '(' is never closed"));
    }

    @Test
    void aPlatformRootWithoutItsSubmissionFolderIsBadInput() {
        Cli.Result r = Cli.run("grade", "--gradescope=" + root);
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("bpdiff: no submission folder "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void aLinkOutOfTheSubmissionFolderShowsTheStudentNothingOfIt() throws IOException {
        // a submission that links to the teacher's solution used to get its lines back as syntax errors
        Path solution = Files.writeString(Files.createDirectories(root.resolve("source")).resolve("reference.py"),
                "secret_solution = 42 ::\n");
        Files.createSymbolicLink(Files.createDirectories(root.resolve("submission")).resolve("hw2.py"), solution);
        Cli.Result r = Cli.run("grade", "--gradescope=" + root, "--time-limit", "5");
        assertEquals(1, r.status(), r.err());
        String results = Files.readString(root.resolve("results/results.json"));
        assertTrue(results.contains("outside the folder of the submissions"), results);
        assertFalse(results.contains("secret_solution"), results);
    }
}
