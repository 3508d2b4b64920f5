package bpdiff.grade;

import bpdiff.JsonDocument;
import bpdiff.check.MistakeCode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code /autograder/results/results.json} in Gradescope's documented format (its autograder specification,
 * "Output format"): the submission's {@code score}, its feedback as {@code output} ({@code output_format: md}), and
 * one test per parameter with {@code name}, {@code score}, {@code max_score}, {@code status} ({@code passed} or
 * {@code failed}), {@code output}, {@code tags} (the mistake code) and {@code visibility}. A submission that could
 * not be checked is one failed test holding the reason, score 0.
 */
final class GradescopeResults {

    private GradescopeResults() {}

    /**
     * @param g the graded submission
     * @param feedback its feedback in Markdown
     * @param visibility when students see the tests: {@code visible}, {@code after_due_date}, {@code after_published}
     *     or {@code hidden}
     * @return the JSON text
     */
    static String write(Graded g, String feedback, String visibility) {
        ObjectNode root = JsonDocument.object();
        root.put("score", g.score());
        root.put("output", feedback);
        root.put("output_format", "md");
        root.put("visibility", visibility);
        ArrayNode tests = root.putArray("tests");
        if (!g.checked()) {
            ObjectNode test = tests.addObject();
            test.put("name", "bpdiff check");
            test.put("score", 0.0);
            test.put("max_score", g.max());
            test.put("status", "failed");
            test.put("output", g.message());
            test.putArray("tags").add(g.codes().get(0).id());
            test.put("visibility", visibility);
        }
        for (ParameterResult p : g.parameters()) {
            if (!g.checked()) {
                break;
            }
            ObjectNode test = tests.addObject();
            test.put("name", "∂L/∂" + p.name() + (p.layer() > 0 ? " (layer " + p.layer() + ")" : ""));
            test.put("score", p.earned());
            test.put("max_score", p.points());
            test.put("status", p.verdict() == ParameterResult.Verdict.RIGHT ? "passed" : "failed");
            test.put("output", p.name() + ": " + p.verdict().id() + (p.code() == null ? "" : " (" + p.code().id()
                    + ": " + p.code().description() + (p.line() > 0 ? ", " + g.lines().lineText(p.line()) : "") + ")"));
            ArrayNode tags = test.putArray("tags");
            if (p.code() != null) {
                tags.add(p.code().id());
            }
            test.put("visibility", visibility);
        }
        ObjectNode extra = root.putObject("extra_data");
        ArrayNode codes = extra.putArray("mistake_codes");
        g.codes().stream().map(MistakeCode::id).forEach(codes::add);
        return JsonDocument.write(root);
    }
}
