package bpdiff.program.syntax;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT}, with {@code match} and
 * {@code case} soft keywords (names anywhere else). The statement is parsed in full, patterns included, and becomes
 * a {@link Stmt.Unsupported}; the names its patterns capture and its blocks bind are kept, so that their uses are
 * no error.
 * <pre>
 * case_block: "case" patterns guard? ':' block             patterns: open_sequence_pattern | pattern
 * pattern: or_pattern ['as' NAME]                           or_pattern: '|'.closed_pattern+
 * closed_pattern: literal | NAME | dotted_name | dotted_name '(' [pattern | NAME '=' pattern, …] ')'
 *               | '(' [patterns] ')' | '[' [patterns] ']'
 *               | '{' [(literal | dotted_name) ':' pattern | '**' NAME, …] '}'
 *               | '*' NAME (in a sequence)
 * </pre>
 */
final class MatchParser {

    private final Parser parser;
    private final TokenCursor in;
    private final ExpressionParser expressions;

    /**
     * @param parser the statement parser, for the blocks
     * @param in the tokens
     * @param expressions the expression parser
     */
    MatchParser(Parser parser, TokenCursor in, ExpressionParser expressions) {
        this.parser = parser;
        this.in = in;
        this.expressions = expressions;
    }

    /** @return whether a match statement starts at the current {@code match} name, reading no further */
    boolean startsHere() {
        int save = in.position();
        Boolean header = parser.attempt(() -> {
            in.next();
            expressions.starNamedExpressions();
            return in.peek().is(":") && in.peek(1).kind() == TokenKind.NEWLINE
                    && in.peek(2).kind() == TokenKind.INDENT && in.peek(3).isKeyword("case");
        });
        in.reset(save);
        return Boolean.TRUE.equals(header);
    }

    /** @return the match statement, parsed and refused */
    Stmt statement() {
        Token match = in.next();
        expressions.starNamedExpressions();
        in.expect(":", "at the end of the 'match' line");
        in.expect(TokenKind.NEWLINE, "the end of the line after 'match …:'");
        in.expect(TokenKind.INDENT, "an indented 'case' block");
        Set<String> bound = new LinkedHashSet<>();
        while (in.peek().isKeyword("case")) {
            in.next();
            patterns(bound);
            if (in.acceptKeyword("if")) {
                expressions.namedExpression();
            }
            bound.addAll(BoundNames.of(parser.block("case")));
        }
        if (in.peek().kind() != TokenKind.END) {
            in.expect(TokenKind.DEDENT, "another 'case' or the end of the 'match' block");
        }
        parser.salvage(bound);
        return new Stmt.Unsupported(Constructs.MATCH, Span.of(match, match));
    }

    /** {@code patterns: open_sequence_pattern | pattern}. */
    private void patterns(Set<String> bound) {
        do {
            if (in.peek().is(":") || in.peek().isKeyword("if")) {
                break;
            }
            pattern(bound);
        } while (in.accept(","));
    }

    /** {@code pattern: or_pattern ['as' NAME]}. */
    private void pattern(Set<String> bound) {
        closedPattern(bound);
        while (in.accept("|")) {
            closedPattern(bound);
        }
        if (in.acceptKeyword("as")) {
            bound.add(in.expectName("a name after 'as'").text());
        }
    }

    private void closedPattern(Set<String> bound) {
        Token t = in.peek();
        if (t.is("*")) {
            in.next();
            bound.add(in.expectName("a name after '*'").text());
        } else if (t.is("-") || t.kind() == TokenKind.NUMBER) {
            in.accept("-");
            in.expect(TokenKind.NUMBER, "a number");
            if (in.accept("+") || in.accept("-")) {
                in.expect(TokenKind.NUMBER, "the imaginary part of a complex number");
            }
        } else if (t.kind() == TokenKind.STRING || t.kind() == TokenKind.BYTES) {
            while (in.peek().kind() == TokenKind.STRING || in.peek().kind() == TokenKind.BYTES) {
                in.next();
            }
        } else if (t.isKeyword("None") || t.isKeyword("True") || t.isKeyword("False")) {
            in.next();
        } else if (Keywords.isName(t)) {
            valueOrClassPattern(bound);
        } else if (t.is("(") || t.is("[")) {
            String close = t.is("(") ? ")" : "]";
            in.next();
            while (!in.peek().is(close)) {
                pattern(bound);
                if (!in.accept(",")) {
                    break;
                }
            }
            in.expect(close, "to close the pattern");
        } else if (t.is("{")) {
            mappingPattern(bound);
        } else {
            throw new ParseError("syntax error: expected a pattern, found " + t.describe(), t, false);
        }
    }

    /** A capture name, a dotted value, or a class pattern {@code Name(p, k=p)}. */
    private void valueOrClassPattern(Set<String> bound) {
        Token first = in.next();
        boolean dotted = false;
        while (in.accept(".")) {
            in.expectName("a name after '.'");
            dotted = true;
        }
        if (in.accept("(")) {
            while (!in.peek().is(")")) {
                if (Keywords.isName(in.peek()) && in.peek(1).is("=")) {
                    in.next();
                    in.next();
                }
                pattern(bound);
                if (!in.accept(",")) {
                    break;
                }
            }
            in.expect(")", "to close the class pattern");
        } else if (!dotted && !first.text().equals("_")) {
            bound.add(first.text());
        }
    }

    /** {@code mapping_pattern: '{' [(literal | value) ':' pattern | '**' NAME, …] '}'}. */
    private void mappingPattern(Set<String> bound) {
        in.next();
        while (!in.peek().is("}")) {
            if (in.accept("**")) {
                bound.add(in.expectName("a name after '**'").text());
            } else {
                closedPattern(new LinkedHashSet<>());
                in.expect(":", "between the key and its pattern");
                pattern(bound);
            }
            if (!in.accept(",")) {
                break;
            }
        }
        in.expect("}", "to close the mapping pattern");
    }
}
