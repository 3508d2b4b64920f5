package bpdiff.check;

import bpdiff.JsonDocument;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The check as JSON, schema {@code bpdiff.check/1}: the settings, the summary, the first wrong line and
 * one object per line of the derivation. Values that do not exist are {@code null}.
 */
public final class JsonFormat {

    /** The schema id written into every report. */
    public static final String SCHEMA = "bpdiff.check/1";

    private JsonFormat() {}

    /**
     * Writes a report.
     *
     * @param report the check
     * @return the JSON text, ending with a newline
     */
    public static String write(CheckReport report) {
        ObjectNode root = JsonDocument.withSchema(SCHEMA);
        root.put("source", report.source());
        root.put("network", report.network());
        root.put("dtype", report.dtype());
        root.put("epochs", report.epochs());
        root.put("shownEpoch", report.shownEpoch());
        root.put("firstFailingEpoch", report.firstFailingEpoch());
        root.put("passed", report.passed());
        root.put("checked", report.checked().size());
        root.put("wrong", report.failedAtSomeEpoch().size());
        root.put("summary", report.summary());
        if (report.firstWrong() == null) {
            root.putNull("firstWrong");
        } else {
            ObjectNode first = root.putObject("firstWrong");
            first.put("line", report.firstWrong().assignment().line());
            first.put("formula", report.firstWrong().assignment().formula());
            first.put("stage", report.firstWrong().stage());
        }
        ArrayNode notChecked = root.putArray("notChecked");
        report.notChecked().forEach(notChecked::add);
        ArrayNode formulas = root.putArray("formulas");
        report.results().forEach(r -> formulas.add(formula(r)));
        return JsonDocument.write(root);
    }

    private static ObjectNode formula(FormulaResult r) {
        ObjectNode node = JsonDocument.object();
        node.put("line", r.assignment().line());
        node.put("column", r.assignment().column());
        node.put("name", r.assignment().name());
        node.put("formula", r.assignment().formula());
        node.put("derivativeOf", r.checked() ? r.target().quantity() : null);
        node.put("value", r.value());
        node.put("autograd", r.autograd());
        node.put("numeric", r.numeric());
        node.put("verdict", r.verdict().name().toLowerCase(java.util.Locale.ROOT));
        node.put("error", r.error());
        node.put("stage", r.stage());
        node.put("causeLine", r.causeLine() == 0 ? null : r.causeLine());
        node.put("ownMistake", r.ownMistake());
        node.put("firstFailingEpoch", r.firstFailingEpoch());
        ArrayNode likely = node.putArray("likely");
        r.likely().forEach(likely::add);
        ArrayNode codes = node.putArray("codes");
        r.codes().forEach(c -> codes.add(c.id()));
        return node;
    }
}
