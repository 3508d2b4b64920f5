package bpdiff.program.syntax;

import bpdiff.program.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the raw text of an f-string into literal parts and {@code {expression!conversion:spec}} parts,
 * parsing each expression with its position in the file.
 */
final class FStringParser {

    private final String source;
    private final List<Problem> problems;

    /**
     * @param source the file name used in messages
     * @param problems where syntax errors inside the braces are added
     */
    FStringParser(String source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /**
     * The parts of one f-string token.
     *
     * @param token an f-string; its text is the raw content between the quotes
     * @return {@link Expr.Str} and {@link Expr.FormattedValue} parts in order
     */
    List<Object> parts(Token token) {
        String raw = token.text();
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '{' && i + 1 < raw.length() && raw.charAt(i + 1) == '{'
                    || c == '}' && i + 1 < raw.length() && raw.charAt(i + 1) == '}') {
                literal.append(c);
                i += 2;
            } else if (c == '{') {
                int close = closingBrace(raw, i + 1);
                if (close < 0) {
                    throw new ParseError("syntax error: the '{' in the f-string is never closed", at(token, i), false);
                }
                flush(literal, parts, token);
                parts.add(field(token, i + 1, close));
                i = close + 1;
            } else if (c == '\\' && i + 1 < raw.length()) {
                literal.append(switch (raw.charAt(i + 1)) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> raw.charAt(i + 1);
                });
                i += 2;
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, parts, token);
        return parts;
    }

    private static void flush(StringBuilder literal, List<Object> parts, Token token) {
        if (literal.length() > 0) {
            parts.add(new Expr.Str(literal.toString(), Span.of(token, token)));
            literal.setLength(0);
        }
    }

    /** The offset of the '}' that closes a field starting at {@code from}, skipping brackets and strings. */
    private static int closingBrace(String raw, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0 || c == '}' && depth > 0) {
                depth--;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    private Expr.FormattedValue field(Token token, int from, int to) {
        String inner = token.text().substring(from, to);
        int split = topLevel(inner, ':');
        String spec = split < 0 ? "" : inner.substring(split + 1);
        String expression = split < 0 ? inner : inner.substring(0, split);
        String conversion = null;
        int bang = topLevel(expression, '!');
        if (bang >= 0 && bang + 1 < expression.length() && expression.charAt(bang + 1) != '=') {
            conversion = expression.substring(bang + 1).strip();
            expression = expression.substring(0, bang);
        }
        if (expression.endsWith("=")) {
            expression = expression.substring(0, expression.length() - 1);
        }
        if (expression.isBlank()) {
            throw new ParseError("syntax error: an f-string field has no expression ('{}')", at(token, from), false);
        }
        return new Expr.FormattedValue(expression(token, from, expression), conversion, spec);
    }

    /** The first {@code c} outside brackets and strings, −1 if none. */
    private static int topLevel(String text, char c) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char d = text.charAt(i);
            if (quote != 0) {
                if (d == quote) {
                    quote = 0;
                }
            } else if (d == '\'' || d == '"') {
                quote = d;
            } else if (d == '(' || d == '[' || d == '{') {
                depth++;
            } else if (d == ')' || d == ']' || d == '}') {
                depth--;
            } else if (d == c && depth == 0 && !(c == '!' && i + 1 < text.length() && text.charAt(i + 1) == '=')) {
                return i;
            }
        }
        return -1;
    }

    /** Parses the expression of a field, its tokens moved to where they are in the file. */
    private Expr expression(Token token, int from, String text) {
        List<Problem> inner = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int offset = token.contentStart() + from;
        int column = token.column() + (token.contentStart() - token.start()) + from;
        for (Token t : Lexer.tokenize(text.replace('\n', ' ').replace('\r', ' '), source, inner)) {
            if (t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT) {
                continue;
            }
            tokens.add(new Token(t.kind(), t.text(), token.line(), column + t.column() - 1, offset + t.start(),
                    offset + t.end(), t.fString(), t.raw(), t.contentStart()));
        }
        for (Problem p : inner) {
            problems.add(new Problem(p.kind(), p.message(), source, token.line(), column + p.column() - 1));
        }
        TokenCursor cursor = new TokenCursor(tokens);
        Expr value = new ExpressionParser(cursor, this).test();
        if (cursor.peek().kind() != TokenKind.NEWLINE && cursor.peek().kind() != TokenKind.END) {
            throw new ParseError("syntax error: unexpected " + cursor.peek().describe() + " in the f-string field",
                    cursor.peek(), false);
        }
        return value;
    }

    private static Token at(Token token, int index) {
        int offset = token.contentStart() + index;
        int column = token.column() + (token.contentStart() - token.start()) + index;
        return Token.of(TokenKind.OP, "{", token.line(), column, offset, offset + 1);
    }
}
