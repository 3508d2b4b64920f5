package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The tightest-binding part of an expression: atoms (numbers, strings and f-strings, names, {@code True},
 * {@code None}, parenthesised expressions and tuples, lists and comprehensions) followed by calls with
 * positional and keyword arguments, subscripts with slices, and attributes.
 */
final class PrimaryParser {

    private final ExpressionParser expressions;
    private final TokenCursor in;
    private final FStringParser fStrings;

    /**
     * @param expressions the parser of the expressions inside
     * @param in the tokens
     * @param fStrings how f-strings are split
     */
    PrimaryParser(ExpressionParser expressions, TokenCursor in, FStringParser fStrings) {
        this.expressions = expressions;
        this.in = in;
        this.fStrings = fStrings;
    }

    /** @return an atom followed by any calls, subscripts and attributes */
    Expr primary() {
        Expr value = atom();
        while (true) {
            Token t = in.peek();
            if (t.is("(")) {
                value = call(value);
            } else if (t.is("[")) {
                value = subscript(value);
            } else if (t.is(".")) {
                in.next();
                Token name = in.expect(TokenKind.NAME, "an attribute name after '.'");
                Span nameSpan = Span.of(name, name);
                value = new Expr.Attribute(value, name.text(), value.span().to(nameSpan), nameSpan);
            } else {
                return value;
            }
        }
    }

    private Expr call(Expr function) {
        in.next();
        List<Expr> arguments = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        while (!in.peek().is(")")) {
            Token t = in.peek();
            if (t.is("*") || t.is("**")) {
                throw ExpressionParser.unsupported("*args and **kwargs are not supported: pass every argument by name or position", t);
            }
            if (Keywords.isName(t) && in.peek(1).is("=")) {
                in.next();
                in.next();
                keywords.add(new Expr.Keyword(t.text(), expressions.test(), Span.of(t, t)));
            } else {
                if (!keywords.isEmpty()) {
                    throw new ParseError("syntax error: a positional argument follows a keyword argument", t, false);
                }
                Expr argument = expressions.test();
                if (in.peek().isKeyword("for")) {
                    argument = comprehension(argument, t);
                }
                arguments.add(argument);
            }
            if (!in.accept(",")) {
                break;
            }
        }
        Token close = in.expect(")", "to close the call's '('");
        return new Expr.Call(function, arguments, keywords, function.span().to(Span.of(close, close)));
    }

    private Expr subscript(Expr value) {
        in.next();
        List<Expr> indices = new ArrayList<>();
        do {
            if (in.peek().is("]")) {
                break;
            }
            indices.add(subscriptItem());
        } while (in.accept(","));
        Token close = in.expect("]", "to close the '['");
        if (indices.isEmpty()) {
            throw new ParseError("syntax error: an index is missing between '[' and ']'", close, false);
        }
        return new Expr.Subscript(value, indices, value.span().to(Span.of(close, close)));
    }

    private Expr subscriptItem() {
        Token start = in.peek();
        Expr lower = start.is(":") ? null : expressions.test();
        if (!in.peek().is(":")) {
            return lower;
        }
        in.next();
        Expr upper = in.peek().is(":") || in.peek().is(",") || in.peek().is("]") ? null : expressions.test();
        Expr step = null;
        if (in.accept(":") && !in.peek().is(",") && !in.peek().is("]")) {
            step = expressions.test();
        }
        return new Expr.Slice(lower, upper, step, Span.of(start, in.previous()));
    }

