package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of expressions, with Python's precedence, lowest first:
 * {@code x if c else y}; {@code or}; {@code and}; {@code not}; comparisons ({@code < <= > >= == != in is});
 * {@code + -}; {@code * / // % @}; unary {@code - +}; {@code **} (right-associative, so {@code -x**2} is
 * \( -(x^2) \) and {@code 2**-1} is ½); then calls, subscripts, attributes and atoms ({@link PrimaryParser}).
 *
 * <p>Valid Python outside the subset (bitwise operators, {@code lambda}, dictionaries) is a
 * {@link ParseError} that says what to write instead.
 */
final class ExpressionParser {

    /** Parentheses, brackets, signs and powers nested deeper than this are refused (the Java stack). */
    static final int MAX_NESTING = 100;

    private final TokenCursor in;
    private final PrimaryParser primaries;
    private int depth;

    /**
     * @param in the tokens
     * @param fStrings how f-strings are split
     */
    ExpressionParser(TokenCursor in, FStringParser fStrings) {
        this.in = in;
        this.primaries = new PrimaryParser(this, in, fStrings);
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

    /** @return {@code a or b or …}: the level of a comprehension's iterable and conditions */
    Expr orTest() {
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
        Expr base = primaries.primary();
        if (in.peek().is("**")) {
            in.next();
            Expr exponent = nested(this::factor);
            return new Expr.Binary(BinaryOperator.POWER, base, exponent, base.span().to(exponent.span()));
        }
        return base;
    }

    /**
     * Parses something nested one level deeper, refusing nesting beyond {@link #MAX_NESTING}.
     *
     * @param parse the parser of the nested part
     * @return what it parsed
     */
    Expr nested(java.util.function.Supplier<Expr> parse) {
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

    /**
     * @param message what is not supported and what to write instead
     * @param at where
     * @return the error
     */
    static ParseError unsupported(String message, Token at) {
        return new ParseError(message, at, true);
    }
}
