package bpdiff.program.syntax;

/**
 * Where a bracket that is never closed should end, so that the statements below it are still read and their
 * errors found too. Used only when the file's brackets do not balance: in valid Python a line inside brackets
 * is always a continuation, whatever it looks like.
 */
final class BracketRecovery {

    private BracketRecovery() {}

    /**
     * Whether the line after the line break at {@code at}, inside open brackets, is surely a new statement and not
     * a continuation: indented no deeper than the line the brackets opened on, closing none of them, and starting
     * with a statement keyword or {@code name =}.
     *
     * @param text the program
     * @param at the offset of a line break inside brackets
     * @param bracketLineIndent the indentation of the line the outermost open bracket is on
     * @return whether the brackets should be reported as never closed and the next line read as a statement
     */
    static boolean startsNewStatement(String text, int at, int bracketLineIndent) {
        String next = "";
        String stripped = "";
        int from = at + 1;
        while (from <= text.length() && stripped.isEmpty()) {
            int end = text.indexOf('\n', from);
            next = text.substring(Math.min(text.length(), from), end < 0 ? text.length() : end).replace("\r", "");
            stripped = next.stripLeading();
            if (stripped.startsWith("#")) {
                stripped = "";
            }
            from = end < 0 ? text.length() + 1 : end + 1;
        }
        int width = next.length() - stripped.length();
        if (stripped.isEmpty() || width > bracketLineIndent) {
            return false;
        }
        long closers = stripped.chars().filter(ch -> ch == ')' || ch == ']' || ch == '}').count();
        long openers = stripped.chars().filter(ch -> ch == '(' || ch == '[' || ch == '{').count();
        if (closers > openers) {
            return false;
        }
        return stripped.matches("(def|if|for|while|return|import|from|class|elif|else|print|try|with)\\b.*")
                || stripped.matches("[A-Za-z_][A-Za-z_0-9]*(\\s*,\\s*[A-Za-z_][A-Za-z_0-9]*)*\\s*([-+*/]?=)(?!=).*");
    }
}
