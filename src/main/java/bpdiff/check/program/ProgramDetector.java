package bpdiff.check.program;

import java.util.regex.Pattern;

/**
 * Tells a program from a formula list. A formula list has only {@code name = expression} lines (and
 * {@code def}, {@code return} and comments); a program imports, loops, branches, prints, or computes its loss.
 */
public final class ProgramDetector {

    private static final Pattern STATEMENT = Pattern.compile(
            "(?m)^[ \\t]*(import|from|for|while|if|print|class|with|try|elif|else)\\b");
    private static final Pattern LOSS = Pattern.compile(
            "(?m)^[ \\t]*(?:[A-Za-z_][\\w]*[ \\t]*,[ \\t]*)*" + LossNames.group() + "[ \\t]*"
                    + "(?:,[ \\t]*[A-Za-z_][\\w, \\t]*)?(=|\\+=)(?!=)");

    private ProgramDetector() {}

    /**
     * @param text the file's text
     * @return whether to run it as a program
     */
    public static boolean isProgram(String text) {
        return STATEMENT.matcher(text).find() || LOSS.matcher(text).find();
    }
}
