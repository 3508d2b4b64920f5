package bpdiff.grade;

import bpdiff.check.MistakeCode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code grades.csv}: one row per student, as a spreadsheet or an LMS gradebook imports it (RFC 4180: comma,
 * CRLF, fields quoted where they hold a comma, a quote or a line break; written by Apache Commons CSV). Columns:
 * {@code student, file, score, max}, then one per parameter of the class with its verdict ({@code right},
 * {@code wrong}, {@code not-checked}, {@code missing}, empty where the submission has no such parameter), then
 * {@code codes} (the mistake codes, space-separated), {@code first_wrong_line}, {@code first_wrong_statement} and
 * {@code message}. Text that a spreadsheet would take for a formula is written with a leading {@code '} ({@link #text}).
 */
final class GradesCsv {

    private GradesCsv() {}

    /**
     * A cell of text a student chose (a file name, a line of the program): one a spreadsheet would take for a formula
     * ({@code =HYPERLINK(…)}, {@code +}, {@code -}, {@code @}, a tab or carriage return first) gets a leading
     * {@code '}, as OWASP's advice on CSV injection has it, so that opening the grades runs nothing.
     */
    static String text(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /**
     * @param summary the class
     * @return the CSV text
     */
    static String write(ClassSummary summary) {
        List<String> header = new ArrayList<>(List.of("student", "file", "score", "max"));
        header.addAll(summary.parameters());
        header.addAll(List.of("codes", "first_wrong_line", "first_wrong_statement", "message"));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .get())) {
            for (Graded g : summary.graded()) {
                List<String> row = new ArrayList<>(List.of(text(g.student()), text(g.where()),
                        Feedback.points(g.score()), Feedback.points(g.max())));
                for (String p : summary.parameters()) {
                    ParameterResult r = g.parameter(p);
                    row.add(r == null ? "" : r.verdict().id());
                }
                row.add(String.join(" ", g.codes().stream().map(MistakeCode::id).toList()));
                row.add(g.lineCell(g.firstWrongLine()));
                row.add(text(g.firstWrongStatement()));
                row.add(text(g.message()));
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
