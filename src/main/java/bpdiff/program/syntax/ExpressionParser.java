package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of expressions, with Python's precedence, lowest first:
 * {@code x if c else y}; {@code or}; {@code and}; {@code not}; comparisons ({@code < <= > >= == != in is});
 * {@code + -}; {@code * / // % @}; unary {@code - +}; {@code **} (right-associative, so {@code -x**2} is
 * \( -(x^2) \) and {@code 2**-1} is ½); calls, subscripts and attributes; atoms.
 *
 * <p>Valid Python outside the subset (bitwise operators, {@code lambda}, dictionaries) is a
 * {@link ParseError} that says what to write instead.
 */
final class ExpressionParser {

    /** Parentheses, brackets, signs and powers nested deeper than this are refused (the Java stack). */
    static final int MAX_NESTING = 100;

    private final TokenCursor in;
    private final FStringParser fStrings;
    private int depth;

    /**
     * @param in the tokens
     * @param fStrings how f-strings are split
     */
    ExpressionParser(TokenCursor in, FStringParser fStrings) {
        this.in = in;
        this.fStrings = fStrings;
    }

    /** @return {@code test}: a full expression, conditional expressions included */
    Expr test() {
        return nested(this::conditional);
    }

    private Expr conditional() {
        if (in.peek().isKeyword("lambda")) {
            throw unsupported("lambda is not supported: write a def", in.peek());
        }
        Expr body = orTest();
        if (in.peek().isKeyword("if")) {
            in.next();
            Expr test = orTest();
            if (!in.acceptKeyword("else")) {
                throw new ParseError("syntax error: expected 'else' in the conditional expression, found "
                        + in.peek().describe(), in.peek(), false);
            }
            Expr orElse = test();
            return new Expr.IfExp(test, body, orElse, body.span().to(orElse.span()));
        }
        return body;
    }

