package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The operator levels of Python 3.11's expressions, one method per rule of the grammar, loosest first:
 * comparisons ({@code < <= > >= == != in not in is is not}, chained); {@code |}; {@code ^}; {@code &};
 * {@code << >>}; {@code + -}; {@code * / // % @}; unary {@code - + ~}; {@code **} (right-associative, so
 * {@code -x**2} is \( -(x^2) \) and {@code 2**-1} is ½); {@code await}. A node's span starts at the first token of
 * its rule, as CPython's does. {@code await} is parsed and becomes {@link Expr.Unsupported}.
 */
final class OperatorParser {

    private final ExpressionParser expressions;
    private final TokenCursor in;
    private final PrimaryParser primaries;

    /**
     * @param expressions the parser of nested expressions (for the nesting limit)
     * @param in the tokens
     * @param primaries the parser of what the operators apply to
     */
    OperatorParser(ExpressionParser expressions, TokenCursor in, PrimaryParser primaries) {
        this.expressions = expressions;
        this.in = in;
        this.primaries = primaries;
    }

    /** {@code comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or}. */
    Expr comparison() {
        Token start = in.peek();
        Expr left = bitwiseOr();
        List<String> operators = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (String op = comparisonOperator(); op != null; op = comparisonOperator()) {
            operators.add(op);
            comparators.add(bitwiseOr());
        }
        return operators.isEmpty() ? left : new Expr.Compare(left, operators, comparators, in.spanFrom(start));
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
        return null;
    }

    /** {@code bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor}. */
    Expr bitwiseOr() {
        return bitwise(this::bitwiseXor, "|");
    }

    /** {@code bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and}. */
    private Expr bitwiseXor() {
        return bitwise(this::bitwiseAnd, "^");
    }

    /** {@code bitwise_and: bitwise_and '&' shift_expr | shift_expr}. */
    private Expr bitwiseAnd() {
        return bitwise(this::shiftExpression, "&");
    }

    /** {@code shift_expr: shift_expr ('<<' | '>>') sum | sum}. */
    private Expr shiftExpression() {
        return bitwise(this::sum, "<<", ">>");
    }

    private Expr bitwise(Supplier<Expr> operand, String... operators) {
        Token start = in.peek();
        Expr left = operand.get();
        int links = 0;
        while (true) {
            Token op = in.peek();
            if (!List.of(operators).contains(op.text()) || op.kind() != TokenKind.OP) {
                return left;
            }
            expressions.chain(++links, op);
            in.next();
            Expr right = operand.get();
            left = new Expr.Binary(BinaryOperator.of(op.text()), left, right, in.spanFrom(start));
        }
    }

    /** {@code sum: sum ('+' | '-') term | term}: the level of comparison operands. */
    private Expr sum() {
        Token start = in.peek();
        Expr left = term();
        int links = 0;
        while (in.peek().is("+") || in.peek().is("-")) {
            expressions.chain(++links, in.peek());
            Token op = in.next();
            Expr right = term();
            left = new Expr.Binary(BinaryOperator.of(op.text()), left, right, in.spanFrom(start));
        }
        return left;
    }

    /** {@code term: term ('*' | '/' | '//' | '%' | '@') factor | factor}. */
    private Expr term() {
        Token start = in.peek();
        Expr left = factor();
        int links = 0;
        while (true) {
            Token t = in.peek();
            BinaryOperator op = t.kind() == TokenKind.OP ? BinaryOperator.of(t.text()) : null;
            if (op == null || op == BinaryOperator.ADD || op == BinaryOperator.SUBTRACT
                    || op == BinaryOperator.POWER || op.isBitwise()) {
                return left;
            }
            expressions.chain(++links, t);
            in.next();
            Expr right = factor();
            left = new Expr.Binary(op, left, right, in.spanFrom(start));
        }
    }

    /** {@code factor: '+' factor | '-' factor | '~' factor | power}. */
    private Expr factor() {
        Token t = in.peek();
        if (t.is("-") || t.is("+") || t.is("~")) {
            in.next();
            Expr operand = expressions.nested(this::factor);
            return new Expr.Unary(t.text(), operand, in.spanFrom(t));
        }
        return power();
    }

    /** {@code power: await_primary '**' factor | await_primary}. */
    private Expr power() {
        Token start = in.peek();
        Expr base = awaitPrimary();
        if (in.accept("**")) {
            Expr exponent = expressions.nested(this::factor);
            return new Expr.Binary(BinaryOperator.POWER, base, exponent, in.spanFrom(start));
        }
        return base;
    }

    /** {@code await_primary: AWAIT primary | primary}. */
    private Expr awaitPrimary() {
        if (in.peek().isKeyword("await")) {
            Token await = in.next();
            primaries.primary();
            return new Expr.Unsupported(Constructs.AWAIT, in.spanFrom(await));
        }
        return primaries.primary();
    }
}