    private Expr atom() {
        Token t = in.peek();
        switch (t.kind()) {
            case NUMBER -> {
                in.next();
                return number(t);
            }
            case STRING -> {
                return strings();
            }
            case NAME -> {
                return name(t);
            }
            case OP -> {
                // what a bracket holds is a test(), which counts the level: counting it here too made 50 brackets
                // "more than 100 levels"
                if (t.is("(")) {
                    return parenthesized();
                }
                if (t.is("[")) {
                    return list();
                }
                if (t.is("{")) {
                    throw ExpressionParser.unsupported("dictionaries and sets are not supported: use variables or lists", t);
                }
            }
            default -> {
                // falls through to the error below
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
            case "lambda" -> throw ExpressionParser.unsupported("lambda is not supported: write a def", t);
            case "yield", "await" -> throw ExpressionParser.unsupported("'" + t.text() + "' is not supported", t);
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

    private Expr number(Token t) {
        String text = t.text().replace("_", "");
        boolean integer = !text.contains(".") && !text.contains("e") && !text.contains("E")
                || text.startsWith("0x") || text.startsWith("0X");
        double value;
        try {
            value = text.startsWith("0x") || text.startsWith("0X") ? Long.parseLong(text.substring(2), 16)
                    : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ParseError("syntax error: invalid number '" + t.text() + "'", t, false);
        }
        if (integer && Math.abs(value) > 9.007199254740992E15) {
            throw ExpressionParser.unsupported("integers beyond 2**53 are not supported", t);
        }
        return new Expr.Num(value, integer, Span.of(t, t));
    }

    private Expr strings() {
        Token first = in.peek();
        List<Object> parts = new ArrayList<>();
        boolean formatted = false;
        Token last = first;
        while (in.peek().kind() == TokenKind.STRING) {
            Token s = in.next();
            last = s;
            if (s.fString()) {
                formatted = true;
                parts.addAll(fStrings.parts(s));
            } else {
                parts.add(new Expr.Str(s.text(), Span.of(s, s)));
            }
        }
        Span span = Span.of(first, last);
        if (!formatted) {
            StringBuilder joined = new StringBuilder();
            parts.forEach(p -> joined.append(((Expr.Str) p).value()));
            return new Expr.Str(joined.toString(), span);
        }
        return new Expr.FString(parts, span);
    }

    private Expr parenthesized() {
        Token open = in.next();
        if (in.peek().is(")")) {
            Token close = in.next();
            return new Expr.TupleExpr(List.of(), Span.of(open, close));
        }
        Expr first = expressions.test();
        if (in.peek().isKeyword("for")) {
            Expr comprehension = comprehension(first, open);
            in.expect(")", "to close the '(' at line " + open.line() + ", column " + open.column());
            return comprehension;
        }
        if (!in.peek().is(",")) {
            Token close = in.expect(")", "to close the '(' at line " + open.line() + ", column " + open.column());
            return Spans.withSpan(first, Span.of(open, close));
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        while (in.accept(",") && !in.peek().is(")")) {
            elements.add(expressions.test());
        }
        Token close = in.expect(")", "to close the '(' at line " + open.line() + ", column " + open.column());
        return new Expr.TupleExpr(elements, Span.of(open, close));
    }

    private Expr list() {
        Token open = in.next();
        List<Expr> elements = new ArrayList<>();
        if (!in.peek().is("]")) {
            Expr first = expressions.test();
            if (in.peek().isKeyword("for")) {
                Expr comprehension = comprehension(first, open);
                in.expect("]", "to close the '[' at line " + open.line() + ", column " + open.column());
                return comprehension;
            }
            elements.add(first);
            while (in.accept(",") && !in.peek().is("]")) {
                elements.add(expressions.test());
            }
        }
        Token close = in.expect("]", "to close the '[' at line " + open.line() + ", column " + open.column());
        return new Expr.ListExpr(elements, Span.of(open, close));
    }

    private Expr comprehension(Expr element, Token open) {
        List<Expr.ForClause> clauses = new ArrayList<>();
        while (in.acceptKeyword("for")) {
            Expr target = expressions.targetList();
            if (!in.acceptKeyword("in")) {
                throw new ParseError("syntax error: expected 'in' in the comprehension, found " + in.peek().describe(),
                        in.peek(), false);
            }
            Expr iterable = expressions.orTest();
            List<Expr> conditions = new ArrayList<>();
            while (in.acceptKeyword("if")) {
                conditions.add(expressions.orTest());
            }
            clauses.add(new Expr.ForClause(target, iterable, conditions));
        }
        return new Expr.ListComp(element, clauses, Span.of(open, in.previous()));
    }
}