    /** @return one or more {@link #test()}s separated by commas; several make a tuple */
    Expr testList() {
        Expr first = test();
        if (!in.peek().is(",")) {
            return first;
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        while (in.accept(",")) {
            if (endsList(in.peek())) {
                break;
            }
            elements.add(test());
        }
        return new Expr.TupleExpr(elements, first.span().to(elements.get(elements.size() - 1).span()));
    }

    /** @return loop targets: names, subscripts or tuples of them, separated by commas */
    Expr targetList() {
        Expr first = arithmetic();
        if (!in.peek().is(",")) {
            return first;
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        while (in.accept(",")) {
            if (in.peek().isKeyword("in") || endsList(in.peek())) {
                break;
            }
            elements.add(arithmetic());
        }
        return new Expr.TupleExpr(elements, first.span().to(elements.get(elements.size() - 1).span()));
    }

    private static boolean endsList(Token token) {
        return token.kind() == TokenKind.NEWLINE || token.kind() == TokenKind.END || token.is("=") || token.is(")")
                || token.is("]") || token.is(":") || token.is(";") || token.kind() == TokenKind.OP
                && token.text().endsWith("=") && !token.text().equals("==");
    }

    private Expr orTest() {
        Expr first = andTest();
        if (!in.peek().isKeyword("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (in.acceptKeyword("or")) {
            values.add(andTest());
        }
        return new Expr.BoolOp(false, values, first.span().to(values.get(values.size() - 1).span()));
    }

    private Expr andTest() {
        Expr first = notTest();
        if (!in.peek().isKeyword("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (in.acceptKeyword("and")) {
            values.add(notTest());
        }
        return new Expr.BoolOp(true, values, first.span().to(values.get(values.size() - 1).span()));
    }

    private Expr notTest() {
        if (in.peek().isKeyword("not")) {
            Token not = in.next();
            Expr operand = nested(this::notTest);
            return new Expr.Unary("not", operand, Span.of(not, not).to(operand.span()));
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = arithmetic();
        List<String> operators = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            String op = comparisonOperator();
            if (op == null) {
                break;
            }
            operators.add(op);
            comparators.add(arithmetic());
        }
        if (operators.isEmpty()) {
            return left;
        }
        return new Expr.Compare(left, operators, comparators, left.span().to(comparators.get(comparators.size() - 1).span()));
    }

    private String comparisonOperator() {
        Token t = in.peek();
        for (String op : new String[] {"<", "<=", ">", ">=", "==", "!="}) {
            if (t.is(op)) {
                in.next();
                return op;
            }
        }
        if (t.isKeyword("in")) {
            in.next();
            return "in";
        }
        if (t.isKeyword("not") && in.peek(1).isKeyword("in")) {
            in.next();
            in.next();
            return "not in";
        }
        if (t.isKeyword("is")) {
            in.next();
            return in.acceptKeyword("not") ? "is not" : "is";
        }
        for (String op : new String[] {"|", "&", "^", "<<", ">>"}) {
            if (t.is(op)) {
                throw unsupported(op.equals("^")
                        ? "'^' is bitwise xor in Python, not a power: write '**'"
                        : "the bitwise operator '" + op + "' is not supported", t);
            }
        }
        return null;
    }

    /** @return {@code a + b - c}: the level of loop targets and of comparison operands */
    Expr arithmetic() {
        Expr left = term();
        while (in.peek().is("+") || in.peek().is("-")) {
            Token op = in.next();
            Expr right = term();
            left = new Expr.Binary(BinaryOperator.of(op.text()), left, right, left.span().to(right.span()));
        }
        return left;
    }

    private Expr term() {
        Expr left = factor();
        while (true) {
            Token t = in.peek();
            BinaryOperator op = t.kind() == TokenKind.OP ? BinaryOperator.of(t.text()) : null;
            if (op == null || op == BinaryOperator.ADD || op == BinaryOperator.SUBTRACT
                    || op == BinaryOperator.POWER) {
                return left;
            }
            in.next();
            Expr right = factor();
            left = new Expr.Binary(op, left, right, left.span().to(right.span()));
        }
    }

    private Expr factor() {
        Token t = in.peek();
        if (t.is("-") || t.is("+")) {
            in.next();
            Expr operand = nested(this::factor);
            return new Expr.Unary(t.text(), operand, Span.of(t, t).to(operand.span()));
        }
        if (t.is("~")) {
            throw unsupported("the bitwise operator '~' is not supported", t);
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (in.peek().is("**")) {
            in.next();
            Expr exponent = nested(this::factor);
            return new Expr.Binary(BinaryOperator.POWER, base, exponent, base.span().to(exponent.span()));
        }
        return base;
    }

    private Expr primary() {
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
                throw unsupported("*args and **kwargs are not supported: pass every argument by name or position", t);
            }
            if (Keywords.isName(t) && in.peek(1).is("=")) {
                in.next();
                in.next();
                keywords.add(new Expr.Keyword(t.text(), test(), Span.of(t, t)));
            } else {
                if (!keywords.isEmpty()) {
                    throw new ParseError("syntax error: a positional argument follows a keyword argument", t, false);
                }
                Expr argument = test();
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
        Expr lower = start.is(":") ? null : test();
        if (!in.peek().is(":")) {
            return lower;
        }
        in.next();
        Expr upper = in.peek().is(":") || in.peek().is(",") || in.peek().is("]") ? null : test();
        Expr step = null;
        if (in.accept(":") && !in.peek().is(",") && !in.peek().is("]")) {
            step = test();
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
                if (t.is("(")) {
                    return nested(this::parenthesized);
                }
                if (t.is("[")) {
                    return nested(this::list);
                }
                if (t.is("{")) {
                    throw unsupported("dictionaries and sets are not supported: use variables or lists", t);
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
            case "lambda" -> throw unsupported("lambda is not supported: write a def", t);
            case "yield", "await" -> throw unsupported("'" + t.text() + "' is not supported", t);
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
            throw unsupported("integers beyond 2**53 are not supported", t);
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
        Expr first = test();
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
            elements.add(test());
        }
        Token close = in.expect(")", "to close the '(' at line " + open.line() + ", column " + open.column());
        return new Expr.TupleExpr(elements, Span.of(open, close));
    }

    private Expr list() {
        Token open = in.next();
        List<Expr> elements = new ArrayList<>();
        if (!in.peek().is("]")) {
            Expr first = test();
            if (in.peek().isKeyword("for")) {
                Expr comprehension = comprehension(first, open);
                in.expect("]", "to close the '[' at line " + open.line() + ", column " + open.column());
                return comprehension;
            }
            elements.add(first);
            while (in.accept(",") && !in.peek().is("]")) {
                elements.add(test());
            }
        }
        Token close = in.expect("]", "to close the '[' at line " + open.line() + ", column " + open.column());
        return new Expr.ListExpr(elements, Span.of(open, close));
    }

    private Expr comprehension(Expr element, Token open) {
        List<Expr.ForClause> clauses = new ArrayList<>();
        while (in.acceptKeyword("for")) {
            Expr target = targetList();
            if (!in.acceptKeyword("in")) {
                throw new ParseError("syntax error: expected 'in' in the comprehension, found " + in.peek().describe(),
                        in.peek(), false);
            }
            Expr iterable = orTest();
            List<Expr> conditions = new ArrayList<>();
            while (in.acceptKeyword("if")) {
                conditions.add(orTest());
            }
            clauses.add(new Expr.ForClause(target, iterable, conditions));
        }
        return new Expr.ListComp(element, clauses, Span.of(open, in.previous()));
    }

    private Expr nested(java.util.function.Supplier<Expr> parse) {
        if (++depth > MAX_NESTING) {
            throw new ParseError("the expression is nested too deeply (more than " + MAX_NESTING
                    + " levels of brackets, signs or powers)", in.peek(), true);
        }
        try {
            return parse.get();
        } finally {
            depth--;
        }
    }

    private static ParseError unsupported(String message, Token at) {
        return new ParseError(message, at, true);
    }
}
