package bpdiff.program.syntax;

import bpdiff.program.Problem;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a Python program into tokens as CPython 3.11's tokenizer does (Language Reference, "Lexical
 * analysis"; Lib/tokenize.py). A logical line ends at a line break ({@code \n}, {@code \r\n} or {@code \r})
 * outside brackets and not after a backslash, with a NEWLINE token at the break. A line holding only
 * whitespace and/or a comment is blank wherever it stands and makes no token. At the first token of each
 * logical line its indentation (tabs to the next multiple of 8, a form feed back to column 0) is compared
 * with a stack of columns ({@link IndentStack}): INDENT before a deeper line, one DEDENT per closed block
 * before a shallower one. Inside brackets and after a backslash there is no layout.
 *
 * <p>Positions are those of {@code tokenize}: INDENT at column 1 of its line, DEDENT at the first token of the
 * line, NEWLINE at the line break (at the end of the text when the last line has none), the DEDENTs at the end
 * of the file on the line after the last one (on the last line itself when that line holds only blanks and no
 * line break, as {@code tokenize} counts it).
 *
 * <p>Every problem is recorded and lexing goes on, so that all syntax errors of a file are reported at once.
 * When the file's brackets do not balance, a line inside brackets that surely starts a statement ends them
 * ({@link BracketRecovery}), so that the errors below are found too. Full-width punctuation that Chinese
 * keyboards type ({@code ，（）：}) is named as such.
 */
public final class Lexer {

