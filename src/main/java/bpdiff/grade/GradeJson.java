package bpdiff.grade;

import bpdiff.JsonDocument;
import bpdiff.Version;
import bpdiff.check.MistakeCode;
import bpdiff.Position;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * {@code results.json}, schema {@code bpdiff.grade/1} (documented in {@code docs/grade.md}): the settings, the
 * reference, the class's counts, and one object per submission with its score, parameters, codes, first wrong
 * line and message. Nothing in it depends on timing: the same class gives the same file.
 */
final class GradeJson {

    /** The schema id. */
    static final String SCHEMA = "bpdiff.grade/1";

    private GradeJson() {}

    /**
     * @param summary the class
     * @param expectation the reference and points
     * @param settings how it was checked
     * @return the JSON text, ending with a newline
     */
    static String write(ClassSummary summary, Expectation expectation, GradeSettings settings) {
        ObjectNode root = JsonDocument.withSchema(SCHEMA);
        root.put("bpdiff", Version.current());
        root.put("dtype", settings.precision().id());
        root.put("timeLimitSeconds", settings.timeLimitSeconds());
        if (expectation.hasReference()) {
            ObjectNode reference = root.putObject("reference");
            reference.put("file", expectation.reference());
            ArrayNode parameters = reference.putArray("parameters");
            expectation.parameters().forEach(p -> parameters.addObject().put("name", p)
                    .put("layer", expectation.layers().getOrDefault(p, 0)).put("points", expectation.pointsOf(p)));
            reference.put("epochs", expectation.epochs());
            reference.put("loss", expectation.loss());
            reference.put("firstLoss", expectation.firstLoss());
        } else {
            root.putNull("reference");
        }
        ObjectNode points = root.putObject("points");
        expectation.points().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> points.put(e.getKey(), e.getValue()));
        ObjectNode counts = root.putObject("summary");
        counts.put("submissions", summary.graded().size());
        counts.put("checked", summary.graded().size() - summary.notChecked().size());
        counts.put("meanShare", summary.meanShare());
        ArrayNode bins = counts.putArray("distribution");
        summary.bins().forEach(b -> bins.add(b.size()));
        ObjectNode codes = counts.putObject("codes");
        summary.byCode().forEach((code, students) -> codes.put(code.id(), students.size()));
        ArrayNode submissions = root.putArray("submissions");
        summary.graded().forEach(g -> submissions.add(submission(g)));
        return JsonDocument.write(root);
    }

    /** Beside a line of a notebook's program, its {@code cell} and {@code cellLine}; nothing for a Python file. */
    private static void cell(ObjectNode node, Graded g, int line) {
        if (line > 0 && g.lines().hasCells()) {
            Position at = g.lines().position(line, 0);
            node.put("cell", at.cell());
            node.put("cellLine", at.line());
        }
    }

    private static ObjectNode submission(Graded g) {
        ObjectNode node = JsonDocument.object();
        node.put("student", g.student());
        node.put("file", g.where());
        node.put("feedback", "feedback/" + g.fileName() + ".html");
        node.put("checked", g.checked());
        node.put("score", g.score());
        node.put("max", g.max());
        ArrayNode parameters = node.putArray("parameters");
        for (ParameterResult p : g.parameters()) {
            ObjectNode param = parameters.addObject();
            param.put("name", p.name());
            param.put("layer", p.layer());
            param.put("verdict", p.verdict().id());
            param.put("code", p.code() == null ? null : p.code().id());
            param.put("line", p.line() == 0 ? null : p.line());
            cell(param, g, p.line());
            param.put("points", p.points());
            param.put("earned", p.earned());
        }
        ArrayNode codes = node.putArray("codes");
        g.codes().stream().map(MistakeCode::id).forEach(codes::add);
        if (g.firstWrongLine() > 0) {
            ObjectNode first = node.putObject("firstWrong").put("line", g.firstWrongLine());
            cell(first, g, g.firstWrongLine());
            first.put("statement", g.firstWrongStatement());
        } else {
            node.putNull("firstWrong");
        }
        node.put("message", g.message());
        ArrayNode remarks = node.putArray("remarks");
        List.copyOf(g.remarks()).forEach(remarks::add);
        return node;
    }
}
