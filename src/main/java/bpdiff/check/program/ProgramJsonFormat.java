package bpdiff.check.program;

import bpdiff.JsonDocument;
import bpdiff.JsonNumbers;
import bpdiff.program.SourceMap;
import bpdiff.Position;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * The program check as JSON, schema {@code bpdiff.check-program/1}: the settings, the summary, one object per
 * claim (values as flat row-major arrays with their shape), what was not checked, and the shown epoch's
 * computation graph. A number that is not finite is {@code null}.
 *
 * <p>Lines are the program's. For a notebook, each object with a {@code line} also has the {@code cell} it is in
 * (1-based among all cells) and its {@code cellLine} there (and {@code cellColumn} beside a {@code column});
 * {@code causeLine} and {@code updateLine} have {@code causeCell}/{@code causeCellLine} and
 * {@code updateCell}/{@code updateCellLine}. A Python file's report has none of them.
 */
public final class ProgramJsonFormat {

    /** The schema id written into every report. */
    public static final String SCHEMA = "bpdiff.check-program/1";

    private ProgramJsonFormat() {}

    /**
     * @param report the check
     * @return the JSON text, ending with a newline
     */
    public static String write(ProgramReport report) {
        ObjectNode root = JsonDocument.withSchema(SCHEMA);
        root.put("source", report.source());
        root.put("dtype", report.dtype());
        root.put("engine", report.engine());
        SourceMap lines = report.lines();
        ObjectNode loss = root.putObject("loss");
        loss.put("name", report.loss());
        loss.put("line", report.lossLine());
        cell(loss, lines, "", report.lossLine(), 0);
        ArrayNode parameters = root.putArray("parameters");
        report.parameters().forEach(parameters::add);
        root.put("epochs", report.epochs());
        root.put("shownEpoch", report.shownEpoch());
        root.put("firstFailingEpoch", report.firstFailingEpoch());
        root.put("passed", report.passed());
        root.put("checked", report.quantities().size());
        root.put("wrong", report.failed().size());
        root.put("summary", report.summary());
        if (report.firstWrong() == null) {
            root.putNull("firstWrong");
        } else {
            ObjectNode first = root.putObject("firstWrong");
            first.put("line", report.firstWrong().site().line());
            cell(first, lines, "", report.firstWrong().site().line(), 0);
            first.put("statement", report.firstWrong().site().statement());
        }
        ArrayNode quantities = root.putArray("quantities");
        report.quantities().forEach(q -> quantities.add(quantity(q, lines)));
        ArrayNode notChecked = root.putArray("notChecked");
        report.notChecked().forEach(n -> {
            ObjectNode node = notChecked.addObject();
            node.put("message", n.message());
            node.put("line", n.line());
            node.put("column", n.column());
            cell(node, lines, "", n.line(), n.column());
            node.put("code", bpdiff.check.MistakeCode.NOT_CHECKED.id());
        });
        ArrayNode helpers = root.putArray("helpers");
        report.helpers().forEach(h -> cell(helpers.addObject().put("name", h.name()).put("line", h.line())
                .put("column", h.column()), lines, "", h.line(), h.column()));
        ArrayNode notes = root.putArray("notes");
        report.notes().forEach(notes::add);
        ObjectNode graph = root.putObject("graph");
        graph.put("epoch", report.shownEpoch());
        ArrayNode nodes = graph.putArray("nodes");
        report.graph().forEach(n -> nodes.add(node(n, lines)));
        return JsonDocument.write(root);
    }

    /**
     * Beside a line (and column) of the program, where it is in a notebook: {@code cell}, {@code cellLine},
     * {@code cellColumn}, each after {@code prefix} ({@code causeCell}); nothing for a Python file or line 0.
     */
    private static void cell(ObjectNode node, SourceMap lines, String prefix, int line, int column) {
        if (!lines.hasCells() || line <= 0) {
            return;
        }
        Position at = lines.position(line, column);
        node.put(prefix.isEmpty() ? "cell" : prefix + "Cell", at.cell());
        node.put(prefix.isEmpty() ? "cellLine" : prefix + "CellLine", at.line());
        if (column > 0) {
            node.put(prefix.isEmpty() ? "cellColumn" : prefix + "CellColumn", at.column());
        }
    }

    private static ObjectNode quantity(CheckedQuantity q, SourceMap lines) {
        ObjectNode node = JsonDocument.object();
        node.put("name", q.site().name());
        node.put("kind", q.site().update() ? "update" : "named");
        node.put("line", q.site().line());
        node.put("column", q.site().column());
        cell(node, lines, "", q.site().line(), q.site().column());
        node.put("statement", q.site().statement());
        node.put("derivativeOf", q.derivative().target());
        node.put("scale", q.derivative().scale());
        shape(node, q.derivative().shape());
        JsonNumbers.values(node, "student", q.shown().student());
        JsonNumbers.values(node, "autograd", q.shown().autograd());
        JsonNumbers.values(node, "numeric", q.shown().numeric());
        node.put("numericUnreliable", q.shown().numericUnreliable());
        node.put("verdict", q.shown().verdict().name().toLowerCase(Locale.ROOT));
        node.put("note", q.shown().note());
        node.put("shownEpoch", q.shown().epoch());
        node.put("epochs", q.judged().epochs());
        node.put("firstFailingEpoch", q.judged().firstFailingEpoch());
        node.put("causeLine", q.judged().causeLine() == 0 ? null : q.judged().causeLine());
        cell(node, lines, "cause", q.judged().causeLine(), 0);
        node.put("ownMistake", q.judged().ownMistake());
        ArrayNode likely = node.putArray("likely");
        q.likely().forEach(likely::add);
        ArrayNode codes = node.putArray("codes");
        q.codes().forEach(c -> codes.add(c.id()));
        node.put("updateLine", q.site().updateLine() == 0 ? null : q.site().updateLine());
        cell(node, lines, "update", q.site().updateLine(), 0);
        node.put("learningRate", q.site().learningRate());
        return node;
    }

    private static ObjectNode node(GraphNode n, SourceMap lines) {
        ObjectNode node = JsonDocument.object();
        node.put("id", n.id());
        node.put("op", n.op());
        ArrayNode inputs = node.putArray("inputs");
        n.inputs().forEach(inputs::add);
        node.put("name", n.name());
        node.put("line", n.line());
        node.put("column", n.column());
        cell(node, lines, "", n.line(), n.column());
        shape(node, n.shape());
        JsonNumbers.values(node, "value", n.value());
        JsonNumbers.values(node, "autograd", n.autograd());
        JsonNumbers.values(node, "numeric", n.numeric());
        node.put("parameter", n.parameter());
        return node;
    }

    private static void shape(ObjectNode node, int[] shape) {
        ArrayNode array = node.putArray("shape");
        for (int d : shape) {
            array.add(d);
        }
    }
}
