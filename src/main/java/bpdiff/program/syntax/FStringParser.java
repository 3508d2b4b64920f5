package bpdiff.program.syntax;

import bpdiff.program.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the raw text of an f-string into literal parts and {@code {expression=!conversion:spec}} fields as
 * CPython 3.11 does: {@code {{} and {@code }}} are braces, a literal part's escapes are decoded (not in an
 * {@code rf}-string), a field's expression is parsed as if it stood in parentheses at its place in the file, and
 * {@code {x=}} writes its own text before the value, as {@code repr} unless a conversion or spec is given.
 */
final class FStringParser {

    /**
     * The parts of one f-string.
     *
     * @param parts {@link Expr.Str} and {@link Expr.FormattedValue} parts in order
     */
    record Parts(List<Object> parts) {}

    private final String source;
    private final List<Problem> problems;
    private final LineMap lines;

    /**
     * @param source the file name used in messages
     * @param problems where syntax errors inside the braces are added
     * @param lines the lines of the whole program, to place the fields' tokens
     */
    FStringParser(String source, List<Problem> problems, LineMap lines) {
        this.source = source;
        this.problems = problems;
        this.lines = lines;
    }

    /**
     * The parts of one f-string token.
     *
     * @param token an f-string; its text is the raw content between the quotes
     * @return its parts
     */
    Parts parts(Token token) {
        return new Parts(parts(token, 0, token.text().length(), true));
    }

    /**
     * The parts of the text between {@code from} and {@code to}: the whole f-string, or a format spec, whose fields
     * hold no further field in their spec (CPython's "f-string: expressions nested too deeply").
     */
    private List<Object> parts(Token token, int from, int to, boolean outer) {
        String raw = token.text().substring(0, to);
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = from;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\\' && !token.raw() && i + 1 < raw.length()) {
                // an escape is decoded with its literal part; \N{…} holds braces that are no field
                int end = raw.startsWith("N{", i + 1) && raw.indexOf('}', i) > 0 ? raw.indexOf('}', i) + 1 : i + 2;
                literal.append(raw, i, end);
                i = end;
            } else if ((c == '{' || c == '}') && i + 1 < raw.length() && raw.charAt(i + 1) == c) {
                literal.append(c);
                i += 2;
            } else if (c == '{') {
                int close = closingBrace(raw, i + 1);
                if (close < 0) {
                    throw new ParseError("syntax error: the '{' in the f-string is never closed", at(token, i), false);
                }
                flush(literal, parts, token);
                field(token, i + 1, close, parts, outer);
                i = close + 1;
            } else if (c == '}') {
                throw new ParseError("syntax error: single '}' is not allowed in an f-string", at(token, i), false);
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
            String value;
            try {
                value = token.raw() ? literal.toString().replace("\r\n", "\n").replace('\r', '\n')
                        : Escapes.decode(literal.toString(), false);
            } catch (IllegalArgumentException e) {
                throw new ParseError("syntax error: " + e.getMessage() + " in the string", token, false);
            }
            parts.add(new Expr.Str(value, Span.of(token, token)));
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
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    /** Adds the parts of the field between {@code from} and {@code to}. */
    private void field(Token token, int from, int to, List<Object> parts, boolean outer) {
        String inner = token.text().substring(from, to);
        int split = topLevel(inner, ':');
        String spec = split < 0 ? "" : inner.substring(split + 1);
        String expression = split < 0 ? inner : inner.substring(0, split);
        String conversion = null;
        int bang = topLevel(expression, '!');
        if (bang >= 0) {
            conversion = expression.substring(bang + 1);
            expression = expression.substring(0, bang);
            if (!conversion.equals("r") && !conversion.equals("s") && !conversion.equals("a")) {
                throw new ParseError("syntax error: f-string: invalid conversion character '" + conversion
                        + "': expected 's', 'r', or 'a'", at(token, from + bang), false);
            }
        }
        String stripped = expression.stripTrailing();
        if (stripped.endsWith("=") && !stripped.endsWith("==") && !stripped.endsWith("!=")
                && !stripped.endsWith("<=") && !stripped.endsWith(">=")) {
            // {x=}: the text, then the value as repr unless a conversion or spec says otherwise
            parts.add(new Expr.Str(expression, Span.of(token, token)));
            expression = stripped.substring(0, stripped.length() - 1);
            if (conversion == null && spec.isEmpty()) {
                conversion = "r";
            }
        }
        if (expression.isBlank()) {
            throw new ParseError("syntax error: an f-string field has no expression ('{}')", at(token, from), false);
        }
        if (expression.indexOf('\\') >= 0 || expression.indexOf('#') >= 0) {
            throw new ParseError("syntax error: an f-string expression cannot hold '"
                    + (expression.indexOf('\\') >= 0 ? "\\" : "#") + "'", at(token, from), false);
        }
        List<Object> specParts = List.of();
        if (spec.indexOf('{') >= 0) {
            if (!outer) {
                throw new ParseError("syntax error: f-string: expressions nested too deeply", at(token, from), false);
            }
            specParts = parts(token, from + split + 1, to, false);
            spec = "";
        }
        parts.add(new Expr.FormattedValue(expression(token, from, expression), conversion, spec, specParts));
    }

    /** The first {@code c} outside brackets and strings, −1 if none ({@code !=} is no conversion). */
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

    /** Parses the expression of a field as {@code (expression)} at its place in the file. */
    private Expr expression(Token token, int from, String text) {
        String wrapped = "(" + text + ")";
        int base = token.contentStart() + from - 1;
        LineMap inner = new LineMap(wrapped);
        List<Problem> found = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Token t : Lexer.tokenize(wrapped, source, found)) {
            if (t.start() < 1 || t.end() > wrapped.length() - 1 || t.kind() == TokenKind.NEWLINE
                    || t.kind() == TokenKind.END || t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT) {
                continue;
            }
            int start = base + t.start();
            tokens.add(new Token(t.kind(), t.text(), lines.line(start), lines.column(start), start, base + t.end(),
                    t.fString(), t.raw(), t.fString() ? base + t.contentStart() : -1));
        }
        int end = base + wrapped.length() - 1;
        tokens.add(Token.of(TokenKind.NEWLINE, "", lines.line(end), lines.column(end), end, end));
        tokens.add(Token.of(TokenKind.END, "", lines.line(end), lines.column(end), end, end));
        for (Problem p : found) {
            int offset = base + inner.offset(p.line(), p.column());
            problems.add(new Problem(p.kind(), p.message(), source, lines.line(offset), lines.column(offset)));
        }
        TokenCursor cursor = new TokenCursor(tokens);
        ExpressionParser parser = new ExpressionParser(cursor, this);
        Expr value = cursor.peek().isKeyword("yield") ? parser.yieldExpression() : parser.starExpressions();
        if (cursor.peek().kind() != TokenKind.NEWLINE) {
            throw new ParseError("syntax error: unexpected " + cursor.peek().describe() + " in the f-string field",
                    cursor.peek(), false);
        }
        return value;
    }

    private Token at(Token token, int index) {
        int offset = token.contentStart() + index;
        return Token.of(TokenKind.OP, "{", lines.line(offset), lines.column(offset), offset, offset + 1);
    }
}
