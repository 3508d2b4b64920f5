package bpdiff.check;

import bpdiff.BadInputException;
import bpdiff.Position;
import bpdiff.program.syntax.Formula;
import bpdiff.program.syntax.Parser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a derivation file: one {@code name = expression} per line, written the way homework code
 * writes it.
 *
 * <p>Ignored: {@code #} comments, blank lines, indentation, {@code def …:} lines and {@code return …}
 * lines, so a pasted Python {@code back_propagate} function reads as it is. Everything else must be an
 * assignment, read by the program parser's formula-list mode ({@link Parser#formula}).
 */
public final class DerivationParser {

    private DerivationParser() {}

    /**
     * Reads and parses a file.
     *
     * @param file the derivation
     * @return the parsed derivation, named by the file as given
     * @throws BadInputException if the file cannot be read or has a syntax error
     */
    public static Derivation parse(Path file) {
        return parse(SourceFiles.read(file), file.toString());
    }

    /**
     * Parses the text of a derivation.
     *
     * @param text the file's content
     * @param source the name used in messages
     * @return the assignments in file order (none for an empty file)
     * @throws BadInputException with {@code source:line:column} on a syntax error
     */
    public static Derivation parse(String text, String source) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.length() > DerivationLimits.MAX_CHARACTERS) {
            throw new BadInputException("the derivation file is too large (" + text.length()
                    + " characters; at most " + DerivationLimits.MAX_CHARACTERS + ")", source);
        }
        List<String> lines = Arrays.asList(text.split("\r\n|\r|\n", -1));
        List<Assignment> assignments = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = withoutComment(lines.get(n));
            if (isIgnored(line.strip())) {
                continue;
            }
            Position at = Position.in(source, lines, n + 1, 0);
            if (line.length() > DerivationLimits.MAX_LINE_LENGTH) {
                throw new BadInputException("line is too long (" + line.length() + " characters; at most "
                        + DerivationLimits.MAX_LINE_LENGTH + ")", at);
            }
            for (Formula f : Parser.formula(line, at)) {
                assignments.add(new Assignment(f.name(), f.expression(), f.expressionText(), n + 1, f.column()));
            }
            if (assignments.size() > DerivationLimits.MAX_ASSIGNMENTS) {
                throw new BadInputException("too many assignments (at most " + DerivationLimits.MAX_ASSIGNMENTS
                        + ")", at);
            }
        }
        return new Derivation(source, assignments, lines);
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static boolean isIgnored(String stripped) {
        return stripped.isEmpty()
                || startsWithKeyword(stripped, "def")
                || startsWithKeyword(stripped, "return");
    }

    private static boolean startsWithKeyword(String stripped, String keyword) {
        if (!stripped.startsWith(keyword)) {
            return false;
        }
        if (stripped.length() == keyword.length()) {
            return true;
        }
        char after = stripped.charAt(keyword.length());
        return !Character.isLetterOrDigit(after) && after != '_';
    }
}
