package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Recursive-descent parser of Python 3.11's expressions, one method per rule of the grammar
 * (docs.python.org/3.11/reference/grammar.html), lowest precedence first: {@code lambda}; {@code x if c else y};
 * {@code or}; {@code and}; {@code not}; then comparisons and the operators down to {@code await}
 * ({@link OperatorParser}); then calls, subscripts, attributes and atoms ({@link PrimaryParser}). Also the
 * starred and named forms ({@code *x}, {@code x := v}), {@code yield}, and the targets of {@code for}.
 *
 * <p>A node's span starts at the first token of its rule, as CPython's does. What bpdiff parses but does not
 * run ({@code yield}) becomes an {@link Expr.Unsupported}.
 */
final class ExpressionParser {

    /** Parentheses, brackets, signs and powers nested deeper than this are refused (the Java stack). */
    static final int MAX_NESTING = 100;
    /**
     * The most operators, attributes, calls or subscripts in one chain ({@code 1 + 1 + …}, {@code a.b.c…}): each is a
     * level of the tree, which every later stage walks recursively. CPython 3.11 compiles a sum of 1,000 terms and
     * refuses one of 10,000 (RecursionError during compilation).
     */
    static final int MAX_CHAIN = 1000;

    private final TokenCursor in;
    private final PrimaryParser primaries;
    private final OperatorParser operators;
    private final ParameterParser parameters;
    private int depth;

    /**
     * @param in the tokens
     * @param fStrings how f-strings are split
     */
    ExpressionParser(TokenCursor in, FStringParser fStrings) {
        this.in = in;
        this.primaries = new PrimaryParser(this, in, fStrings);
        this.operators = new OperatorParser(this, in, primaries);
        this.parameters = new ParameterParser(in, this);
    }

    /** @return the parser of parameter lists, shared with {@code def} */
    ParameterParser parameters() {
        return parameters;
    }

    /**
     * The arguments of a class's bases, as of a call.
     *
     * @param close the closing bracket
     * @return the arguments
     */
    PrimaryParser.Arguments arguments(String close) {
        return primaries.arguments(null, close);
    }

    /** {@code star_expressions: star_expression (',' star_expression)* [',']}: several make a tuple. */
    Expr starExpressions() {
        return sequence(this::starExpression);
    }

    /** {@code star_named_expressions} as a match subject or f-string field: several make a tuple. */
    Expr starNamedExpressions() {
        return sequence(this::starNamedExpression);
    }

