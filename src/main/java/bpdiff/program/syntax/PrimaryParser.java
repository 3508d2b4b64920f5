package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom}:
 * an atom ({@link AtomParser}) followed by attributes, calls and subscripts.
 */
final class PrimaryParser {

    /**
     * The arguments of a call or of a class's bases.
     *
     * @param positional the positional arguments, {@code *args} as {@link Expr.Starred}
     * @param keywords the keyword arguments, {@code **kwargs} with a {@code null} name
     * @param closed whether the closing bracket was read too (after a sole generator expression)
     */
    record Arguments(List<Expr> positional, List<Expr.Keyword> keywords, boolean closed) {}

    private final ExpressionParser expressions;
    private final TokenCursor in;
    private final AtomParser atoms;

    /**
     * @param expressions the parser of the expressions inside
     * @param in the tokens
     * @param fStrings how f-strings are split
     */
    PrimaryParser(ExpressionParser expressions, TokenCursor in, FStringParser fStrings) {
        this.expressions = expressions;
        this.in = in;
        this.atoms = new AtomParser(expressions, in, fStrings);
    }

    /** @return an atom followed by any attributes, calls and subscripts */
    Expr primary() {
        Token start = in.peek();
        Expr value = atoms.atom();
        int links = 0;
        while (true) {
            Token t = in.peek();
            if (t.is(".") || t.is("(") || t.is("[")) {
                expressions.chain(++links, t);
            }
            if (t.is(".")) {
                in.next();
                Token name = in.expectName("an attribute name after '.'");
                Span nameSpan = Span.of(name, name);
                value = new Expr.Attribute(value, name.text(), in.spanFrom(start), nameSpan);
            } else if (t.is("(")) {
                value = call(value, start);
            } else if (t.is("[")) {
                value = subscript(value, start);
            } else {
                return value;
            }
        }
    }

    /** {@code primary genexp | primary '(' [arguments] ')'}. */
    private Expr call(Expr function, Token start) {
        Token open = in.next();
        Arguments arguments = arguments(open, ")");
        if (!arguments.closed()) {
            in.expect(")", "to close the call's '('");
        }
        return new Expr.Call(function, arguments.positional(), arguments.keywords(), in.spanFrom(start));
    }

    /**
     * {@code arguments: args [','] &')'}, with {@code args} and {@code kwargs} as in the grammar: positional
     * arguments (possibly {@code *x}) and then keyword arguments ({@code name=value}, {@code *x} or {@code **m});
     * or, for a call, one generator expression whose parentheses are the call's ({@code sum(x for x in xs)}).
     *
     * @param open the opening bracket if a sole generator expression may stand there, else {@code null}
     * @param close the closing bracket
     * @return the arguments, in order
     */
    Arguments arguments(Token open, String close) {
        List<Expr> positional = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        boolean doubleStarred = false;
        while (!in.peek().is(close)) {
            Token t = in.peek();
            if (t.is("*")) {
                if (doubleStarred) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", t);
                }
                in.next();
                Expr value = expressions.expression();
                positional.add(new Expr.Starred(value, in.spanFrom(t)));
            } else if (t.is("**")) {
                in.next();
                keywords.add(new Expr.Keyword(null, expressions.expression(), Span.of(t, t)));
                doubleStarred = true;
            } else if (Keywords.isName(t) && in.peek(1).is("=")) {
                in.next();
                in.next();
                keywords.add(new Expr.Keyword(t.text(), expressions.expression(), Span.of(t, t)));
            } else {
                if (!keywords.isEmpty()) {
                    throw error(doubleStarred ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument", t);
                }
                Expr argument = expressions.namedExpression();
                if (AtomParser.startsComprehension(in)) {
                    if (open == null || !positional.isEmpty()) {
                        throw error("a generator expression must be parenthesized when it is not the only "
                                + "argument", in.peek());
                    }
                    return new Arguments(List.of(atoms.comprehension(open, argument, null, close)), List.of(), true);
                }
                positional.add(argument);
            }
            if (!in.accept(",")) {
                break;
            }
        }
        return new Arguments(positional, keywords, false);
    }

    /** {@code slices: slice !',' | ','.(slice | starred_expression)+ [',']}. */
    private Expr subscript(Expr value, Token start) {
        in.next();
        List<Expr> indices = new ArrayList<>();
        boolean trailingComma = false;
        while (!in.peek().is("]")) {
            indices.add(in.peek().is("*") ? expressions.starExpression() : slice());
            trailingComma = in.accept(",");
            if (!trailingComma) {
                break;
            }
        }
        Token close = in.expect("]", "to close the '['");
        if (indices.isEmpty()) {
            throw error("an index is missing between '[' and ']'", close);
        }
        if (indices.size() == 1 && (trailingComma || indices.get(0) instanceof Expr.Starred)) {
            // a[i,] and a[*b] index with a tuple, as CPython reads them
            indices = List.of(new Expr.TupleExpr(indices, indices.get(0).span().to(Span.of(close, close))));
        }
        return new Expr.Subscript(value, indices, in.spanFrom(start));
    }

    /** {@code slice: [expression] ':' [expression] [':' [expression]] | named_expression}. */
    private Expr slice() {
        Token start = in.peek();
        Expr lower = start.is(":") ? null : expressions.namedExpression();
        if (!in.peek().is(":")) {
            return lower;
        }
        in.next();
        Expr upper = endsSlicePart() ? null : expressions.expression();
        Expr step = null;
        if (in.accept(":") && !endsSlicePart()) {
            step = expressions.expression();
        }
        return new Expr.Slice(lower, upper, step, in.spanFrom(start));
    }

    private boolean endsSlicePart() {
        Token t = in.peek();
        return t.is(":") || t.is(",") || t.is("]");
    }

    private static ParseError error(String message, Token at) {
        return new ParseError("syntax error: " + message, at, false);
    }
}
