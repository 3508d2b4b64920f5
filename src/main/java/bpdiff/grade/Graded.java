package bpdiff.grade;

import bpdiff.check.MistakeCode;
import bpdiff.program.SourceMap;
import java.util.List;

/**
 * One graded submission: what the class's outputs show of it (the check's own report is written to the student's
 * feedback as soon as it is made and not kept, so that memory stays flat in the number of submissions).
 *
 * @param where the file checked, as messages name it
 * @param fileName the name of the student's feedback files, without extension
 * @param checked whether the program could be checked at all
 * @param score the points earned
 * @param max the points there are
 * @param parameters the verdict on each parameter, in the order expected
 * @param codes every mistake code of the submission, each once, in the order met
 * @param firstWrongLine the first line with a mistake of its own (or where the check stopped), 0 if none
 * @param firstWrongStatement that line's statement as written, or {@code ""}
 * @param message the check's one-line summary, or why it could not be checked
 * @param remarks what the student is told besides (a loss or epochs other than the reference's, …)
 * @param lines where the program's lines (the {@code line}s here) stand in the file: a notebook's cells
 */
public record Graded(String student, String where, String fileName, boolean checked, double score, double max,
        List<ParameterResult> parameters, List<MistakeCode> codes, int firstWrongLine, String firstWrongStatement,
        String message, List<String> remarks, SourceMap lines) {

    /** A graded Python file, whose lines are the program's; the parameters as in the canonical constructor. */
    public Graded(String student, String where, String fileName, boolean checked, double score, double max,
            List<ParameterResult> parameters, List<MistakeCode> codes, int firstWrongLine, String firstWrongStatement,
            String message, List<String> remarks) {
        this(student, where, fileName, checked, score, max, parameters, codes, firstWrongLine, firstWrongStatement,
                message, remarks, SourceMap.of(where));
    }

    /**
     * @param line a line of the program, or 0
     * @return the line as a table shows it ({@code 12}, a notebook's {@code 9:10}), or {@code ""} for 0
     */
    public String lineCell(int line) {
        return line <= 0 ? "" : lines.position(line, 0).shortText();
    }

    /** Makes the lists unmodifiable. */
    public Graded {
        parameters = List.copyOf(parameters);
        codes = List.copyOf(codes);
        remarks = List.copyOf(remarks);
    }

    /** @return the score as a share of the maximum, 0 when there is nothing to score */
    public double share() {
        return max > 0 ? score / max : 0;
    }

    /**
     * @param name a parameter
     * @return its result, or {@code null} if it is not one of this submission's
     */
    public ParameterResult parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }
}