    /** Operators and delimiters, longest first so that {@code **=} wins over {@code **} and {@code *}. */
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "@=",
        "&=", "|=", "^=", "->", ":=", "<<", ">>", "+", "-", "*", "/", "%", "@", "<", ">", "=", "(", ")", "[",
        "]", "{", "}", ",", ":", ".", ";", "~", "&", "|", "^"
    };

    private static final Map<Character, String> FULL_WIDTH = Map.of(
            '，', ",", '（', "(", '）', ")", '：', ":", '；', ";", '“', "\"", '”', "\"", '‘', "'",
            '’', "'", '＝', "=");

    private final String text;
    private final String source;
    private final List<Problem> problems;
    private final boolean recover;
    private final List<Token> tokens = new ArrayList<>();
    private final IndentStack indents = new IndentStack();
    private final Deque<Token> brackets = new ArrayDeque<>();
    /** The indentation of the logical line the outermost open bracket is on. */
    private int bracketLineIndent;
    private int lineIndent;
    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean logicalLineStart = true;
    private boolean unbalanced;

    private Lexer(String text, String source, List<Problem> problems, boolean recover) {
        this.text = text;
        this.source = source;
        this.problems = problems;
        this.recover = recover;
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
        List<Problem> found = new ArrayList<>();
        Lexer lexer = new Lexer(text, source, found, false);
        lexer.run();
        if (lexer.unbalanced) {
            found.clear();
            lexer = new Lexer(text, source, found, true);
            lexer.run();
        }
        problems.addAll(found);
        return lexer.tokens;
    }

    private void run() {
        while (pos < text.length()) {
            if (logicalLineStart) {
                logicalLineStart = false;
                if (!indentation()) {
                    continue;
                }
            }
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                lineBreak();
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '\\') {
                continuation();
            } else if (c >= '0' && c <= '9' || c == '.' && pos + 1 < text.length()
                    && text.charAt(pos + 1) >= '0' && text.charAt(pos + 1) <= '9') {
                number();
            } else if (isNameStart(text.codePointAt(pos))) {
                nameOrString();
            } else if (c == '"' || c == '\'') {
                string(pos, pos, "");
            } else {
                operator();
            }
        }
        finish();
    }

    /** Measures the indentation of a line that may start a logical line; false if the line is blank (skipped). */
    private boolean indentation() {
        int col = 0;
        int altcol = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                altcol++;
            } else if (c == '\f') {
                col = 0;
                altcol = 0;
            } else {
                break;
            }
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '#') {
            skipComment();
        }
        if (pos >= text.length()) {
            return false;
        }
        char c = text.charAt(pos);
        if (c == '\n' || c == '\r') {
            skipLineBreak();
            logicalLineStart = true;
            return false;
        }
        IndentStack.Step step = indents.step(col, altcol);
        if (step.change() > 0) {
            tokens.add(Token.of(TokenKind.INDENT, text.substring(lineStart, pos), line, 1, lineStart, pos));
        }
        for (int k = 0; k < -step.change(); k++) {
            add(TokenKind.DEDENT, "", pos, pos);
        }
        if (step.error() != null) {
            problem(step.error(), line, column(pos));
        }
        lineIndent = col;
        return true;
    }

    private void lineBreak() {
        if (brackets.isEmpty()) {
            add(TokenKind.NEWLINE, "\n", pos, pos + (text.startsWith("\r\n", pos) ? 2 : 1));
            logicalLineStart = true;
        } else if (recover && BracketRecovery.startsNewStatement(text, pos, bracketLineIndent)) {
            closeBrackets();
            Token last = tokens.get(tokens.size() - 1);
            // the statement ends where its last token does, so that the parser's complaint is on its line
            tokens.add(Token.of(TokenKind.NEWLINE, "\n", last.line(), last.column() + last.end() - last.start(),
                    last.end(), last.end()));
            logicalLineStart = true;
        }
        skipLineBreak();
    }

    private void continuation() {
        if (pos + 1 < text.length() && (text.charAt(pos + 1) == '\n' || text.charAt(pos + 1) == '\r')) {
            pos++;
            skipLineBreak();
        } else {
            problem(pos + 1 >= text.length() ? "syntax error: the file ends right after a backslash"
                    : "syntax error: a backslash continues a line only at its very end", line, column(pos));
            pos++;
        }
    }

    /** Steps over one line break (\n, \r or \r\n) and starts the next line. */
    private void skipLineBreak() {
        pos += text.startsWith("\r\n", pos) ? 2 : 1;
        line++;
        lineStart = pos;
    }

    /** Moves to {@code end}, counting the line breaks on the way (inside a string). */
    private void advanceTo(int end) {
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                skipLineBreak();
            } else {
                pos++;
            }
        }
    }

    private void skipComment() {
        while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
    }

    private void number() {
        NumberScanner.Scan scan = NumberScanner.scan(text, pos);
        if (scan.error() != null) {
            problem("syntax error: " + scan.error(), line, column(pos));
        }
        add(TokenKind.NUMBER, text.substring(pos, scan.end()), pos, scan.end());
        pos = scan.end();
    }

    private void nameOrString() {
        int start = pos;
        pos += Character.charCount(text.codePointAt(pos));
        while (pos < text.length() && isNamePart(text.codePointAt(pos))) {
            pos += Character.charCount(text.codePointAt(pos));
        }
        String word = text.substring(start, pos);
        if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')
                && StringScanner.isPrefix(word)) {
            string(start, pos, word.toLowerCase(Locale.ROOT));
            return;
        }
        boolean ascii = word.chars().allMatch(ch -> ch < 128);
        add(TokenKind.NAME, ascii ? word : Normalizer.normalize(word, Normalizer.Form.NFKC), start, pos);
    }

    /** Reads a string literal whose quote is at {@code quote} and whose prefix starts at {@code start}. */
    private void string(int start, int quote, String prefix) {
        int startLine = line;
        int startColumn = column(start);
        StringScanner.Scan scan = StringScanner.scan(text, quote);
        if (!scan.closed()) {
            problem(Parser.UNCLOSED_STRING + " (add " + scan.delimiter() + ")", startLine, startColumn);
        }
        advanceTo(scan.end());
        String content = text.substring(scan.contentStart(), scan.contentEnd());
        boolean raw = prefix.contains("r");
        if (prefix.contains("f")) {
            tokens.add(new Token(TokenKind.STRING, content, startLine, startColumn, start, scan.end(), true, raw,
                    scan.contentStart()));
            return;
        }
        boolean bytes = prefix.contains("b");
        String value = content;
        try {
            value = raw ? content.replace("\r\n", "\n").replace('\r', '\n') : Escapes.decode(content, bytes);
        } catch (IllegalArgumentException e) {
            problem("syntax error: " + e.getMessage() + " in the string", startLine, startColumn);
        }
        if (bytes && !content.chars().allMatch(ch -> ch < 128)) {
            problem("syntax error: bytes can only contain ASCII literal characters", startLine, startColumn);
        }
        tokens.add(Token.of(bytes ? TokenKind.BYTES : TokenKind.STRING, value, startLine, startColumn, start,
                scan.end()));
    }

    private void operator() {
        int column = column(pos);
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
        int length = Character.charCount(text.codePointAt(pos));
        // a control character (a NUL byte, an escape) is named by its code, so that the message stays one line of text
        String shown = Character.isISOControl(c) ? String.format(java.util.Locale.ROOT, "\\x%02x", (int) c)
                : text.substring(pos, pos + length);
        problem("syntax error: unexpected character '" + shown + "'", line, column);
        pos += length;
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
                unbalanced = true;
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
                unbalanced = true;
                problem("syntax error: '" + op + "' does not match the '" + open.text() + "' at line " + open.line()
                        + ", column " + open.column() + " (write '" + expected + "')", token.line(), token.column());
            }
        }
    }

    private void closeBrackets() {
        while (!brackets.isEmpty()) {
            Token open = brackets.removeLast();
            problem("syntax error: the '" + open.text() + "' is never closed", open.line(), open.column());
        }
    }

    private void finish() {
        if (!brackets.isEmpty()) {
            unbalanced = true;
            closeBrackets();
        }
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != TokenKind.NEWLINE) {
            add(TokenKind.NEWLINE, "", text.length(), text.length());
        }
        int endLine = line;
        if (!text.isEmpty() && lineStart < text.length() && !isBlank(lineStart, text.length())) {
            endLine++;
        }
        for (int k = indents.depth(); k > 0; k--) {
            tokens.add(Token.of(TokenKind.DEDENT, "", endLine, 1, text.length(), text.length()));
        }
        add(TokenKind.END, "", text.length(), text.length());
    }

    /** Whether the text between two offsets holds only spaces, tabs and form feeds. */
    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    private Token add(TokenKind kind, String value, int start, int end) {
        Token token = Token.of(kind, value, line, column(start), start, end);
        tokens.add(token);
        return token;
    }

    /** The 1-based column of an offset on the current line, in Unicode characters as Python counts them. */
    private int column(int offset) {
        return offset < lineStart ? 1 : text.codePointCount(lineStart, offset) + 1;
    }

    private void problem(String message, int atLine, int column) {
        problems.add(new Problem(Problem.Kind.SYNTAX, message, source, atLine, column));
    }

    private static boolean isNameStart(int c) {
        return c == '_' || c < 128 ? c == '_' || Character.isLetter(c) : Character.isUnicodeIdentifierStart(c);
    }

    private static boolean isNamePart(int c) {
        return c < 128 ? c == '_' || Character.isLetterOrDigit(c)
                : Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }
}
