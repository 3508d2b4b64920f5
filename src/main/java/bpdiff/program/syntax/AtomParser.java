package bpdiff.program.syntax;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
 * | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'}.
 */
final class AtomParser {

    private static final BigInteger EXACT = BigInteger.TWO.pow(53);

    private final ExpressionParser expressions;
    private final TokenCursor in;
    private final FStringParser fStrings;

    /**
     * @param expressions the parser of the expressions inside
     * @param in the tokens
     * @param fStrings how f-strings are split
     */
    AtomParser(ExpressionParser expressions, TokenCursor in, FStringParser fStrings) {
        this.expressions = expressions;
        this.in = in;
        this.fStrings = fStrings;
    }

    /** @return the atom at the current token */
    Expr atom() {
        Token t = in.peek();
        switch (t.kind()) {
            case NUMBER -> {
                in.next();
                return number(t);
            }
            case STRING, BYTES -> {
                return strings();
            }
            case NAME -> {
                return name(t);
            }
            case OP -> {
                // what a bracket holds is an expression(), which counts the level of nesting
                switch (t.text()) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return list();
                    }
                    case "{" -> {
                        return braces();
                    }
                    case "..." -> {
                        in.next();
                        return new Expr.EllipsisLiteral(Span.of(t, t));
                    }
                    default -> {
                        // the error below
                    }
                }
            }
            default -> {
                // the error below
            }
        }
        throw new ParseError("syntax error: expected an expression, found " + t.describe(), t, false);
    }

    private Expr name(Token t) {
        switch (t.text()) {
            case "True", "False", "None" -> {
                in.next();
                Boolean value = t.text().equals("None") ? null : Boolean.valueOf(t.text().equals("True"));
                return new Expr.Constant(value, Span.of(t, t));
            }
            default -> {
                if (!Keywords.isName(t)) {
                    throw new ParseError("syntax error: expected an expression, found the keyword '" + t.text()
                            + "'", t, false);
                }
                in.next();
                return new Expr.Name(t.text(), Span.of(t, t));
            }
        }
    }

    /** A number: an int up to 2**53, a float; a complex or larger int is parsed and not run. */
    private Expr number(Token t) {
        String text = t.text().replace("_", "").toLowerCase(Locale.ROOT);
        Span span = Span.of(t, t);
        if (text.endsWith("j")) {
            return new Expr.Unsupported(Constructs.COMPLEX, span);
        }
        int radix = text.startsWith("0x") ? 16 : text.startsWith("0o") ? 8 : text.startsWith("0b") ? 2 : 10;
        try {
            if (radix == 10 && (text.contains(".") || text.contains("e"))) {
                return new Expr.Num(Double.parseDouble(text), false, span);
            }
            String digits = (radix == 10 ? text : text.substring(2)).replaceFirst("^0+(?=.)", "");
            if (digits.length() > 64) { // past 2^64 in any base, and a long one would take quadratic time to read
                return new Expr.Unsupported(Constructs.BIG_INTEGER, span);
            }
            BigInteger value = new BigInteger(digits, radix);
            if (value.compareTo(EXACT) > 0) {
                return new Expr.Unsupported(Constructs.BIG_INTEGER, span);
            }
            return new Expr.Num(value.doubleValue(), true, span);
        } catch (NumberFormatException e) {
            // the lexer has reported it
            return new Expr.Num(0, true, span);
        }
    }

    /** {@code strings: STRING+}: adjacent literals joined; str and f-strings mix, bytes only with bytes. */
    private Expr strings() {
        Token first = in.peek();
        List<Token> literals = new ArrayList<>();
        while (in.peek().kind() == TokenKind.STRING || in.peek().kind() == TokenKind.BYTES) {
            literals.add(in.next());
        }
        Span span = in.spanFrom(first);
        long bytes = literals.stream().filter(s -> s.kind() == TokenKind.BYTES).count();
        if (bytes > 0 && bytes < literals.size()) {
            throw new ParseError("syntax error: cannot mix bytes and nonbytes literals", first, false);
        }
        if (bytes > 0) {
            return new Expr.Unsupported(Constructs.BYTES, span);
        }
        List<Object> parts = new ArrayList<>();
        boolean formatted = false;
        for (Token s : literals) {
            if (s.fString()) {
                formatted = true;
                FStringParser.Parts split = fStrings.parts(s);
                parts.addAll(split.parts());
            } else {
                parts.add(new Expr.Str(s.text(), Span.of(s, s)));
            }
        }
        if (!formatted) {
            StringBuilder joined = new StringBuilder();
            parts.forEach(p -> joined.append(((Expr.Str) p).value()));
            return new Expr.Str(joined.toString(), span);
        }
        return new Expr.FString(parts, span);
    }

    /**
     * {@code tuple | group | genexp}: {@code ()}, {@code (x)}, {@code (x, …)}, {@code (x for …)}, {@code (yield)}.
     */
    private Expr parenthesized() {
        Token open = in.next();
        String closing = "to close the '(' at line " + open.line() + ", column " + open.column();
        if (in.accept(")")) {
            return new Expr.TupleExpr(List.of(), in.spanFrom(open));
        }
        if (in.peek().isKeyword("yield")) {
            Expr yield = expressions.yieldExpression();
            in.expect(")", closing);
            return yield;
        }
        Expr first = expressions.starNamedExpression();
        if (startsComprehension(in)) {
            return comprehension(open, first, null, ")");
        }
        if (in.peek().is(")")) {
            Token close = in.next();
            if (first instanceof Expr.Starred) {
                throw new ParseError("syntax error: cannot use starred expression here", open, false);
            }
            return first instanceof Expr.Unsupported ? first : Spans.withSpan(first, Span.of(open, close));
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        while (in.accept(",") && !in.peek().is(")")) {
            elements.add(expressions.starNamedExpression());
        }
        in.expect(")", closing);
        return new Expr.TupleExpr(elements, in.spanFrom(open));
    }

    /** {@code list: '[' [star_named_expressions] ']'} and {@code listcomp: '[' named_expression for_if_clauses ']'}. */
    private Expr list() {
        Token open = in.next();
        List<Expr> elements = new ArrayList<>();
        if (!in.peek().is("]")) {
            Expr first = expressions.starNamedExpression();
            if (startsComprehension(in)) {
                return comprehension(open, first, null, "]");
            }
            elements.add(first);
            while (in.accept(",") && !in.peek().is("]")) {
                elements.add(expressions.starNamedExpression());
            }
        }
        in.expect("]", "to close the '[' at line " + open.line() + ", column " + open.column());
        return new Expr.ListExpr(elements, in.spanFrom(open));
    }

    /** {@code dict | set | dictcomp | setcomp}. */
    private Expr braces() {
        Token open = in.next();
        String closing = "to close the '{' at line " + open.line() + ", column " + open.column();
        if (in.accept("}")) {
            return new Expr.DictExpr(List.of(), List.of(), in.spanFrom(open));
        }
        if (in.peek().is("**")) {
            return dict(open, closing, null);
        }
        Expr first = expressions.starNamedExpression();
        if (in.peek().is(":") && !(first instanceof Expr.Starred)) {
            return dict(open, closing, first);
        }
        if (startsComprehension(in)) {
            return comprehension(open, first, null, "}");
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        while (in.accept(",") && !in.peek().is("}")) {
            elements.add(expressions.starNamedExpression());
        }
        in.expect("}", closing);
        return new Expr.SetExpr(elements, in.spanFrom(open));
    }

    /** {@code dict: '{' [double_starred_kvpairs] '}'} and {@code dictcomp: '{' kvpair for_if_clauses '}'}. */
    private Expr dict(Token open, String closing, Expr firstKey) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        Expr read = firstKey;
        do {
            if (in.peek().is("}")) {
                break;
            }
            if (read == null && in.accept("**")) {
                keys.add(null);
                values.add(expressions.bitwiseOr());
            } else {
                Expr key = read != null ? read : expressions.expression();
                read = null;
                in.expect(":", "between the key and the value");
                Expr value = expressions.expression();
                if (keys.isEmpty() && startsComprehension(in)) {
                    return comprehension(open, key, value, "}");
                }
                keys.add(key);
                values.add(value);
            }
        } while (in.accept(","));
        in.expect("}", closing);
        return new Expr.DictExpr(keys, values, in.spanFrom(open));
    }

    /**
     * @param in the tokens
     * @return whether a comprehension's {@code for} (or {@code async for}) is next
     */
    static boolean startsComprehension(TokenCursor in) {
        return in.peek().isKeyword("for") || in.peek().isKeyword("async") && in.peek(1).isKeyword("for");
    }

    /**
     * {@code for_if_clauses} after the element of a comprehension, then its closing bracket.
     *
     * @param open the opening bracket
     * @param element the element, or a dict comprehension's key
     * @param value a dict comprehension's value, else {@code null}
     * @param close {@code ]} (list), {@code )} (generator) or <code>}</code> (set or dict)
     * @return the comprehension; an {@code async for} in it makes it an {@link Expr.Unsupported}
     */
    Expr comprehension(Token open, Expr element, Expr value, String close) {
        if (element instanceof Expr.Starred) {
            throw new ParseError("syntax error: iterable unpacking cannot be used in comprehension", open, false);
        }
        List<Expr.ForClause> clauses = new ArrayList<>();
        boolean async = false;
        while (startsComprehension(in)) {
            async |= in.acceptKeyword("async");
            in.next();
            Expr target = expressions.starTargets();
            Targets.check(target);
            if (!in.acceptKeyword("in")) {
                throw new ParseError("syntax error: expected 'in' in the comprehension, found " + in.peek().describe(),
                        in.peek(), false);
            }
            Expr iterable = expressions.disjunction();
            List<Expr> conditions = new ArrayList<>();
            while (in.acceptKeyword("if")) {
                conditions.add(expressions.disjunction());
            }
            clauses.add(new Expr.ForClause(target, iterable, conditions));
        }
        in.expect(close, "to close the '" + open.text() + "' at line " + open.line() + ", column " + open.column());
        Span span = in.spanFrom(open);
        if (async) {
            return new Expr.Unsupported(Constructs.ASYNC_COMPREHENSION, span);
        }
        return switch (close) {
            case "]" -> new Expr.ListComp(element, clauses, span);
            case ")" -> new Expr.GeneratorExp(element, clauses, span);
            default -> value != null ? new Expr.DictComp(element, value, clauses, span)
                    : new Expr.SetComp(element, clauses, span);
        };
    }
}
