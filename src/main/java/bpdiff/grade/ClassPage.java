package bpdiff.grade;

import bpdiff.check.MistakeCode;
import bpdiff.report.html.Html;
import bpdiff.report.html.Page;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code class.html}: the class at a glance, one self-contained page (no file or script from elsewhere). The score
 * distribution; each mistake code with the number of students who made it, as a bar, and links to their feedback;
 * the codes by parameter and by layer (a count opens to the links of its students); the most common first wrong
 * lines; the submissions that could not be checked
 * and why; and every student's score. Every count is a number in the page and a {@code data-} attribute, the same
 * count {@code grades.csv} gives.
 */
final class ClassPage {

    private static final String STYLE = "<style>.bar{display:inline-block;height:.9em;background:#0072b2;"
            + "vertical-align:middle;min-width:1px}.bar.bad{background:#d55e00}td.bar-cell{min-width:8em}"
            + ".students a{margin-right:.5em;white-space:nowrap}td.zero{color:#999}td details{text-align:left}"
            + "td summary{cursor:pointer;text-align:right}</style>\n";

    private ClassPage() {}

    /**
     * @param summary the class
     * @param expectation the reference and points
     * @return the page
     */
    static String render(ClassSummary summary, Expectation expectation) {
        List<Graded> graded = summary.graded();
        StringBuilder html = new StringBuilder(Page.open("bpdiff grade: " + graded.size() + " submissions"));
        html.append(STYLE);
        html.append("<h1>bpdiff grade: ").append(graded.size()).append(" submission").append(graded.size() == 1 ? "" : "s")
                .append("</h1>\n<p>").append(graded.size() - summary.notChecked().size()).append(" checked, ")
                .append(summary.notChecked().size()).append(" could not be checked; mean score ")
                .append(percent(summary.meanShare())).append(" of the maximum. ")
                .append(expectation.hasReference() ? "Expected: the parameters, epochs and loss of <code>"
                        + Html.escape(expectation.reference()) + "</code>." : "Each submission is scored on its own "
                        + "parameters (no --reference).")
                .append(" Files: <a href=\"grades.csv\">grades.csv</a>, <a href=\"results.json\">results.json</a>.</p>\n");
        distribution(summary, html);
        codes(summary, html);
        table(html, "By parameter", "parameter", summary.parameters(), summary.byParameter());
        table(html, "By layer", "layer", summary.layers(), summary.byLayer());
        firstLines(summary, html);
        notChecked(summary, html);
        students(summary, html);
        return html.append(Page.close()).toString();
    }

    private static void distribution(ClassSummary summary, StringBuilder html) {
        int most = summary.bins().stream().mapToInt(List::size).max().orElse(0);
        html.append("<h2 id=\"distribution\">Scores</h2>\n<div class=\"scroll\"><table class=\"distribution\">"
                + "<tr><th>share of the maximum</th><th>students</th><th></th></tr>\n");
        for (int k = 0; k < summary.bins().size(); k++) {
            int n = summary.bins().get(k).size();
            String label = k == 10 ? "100 %" : k * 10 + "–" + (k + 1) * 10 + " %";
            html.append("<tr data-bin=\"").append(k).append("\" data-students=\"").append(n).append("\"><td>")
                    .append(label).append("</td><td class=\"num\">").append(n).append("</td><td class=\"bar-cell\">")
                    .append(bar(n, most, k < 10)).append("</td></tr>\n");
        }
        html.append("</table></div>\n");
    }

    private static void codes(ClassSummary summary, StringBuilder html) {
        html.append("<h2 id=\"mistakes\">Mistakes</h2>\n");
        if (summary.byCode().isEmpty()) {
            html.append("<p class=\"ok\">No mistake in any submission.</p>\n");
            return;
        }
        int most = summary.byCode().values().stream().mapToInt(List::size).max().orElse(0);
        html.append("<p class=\"note\">Each student counts once per code; a code stands for the first line with a "
                + "mistake of its own that a wrong gradient is computed from.</p>\n<div class=\"scroll\">"
                + "<table class=\"codes\"><tr><th>code</th><th>what</th><th>students</th><th></th><th>who</th></tr>\n");
        summary.byCode().forEach((code, students) -> {
            html.append("<tr class=\"code\" data-code=\"").append(Html.escape(code.id())).append("\" data-students=\"")
                    .append(students.size()).append("\"><td><code>").append(Html.escape(code.id()))
                    .append("</code></td><td>").append(Html.escape(code.description())).append("</td><td class=\"num\">")
                    .append(students.size()).append("</td><td class=\"bar-cell\">").append(bar(students.size(), most, true))
                    .append("</td><td class=\"students\">").append(links(students)).append("</td></tr>\n");
        });
        html.append("</table></div>\n");
    }