    private Expr sequence(Supplier<Expr> element) {
        Token start = in.peek();
        Expr first = element.get();
        if (!in.peek().is(",")) {
            return first;
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        while (in.accept(",")) {
            if (!startsExpression(in.peek())) {
                break;
            }
            elements.add(element.get());
        }
        return new Expr.TupleExpr(elements, in.spanFrom(start));
    }

    /** {@code star_expression: '*' bitwise_or | expression}. */
    Expr starExpression() {
        return in.peek().is("*") ? starred() : expression();
    }

    /** {@code star_named_expression: '*' bitwise_or | named_expression}. */
    Expr starNamedExpression() {
        return in.peek().is("*") ? starred() : namedExpression();
    }

    private Expr starred() {
        Token star = in.next();
        Expr value = bitwiseOr();
        return new Expr.Starred(value, in.spanFrom(star));
    }

    /** {@code named_expression: NAME ':=' expression | expression !':='}. */
    Expr namedExpression() {
        Token t = in.peek();
        if (Keywords.isName(t) && in.peek(1).is(":=")) {
            in.next();
            in.next();
            Expr value = expression();
            return new Expr.NamedExpr(new Expr.Name(t.text(), Span.of(t, t)), value, in.spanFrom(t));
        }
        return expression();
    }

    /** {@code annotated_rhs: yield_expr | star_expressions}, the right side of an assignment. */
    Expr yieldOrStarExpressions() {
        return in.peek().isKeyword("yield") ? yieldExpression() : starExpressions();
    }

    /** {@code yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]}. */
    Expr yieldExpression() {
        Token yield = in.next();
        if (in.acceptKeyword("from")) {
            Expr value = expression();
            return new Expr.Yield(value, true, in.spanFrom(yield));
        }
        Expr value = startsExpression(in.peek()) ? starExpressions() : null;
        return new Expr.Yield(value, false, in.spanFrom(yield));
    }

    /** {@code expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef}. */
    Expr expression() {
        return nested(this::conditional);
    }

    private Expr conditional() {
        Token start = in.peek();
        if (start.isKeyword("lambda")) {
            return lambda();
        }
        Expr body = disjunction();
        if (!in.acceptKeyword("if")) {
            return body;
        }
        Expr test = disjunction();
        if (!in.acceptKeyword("else")) {
            throw new ParseError("syntax error: expected 'else' in the conditional expression, found "
                    + in.peek().describe(), in.peek(), false);
        }
        Expr orElse = expression();
        return new Expr.IfExp(test, body, orElse, in.spanFrom(start));
    }

    /** {@code lambdef: 'lambda' [lambda_params] ':' expression}. */
    private Expr lambda() {
        Token lambda = in.next();
        List<Stmt.Parameter> params = parameters.parameters(":", false);
        in.expect(":", "after the lambda's parameters");
        Expr body = expression();
        return new Expr.Lambda(params, body, in.spanFrom(lambda));
    }

    /** {@code disjunction: conjunction ('or' conjunction)+ | conjunction}. */
    Expr disjunction() {
        return boolOp("or", this::conjunction);
    }

    /** {@code conjunction: inversion ('and' inversion)+ | inversion}. */
    private Expr conjunction() {
        return boolOp("and", this::inversion);
    }

    private Expr boolOp(String keyword, Supplier<Expr> operand) {
        Token start = in.peek();
        Expr first = operand.get();
        if (!in.peek().isKeyword(keyword)) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (in.acceptKeyword(keyword)) {
            values.add(operand.get());
        }
        return new Expr.BoolOp(keyword.equals("and"), values, in.spanFrom(start));
    }

    /** {@code inversion: 'not' inversion | comparison}. */
    private Expr inversion() {
        if (in.peek().isKeyword("not")) {
            Token not = in.next();
            Expr operand = nested(this::inversion);
            return new Expr.Unary("not", operand, in.spanFrom(not));
        }
        return comparison();
    }

    /** {@code comparison} and the operators that bind tighter, down to {@code await}. */
    private Expr comparison() {
        return operators.comparison();
    }

    /** {@code bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor}: the operand of {@code *}. */
    Expr bitwiseOr() {
        return operators.bitwiseOr();
    }

    /**
     * {@code star_targets: star_target (',' star_target)* [',']}: the targets of {@code for} and of a
     * comprehension, ending before {@code in}.
     *
     * @return the target, a tuple if there are several
     */
    Expr starTargets() {
        Token start = in.peek();
        Expr first = starTarget();
        if (!in.peek().is(",")) {
            return first;
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        while (in.accept(",")) {
            if (in.peek().isKeyword("in") || !startsExpression(in.peek())) {
                break;
            }
            elements.add(starTarget());
        }
        return new Expr.TupleExpr(elements, in.spanFrom(start));
    }

    /** {@code star_target: '*' star_target | target_with_star_atom}: a primary, checked by {@link Targets}. */
    Expr starTarget() {
        if (in.peek().is("*")) {
            Token star = in.next();
            Expr value = starTarget();
            return new Expr.Starred(value, in.spanFrom(star));
        }
        return primaries.primary();
    }

    /**
     * @param t a token
     * @return whether an expression can start with it (so that a comma before it is not a trailing one)
     */
    static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NAME -> !Keywords.ALL.contains(t.text()) || switch (t.text()) {
                case "None", "True", "False", "not", "lambda", "await", "yield" -> true;
                default -> false;
            };
            case NUMBER, STRING, BYTES -> true;
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "*", "..." -> true;
                default -> false;
            };
            default -> false;
        };
    }

    /**
     * Refuses a chain longer than {@link #MAX_CHAIN}.
     *
     * @param links the links of the chain so far
     * @param at the token that adds one more
     */
    void chain(int links, Token at) {
        if (links > MAX_CHAIN) {
            throw new ParseError("the expression is nested too deeply (more than " + MAX_CHAIN + " operators, "
                    + "attributes, calls or subscripts in one chain)", at, true);
        }
    }

    /**
     * Parses something nested one level deeper, refusing nesting beyond {@link #MAX_NESTING}.
     *
     * @param parse the parser of the nested part
     * @return what it parsed
     */
    Expr nested(Supplier<Expr> parse) {
        if (++depth > MAX_NESTING) {
            depth--;
            throw new ParseError("the expression is nested too deeply (more than " + MAX_NESTING
                    + " levels of brackets, signs or powers)", in.peek(), true);
        }
        try {
            return parse.get();
        } finally {
            depth--;
        }
    }
}
