package bpdiff.grade;

import bpdiff.check.SourceExcerpt;
import bpdiff.check.program.ProgramMarkdownFormat;
import bpdiff.check.program.ProgramReport;
import bpdiff.report.OutputFiles;
import bpdiff.report.html.Html;
import bpdiff.report.html.Page;
import bpdiff.report.html.ProgramHtml;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A student's feedback, {@code feedback/<student>.md} and {@code .html}: the score and each parameter's verdict,
 * then the very report {@code bpdiff check} gives (the Markdown report; the page with the program beside its
 * computation graph), or, for a program that could not be checked, what stopped it and where.
 */
final class Feedback {

    private Feedback() {}

    /**
     * Writes a checked submission's feedback.
     *
     * @param folder the feedback folder
     * @param g the grade
     * @param report the check
     * @param text the program
     */
    static void write(Path folder, Graded g, ProgramReport report, String text) {
        OutputFiles.writeString(folder.resolve(g.fileName() + ".md"), header(g) + "\n" + ProgramMarkdownFormat.write(report),
                "--out");
        String page = Page.open("bpdiff grade: " + g.student(), "wide") + scoreHtml(g) + ProgramHtml.fragment(report, text)
                + "<script>" + ProgramHtml.script() + "bpdiffProgram();\n</script>\n" + Page.close();
        OutputFiles.writeString(folder.resolve(g.fileName() + ".html"), page, "--out");
    }

    /**
     * Writes the feedback of a submission that could not be checked.
     *
     * @param folder the feedback folder
     * @param g the grade
     * @param text the program, or {@code null} if it could not be read
     * @param column the problem's column, 0 if none
     */
    static void writeNotChecked(Path folder, Graded g, String text, int column) {
        String excerpt = text == null || g.firstWrongLine() <= 0 ? ""
                : SourceExcerpt.of(g.lines(), text.lines().toList(), g.firstWrongLine(), column);
        String md = header(g) + "\n## Not checked\n\n" + g.message() + "\n"
                + (excerpt.isEmpty() ? "" : "\n```text\n" + excerpt + "```\n");
        OutputFiles.writeString(folder.resolve(g.fileName() + ".md"), md, "--out");
        String page = Page.open("bpdiff grade: " + g.student()) + scoreHtml(g) + "<h2>Not checked</h2>\n<p class=\"bad\">"
                + Html.escape(g.message()) + "</p>\n" + (excerpt.isEmpty() ? "" : "<div class=\"scroll\"><pre>"
                + Html.escape(excerpt) + "</pre></div>\n") + Page.close();
        OutputFiles.writeString(folder.resolve(g.fileName() + ".html"), page, "--out");
    }

    /** The score and verdicts in Markdown. */
    static String header(Graded g) {
        StringBuilder out = new StringBuilder("# ").append(g.student()).append(": ").append(outOf(g))
                .append(" points\n\n");
        out.append("File `").append(g.where()).append("`. ");
        out.append(g.codes().isEmpty() ? "No mistake found.\n" : "Mistake codes: "
                + String.join(", ", g.codes().stream().map(c -> "`" + c.id() + "`").toList()) + ".\n");
        if (!g.parameters().isEmpty()) {
            out.append("\n| parameter | layer | verdict | mistake | ").append(lineHeader(g))
                    .append(" | points |\n|---|---:|---|---|---:|---:|\n");
            for (ParameterResult p : g.parameters()) {
                out.append("| ").append(p.name()).append(" | ").append(p.layer() == 0 ? "" : p.layer()).append(" | ")
                        .append(p.verdict().id()).append(" | ").append(p.code() == null ? "" : "`" + p.code().id() + "`")
                        .append(" | ").append(g.lineCell(p.line())).append(" | ").append(points(p.earned()))
                        .append(" / ").append(points(p.points())).append(" |\n");
            }
        }
        remarks(g.remarks()).forEach(r -> out.append("\n").append(r).append("\n"));
        return out.toString();
    }

    /** The line column's heading: {@code line}, a notebook's {@code cell:line}. */
    private static String lineHeader(Graded g) {
        return g.lines().hasCells() ? "cell:line" : "line";
    }

    private static List<String> remarks(List<String> remarks) {
        return remarks.stream().map(r -> "Note: " + r + ".").toList();
    }

    /** The score and verdicts as the top of the page. */
    private static String scoreHtml(Graded g) {
        StringBuilder html = new StringBuilder("<section class=\"grade\" id=\"score\" data-score=\"")
                .append(points(g.score())).append("\" data-max=\"").append(points(g.max())).append("\">\n<h1>")
                .append(Html.escape(g.student())).append(": ").append(outOf(g))
                .append(" points</h1>\n<p><a href=\"../class.html\">the class</a> · file <code>")
                .append(Html.escape(g.where())).append("</code></p>\n");
        if (!g.parameters().isEmpty()) {
            html.append("<div class=\"scroll\"><table><tr><th>parameter</th><th>layer</th><th>verdict</th>"
                    + "<th>mistake</th><th>" + lineHeader(g) + "</th><th>points</th></tr>\n");
            for (ParameterResult p : g.parameters()) {
                html.append("<tr><td><code>").append(Html.escape(p.name())).append("</code></td><td class=\"num\">")
                        .append(p.layer() == 0 ? "" : p.layer()).append("</td><td class=\"")
                        .append(p.verdict() == ParameterResult.Verdict.RIGHT ? "ok" : "bad").append("\">")
                        .append(p.verdict().id()).append("</td><td>")
                        .append(p.code() == null ? "" : "<code>" + Html.escape(p.code().id()) + "</code>")
                        .append("</td><td class=\"num\">").append(g.lineCell(p.line()))
                        .append("</td><td class=\"num\">").append(points(p.earned())).append(" / ")
                        .append(points(p.points())).append("</td></tr>\n");
            }
            html.append("</table></div>\n");
        }
        for (String r : remarks(g.remarks())) {
            html.append("<p class=\"note\">").append(Html.escape(r)).append("</p>\n");
        }
        return html.append("</section>\n").toString();
    }

    /** {@code 6 of 8}, or {@code 0} for a submission not checked whose maximum is not known yet. */
    private static String outOf(Graded g) {
        return points(g.score()) + (g.max() > 0 ? " of " + points(g.max()) : "");
    }

    /**
     * @param value points
     * @return e.g. {@code 6}, {@code 2.5}
     */
    static String points(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4g", value).replaceAll("\\.?0+$", "");
    }
}