    private static <K> void table(StringBuilder html, String title, String what, List<K> columns,
            Map<MistakeCode, ? extends Map<K, List<Graded>>> counts) {
        html.append("<h2 id=\"by-").append(what).append("\">").append(title).append("</h2>\n");
        if (counts.isEmpty() || columns.isEmpty()) {
            html.append("<p class=\"note\">Nothing to count.</p>\n");
            return;
        }
        html.append("<div class=\"scroll\"><table class=\"by-").append(what).append("\"><tr><th>code</th>");
        columns.forEach(c -> html.append("<th>").append(what.equals("layer") ? "layer " + c : "<code>"
                + Html.escape(c.toString()) + "</code>").append("</th>"));
        html.append("</tr>\n");
        for (MistakeCode code : MistakeCode.values()) {
            Map<K, List<Graded>> row = counts.get(code);
            if (row == null) {
                continue;
            }
            html.append("<tr><td><code>").append(Html.escape(code.id())).append("</code></td>");
            for (K c : columns) {
                List<Graded> students = row.getOrDefault(c, List.of());
                html.append("<td class=\"num").append(students.isEmpty() ? " zero" : "").append("\" data-code=\"")
                        .append(Html.escape(code.id())).append("\" data-").append(what).append("=\"")
                        .append(Html.escape(c.toString())).append("\" data-students=\"").append(students.size())
                        .append("\">").append(students.isEmpty() ? "0" : "<details><summary>" + students.size()
                                + "</summary><span class=\"students\">" + links(students) + "</span></details>")
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table></div>\n");
    }

    private static void firstLines(ClassSummary summary, StringBuilder html) {
        html.append("<h2 id=\"first-wrong-lines\">Most common first wrong lines</h2>\n");
        if (summary.firstWrongLines().isEmpty()) {
            html.append("<p class=\"note\">No wrong line.</p>\n");
            return;
        }
        html.append("<div class=\"scroll\"><table class=\"first-lines\"><tr><th>line (as first written)</th>"
                + "<th>students</th><th>who</th></tr>\n");
        int shown = 0;
        for (List<Graded> students : summary.firstWrongLines().values()) {
            if (shown++ == 10) {
                break;
            }
            html.append("<tr data-students=\"").append(students.size()).append("\"><td><code>")
                    .append(Html.escape(students.get(0).firstWrongStatement())).append("</code></td><td class=\"num\">")
                    .append(students.size()).append("</td><td class=\"students\">").append(links(students))
                    .append("</td></tr>\n");
        }
        html.append("</table></div>\n");
    }

    private static void notChecked(ClassSummary summary, StringBuilder html) {
        html.append("<h2 id=\"not-checked\">Could not be checked</h2>\n");
        if (summary.notChecked().isEmpty()) {
            html.append("<p class=\"ok\">Every submission was checked.</p>\n");
            return;
        }
        html.append("<div class=\"scroll\"><table class=\"not-checked\"><tr><th>student</th><th>code</th>"
                + "<th>why</th></tr>\n");
        for (Graded g : summary.notChecked()) {
            html.append("<tr data-code=\"").append(Html.escape(g.codes().get(0).id())).append("\"><td>")
                    .append(link(g)).append("</td><td><code>").append(Html.escape(g.codes().get(0).id()))
                    .append("</code></td><td>").append(Html.escape(g.message().lines().findFirst().orElse("")))
                    .append("</td></tr>\n");
        }
        html.append("</table></div>\n");
    }

    private static void students(ClassSummary summary, StringBuilder html) {
        html.append("<h2 id=\"students\">Students</h2>\n<div class=\"scroll\"><table class=\"students-table\">"
                + "<tr><th>student</th><th>score</th><th>codes</th></tr>\n");
        for (Graded g : summary.graded()) {
            html.append("<tr><td>").append(link(g)).append("</td><td class=\"num\">").append(Feedback.points(g.score()))
                    .append(" / ").append(Feedback.points(g.max())).append("</td><td>")
                    .append(Html.escape(String.join(" ", g.codes().stream().map(MistakeCode::id).toList())))
                    .append("</td></tr>\n");
        }
        html.append("</table></div>\n");
    }

    private static String links(List<Graded> students) {
        StringBuilder out = new StringBuilder();
        students.forEach(g -> out.append(link(g)).append(' '));
        return out.toString().strip();
    }

    private static String link(Graded g) {
        return "<a class=\"feedback\" href=\"" + Html.escape(href(g)) + "\">" + Html.escape(g.student()) + "</a>";
    }

    /**
     * @param g a student
     * @return the relative link to the student's feedback page, percent-encoded where it needs to be
     */
    static String href(Graded g) {
        try {
            return new URI(null, null, "feedback/" + g.fileName() + ".html", null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bar(int n, int most, boolean bad) {
        double width = most == 0 ? 0 : 100.0 * n / most;
        return n == 0 ? "" : "<span class=\"bar" + (bad ? " bad" : "") + "\" style=\"width:"
                + String.format(Locale.ROOT, "%.1f", width) + "%\"></span>";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
