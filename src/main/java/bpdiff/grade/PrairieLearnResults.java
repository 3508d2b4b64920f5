package bpdiff.grade;

import bpdiff.JsonDocument;
import bpdiff.check.MistakeCode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code /grade/results/results.json} in PrairieLearn's external-grader format (its "Grading results"): {@code
 * gradable}, {@code score} in [0, 1], {@code message}, {@code output}, and {@code tests} with {@code name},
 * {@code description}, {@code points}, {@code max_points}, {@code message} and {@code output}. A submission that is
 * not a program bpdiff can run (a syntax or name error, an unsupported construct, no readable Python file) is
 * {@code gradable: false} with its {@code format_errors}, as PrairieLearn asks for such input (the student keeps the
 * attempt); one that runs but fails (a limit, no loss) is gradable with score 0.
 */
final class PrairieLearnResults {

    /** The codes of input that is not a checkable program. */
    static final Set<MistakeCode> NOT_GRADABLE = EnumSet.of(MistakeCode.SYNTAX_ERROR, MistakeCode.NAME_ERROR,
            MistakeCode.UNSUPPORTED, MistakeCode.UNREADABLE, MistakeCode.NO_SUBMISSION);

    private PrairieLearnResults() {}

    /**
     * @param g the graded submission
     * @param feedback its feedback in Markdown
     * @return the JSON text
     */
    static String write(Graded g, String feedback) {
        ObjectNode root = JsonDocument.object();
        boolean gradable = g.checked() || !NOT_GRADABLE.contains(g.codes().get(0));
        root.put("gradable", gradable);
        if (!gradable) {
            ArrayNode errors = root.putArray("format_errors");
            g.message().lines().forEach(errors::add);
        } else {
            root.put("score", g.share());
        }
        root.put("message", g.message());
        root.put("output", feedback);
        ArrayNode tests = root.putArray("tests");
        for (ParameterResult p : g.parameters()) {
            ObjectNode test = tests.addObject();
            test.put("name", "∂L/∂" + p.name());
            test.put("description", "the gradient of the loss with respect to " + p.name()
                    + (p.layer() > 0 ? " (layer " + p.layer() + ")" : "") + ", at every epoch");
            test.put("points", p.earned());
            test.put("max_points", p.points());
            test.put("message", p.verdict().id() + (p.code() == null ? "" : ": " + p.code().id() + " ("
                    + p.code().description() + ")" + (p.line() > 0 ? ", " + g.lines().lineText(p.line()) : "")));
            test.put("output", p.verdict() == ParameterResult.Verdict.RIGHT ? "" : g.message());
        }
        if (g.checked() || !gradable) {
            ArrayNode codes = root.putArray("mistake_codes");
            g.codes().stream().map(MistakeCode::id).forEach(codes::add);
        }
        return JsonDocument.write(root);
    }
}
