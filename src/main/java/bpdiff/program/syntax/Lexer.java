package bpdiff.program.syntax;

import bpdiff.program.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Splits a Python program into tokens, with Python's rules for lines and blocks: a logical line ends at a
 * line break outside brackets and not after a backslash; its indentation opens ({@code INDENT}) and closes
 * ({@code DEDENT}) blocks; blank and comment-only lines do not count.
 *
 * <p>Every problem is recorded and lexing goes on, so that all syntax errors of a file are reported at
 * once. Full-width punctuation that Chinese keyboards type ({@code ，（）：}) is named as such.
 */
public final class Lexer {

    /** Operators and delimiters, longest first so that {@code **=} wins over {@code **} and {@code *}. */
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "@=",
        "&=", "|=", "^=", "->", ":=", "<<", ">>", "+", "-", "*", "/", "%", "@", "<", ">", "=", "(", ")", "[",
        "]", "{", "}", ",", ":", ".", ";", "~", "&", "|", "^"
    };

    private static final Map<Character, String> FULL_WIDTH = Map.of(
            '，', ",", '（', "(", '）', ")", '：', ":", '；', ";", '“', "\"", '”', "\"", '‘', "'", '’', "'",
            '＝', "=");

    private final String text;
    private final String source;
    private final List<Problem> problems;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private final Deque<Token> brackets = new ArrayDeque<>();
    /** The indentation of the logical line the outermost open bracket is on. */
    private int bracketLineIndent;
    private int lineIndent;
    private int pos;
    private int line = 1;
    private int lineStart;

    private Lexer(String text, String source, List<Problem> problems) {
        this.text = text;
        this.source = source;
        this.problems = problems;
        indents.push(0);
    }

    /**
     * Tokenizes a program.
     *
     * @param text the program's text
     * @param source the file name used in messages
     * @param problems where syntax errors are added
     * @return the tokens, ending with {@link TokenKind#END}
     */
    public static List<Token> tokenize(String text, String source, List<Problem> problems) {
        Lexer lexer = new Lexer(text, source, problems);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        boolean atLineStart = true;
        while (pos < text.length()) {
            if (atLineStart && brackets.isEmpty()) {
                atLineStart = false;
                if (!indentation()) {
                    atLineStart = true; // a blank or comment-only line: the next line's indentation is measured
                    continue;
                }
            }
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                if (!brackets.isEmpty() && startsNewStatement(pos)) {
                    closeBrackets();
                    Token last = tokens.get(tokens.size() - 1);
                    // the statement ends where its last token does, so that the parser's complaint is on its line
                    tokens.add(Token.of(TokenKind.NEWLINE, "\n", last.line(), last.column() + last.end() - last.start(),
                            last.end(), last.end()));
                    atLineStart = true;
                } else if (brackets.isEmpty()) {
                    add(TokenKind.NEWLINE, "\n", pos, pos);
                    atLineStart = true;
                }
                newline();
                skipLineBreak();
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '\\') {
                continuation();
            } else if (Character.isDigit(c) || c == '.' && pos + 1 < text.length()
                    && Character.isDigit(text.charAt(pos + 1))) {
                number();
            } else if (isNameStart(c)) {
                nameOrString();
            } else if (c == '"' || c == '\'') {
                string(pos, pos, false, false);
            } else {
                operator();
            }
        }
        finish();
    }

    /** Measures a line's indentation; returns false if the line is blank or a comment (skipped). */
    private boolean indentation() {
        int width = 0;
        int start = pos;
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t'
                || text.charAt(pos) == '\f')) {
            width = text.charAt(pos) == '\t' ? (width / 8 + 1) * 8 : width + 1;
            pos++;
        }
        if (pos >= text.length()) {
            return false;
        }
        char c = text.charAt(pos);
        if (c == '#') {
            skipComment();
            if (pos < text.length()) {
                newline();
                skipLineBreak();
            }
            return false;
        }
        if (c == '\n' || c == '\r') {
            newline();
            skipLineBreak();
            return false;
        }
        if (c == '\\' && isLineBreakAt(pos + 1)) {
            return true;
        }
        lineIndent = width;
        if (width > indents.peek()) {
            indents.push(width);
            add(TokenKind.INDENT, "", start, pos);
        } else {
            while (width < indents.peek()) {
                indents.pop();
                add(TokenKind.DEDENT, "", pos, pos);
            }
            if (width != indents.peek()) {
                problem("syntax error: this line's indentation matches no enclosing block (unindent does not "
                        + "match any outer indentation level)", line, pos - lineStart + 1);
                indents.push(width);
            }
        }
        return true;
    }

    private void continuation() {
        if (isLineBreakAt(pos + 1)) {
            pos++;
            newline();
            skipLineBreak();
        } else {
            problem("syntax error: a backslash continues a line only at its very end", line, pos - lineStart + 1);
            pos++;
        }
    }

    private boolean isLineBreakAt(int at) {
        return at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r');
    }

    /** Steps over one line break (\n, \r or \r\n) and starts the next line. */
    private void skipLineBreak() {
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        lineStart = pos;
    }

    /** Counts the line that the current line break ends. */
    private void newline() {
        line++;
    }

    private void skipComment() {
        while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
    }

    private void number() {
        int start = pos;
        boolean hex = text.startsWith("0x", pos) || text.startsWith("0X", pos);
        if (hex) {
            pos += 2;
            while (pos < text.length() && (Character.digit(text.charAt(pos), 16) >= 0 || text.charAt(pos) == '_')) {
                pos++;
            }
        } else {
            digits();
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                digits();
            }
            if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                int exponent = pos + 1;
                if (exponent < text.length() && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
                    exponent++;
                }
                if (exponent < text.length() && Character.isDigit(text.charAt(exponent))) {
                    pos = exponent;
                    digits();
                }
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'j' || text.charAt(pos) == 'J')) {
            pos++;
            problem("complex numbers are not supported", line, start - lineStart + 1);
        } else if (pos < text.length() && isNameStart(text.charAt(pos))) {
            problem("syntax error: invalid number: a name cannot start with a digit", line, start - lineStart + 1);
            while (pos < text.length() && isNamePart(text.charAt(pos))) {
                pos++;
            }
        }
        add(TokenKind.NUMBER, text.substring(start, pos), start, pos);
    }

    private void digits() {
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
    }

    private void nameOrString() {
        int start = pos;
        while (pos < text.length() && isNamePart(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'') && word.length() <= 2
                && word.toLowerCase(java.util.Locale.ROOT).matches("[rbuf]|rb|br|fr|rf")) {
            String prefix = word.toLowerCase(java.util.Locale.ROOT);
            string(start, pos, prefix.contains("r"), prefix.contains("f"));
            return;
        }
        add(TokenKind.NAME, word, start, pos);
    }

    /** Reads a string literal whose quote is at {@code quote} and whose prefix starts at {@code start}. */
    private void string(int start, int quote, boolean raw, boolean formatted) {
        int startLine = line;
        int startColumn = start - lineStart + 1;
        char q = text.charAt(quote);
        boolean triple = text.startsWith(String.valueOf(q).repeat(3), quote);
        String delimiter = triple ? String.valueOf(q).repeat(3) : String.valueOf(q);
        pos = quote + delimiter.length();
        int contentStart = pos;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length() || !triple && isLineBreakAt(pos)) {
                problem("syntax error: the string is not closed (add " + delimiter + ")", startLine, startColumn);
                break;
            }
            if (text.startsWith(delimiter, pos)) {
                break;
            }
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                if (raw || formatted) {
                    value.append(c).append(text.charAt(pos + 1));
                } else {
                    value.append(escape(text.charAt(pos + 1)));
                }
                if (isLineBreakAt(pos + 1)) {
                    pos++;
                    newline();
                    skipLineBreak();
                    continue;
                }
                pos += 2;
            } else {
                if (isLineBreakAt(pos)) {
                    newline();
                    int before = pos;
                    skipLineBreak();
                    value.append(text, before, pos);
                    continue;
                }
                value.append(c);
                pos++;
            }
        }
        int contentEnd = Math.min(pos, text.length());
        pos = Math.min(text.length(), pos + delimiter.length());
        if (formatted) {
            tokens.add(new Token(TokenKind.STRING, text.substring(contentStart, contentEnd), startLine, startColumn,
                    start, pos, true, contentStart));
        } else {
            tokens.add(new Token(TokenKind.STRING, value.toString(), startLine, startColumn, start, pos, false, -1));
        }
    }

    private static String escape(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '0' -> "\0";
            case '\\' -> "\\";
            case '\'' -> "'";
            case '"' -> "\"";
            default -> "\\" + c;
        };
    }

    private void operator() {
        int column = pos - lineStart + 1;
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                Token token = add(TokenKind.OP, op, pos, pos + op.length());
                pos += op.length();
                bracket(token);
                return;
            }
        }
        char c = text.charAt(pos);
        String ascii = FULL_WIDTH.get(c);
        if (ascii != null) {
            problem("syntax error: '" + c + "' is a full-width character; write '" + ascii + "'", line, column);
            Token token = add(TokenKind.OP, ascii, pos, pos + 1);
            pos++;
            bracket(token);
            return;
        }
        problem("syntax error: unexpected character '" + c + "'", line, column);
        pos++;
    }

    private void bracket(Token token) {
        String op = token.text();
        if (op.equals("(") || op.equals("[") || op.equals("{")) {
            if (brackets.isEmpty()) {
                bracketLineIndent = lineIndent;
            }
            brackets.push(token);
        } else if (op.equals(")") || op.equals("]") || op.equals("}")) {
            if (brackets.isEmpty()) {
                problem("syntax error: '" + op + "' closes no bracket", token.line(), token.column());
                return;
            }
            Token open = brackets.pop();
            String expected = switch (open.text()) {
                case "(" -> ")";
                case "[" -> "]";
                default -> "}";
            };
            if (!expected.equals(op)) {
                problem("syntax error: '" + op + "' does not match the '" + open.text() + "' at line " + open.line()
                        + ", column " + open.column() + " (write '" + expected + "')", token.line(), token.column());
            }
        }
    }

    /**
     * Whether the line after the line break at {@code at}, inside open brackets, is surely a new statement
     * and not a continuation: indented no deeper than the line the brackets opened on, closing none of them,
     * and starting with a statement keyword or {@code name =}. Then the brackets are reported as never
     * closed and lexing goes on from that line, so that the errors below it are found too.
     */
    private boolean startsNewStatement(int at) {
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
        return stripped.matches("(def|if|for|while|return|import|from|class|elif|else|print)\\b.*")
                || stripped.matches("[A-Za-z_][A-Za-z_0-9]*(\\s*,\\s*[A-Za-z_][A-Za-z_0-9]*)*\\s*([-+*/]?=)(?!=).*");
    }

    private void closeBrackets() {
        while (!brackets.isEmpty()) {
            Token open = brackets.removeLast();
            problem("syntax error: the '" + open.text() + "' is never closed", open.line(), open.column());
        }
    }

    private void finish() {
        closeBrackets();
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != TokenKind.NEWLINE) {
            add(TokenKind.NEWLINE, "\n", text.length(), text.length());
        }
        while (indents.size() > 1) {
            indents.pop();
            add(TokenKind.DEDENT, "", text.length(), text.length());
        }
        add(TokenKind.END, "", text.length(), text.length());
    }

    private Token add(TokenKind kind, String value, int start, int end) {
        int column = start - lineStart + 1;
        Token token = Token.of(kind, value, line, Math.max(1, column), start, end);
        tokens.add(token);
        return token;
    }

    private void problem(String message, int atLine, int column) {
        problems.add(new Problem(Problem.Kind.SYNTAX, message, source, atLine, column));
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
