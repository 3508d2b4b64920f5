package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements that fit on a line: {@code pass}, {@code break}, {@code continue}, {@code return},
 * {@code global}, {@code assert}, imports, expressions, assignments ({@code a = b = …}, tuple targets) and
 * augmented assignments ({@code w -= lr * g}); {@code del}, {@code raise} and friends are refused with what to
 * write instead.
 */
final class SimpleStatementParser {

    /** The augmented assignment operators. */
    static final List<String> AUGMENTED = List.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=");

    private final TokenCursor in;
    private final ExpressionParser expressions;

    /**
     * @param in the tokens
     * @param expressions the expression parser
     */
    SimpleStatementParser(TokenCursor in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
    }

    /**
     * {@code simple (';' simple)* NEWLINE}.
     *
     * @param body where the statements are added
     */
    void statements(List<Stmt> body) {
        simple(body);
        while (in.accept(";")) {
            if (in.peek().kind() == TokenKind.NEWLINE || in.peek().kind() == TokenKind.END) {
                break;
            }
            simple(body);
        }
        if (in.peek().kind() != TokenKind.END) {
            in.expect(TokenKind.NEWLINE, "the end of the line (one statement per line, or ';' between them)");
        }
    }

    private void simple(List<Stmt> body) {
        Token t = in.peek();
        if (t.isKeyword("import") || t.isKeyword("from")) {
            body.addAll(ImportParser.parse(in, t));
            return;
        }
        body.add(simpleStatement());
    }

    private Stmt simpleStatement() {
        Token t = in.peek();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    return new Stmt.Pass(Span.of(in.next(), t));
                }
                case "break" -> {
                    return new Stmt.Break(Span.of(in.next(), t));
                }
                case "continue" -> {
                    return new Stmt.Continue(Span.of(in.next(), t));
                }
                case "return" -> {
                    in.next();
                    Expr value = endsStatement() ? null : expressions.testList();
                    return new Stmt.Return(value, value == null ? Span.of(t, t) : Span.of(t, t).to(value.span()));
                }
                case "global" -> {
                    return global();
                }
                case "assert" -> {
                    in.next();
                    Expr test = expressions.test();
                    Expr message = in.accept(",") ? expressions.test() : null;
                    return new Stmt.Assert(test, message, Span.of(t, t).to(test.span()));
                }
                case "del" -> throw ExpressionParser.unsupported("del is not supported: assign a new value instead", t);
                case "raise" -> throw ExpressionParser.unsupported("raise is not supported", t);
                case "nonlocal" -> throw ExpressionParser.unsupported("nonlocal is not supported: use module-level variables", t);
                case "yield" -> throw ExpressionParser.unsupported("generators (yield) are not supported: return a list", t);
                default -> {
                    // an expression or assignment
                }
            }
        }
        return expressionStatement();
    }

    private Stmt global() {
        Token t = in.next();
        List<String> names = new ArrayList<>();
        do {
            names.add(in.expect(TokenKind.NAME, "a name after 'global'").text());
        } while (in.accept(","));
        return new Stmt.Global(names, Span.of(t, in.previous()));
    }

    private Stmt expressionStatement() {
        Expr first = expressions.testList();
        Token op = in.peek();
        if (op.kind() == TokenKind.OP && AUGMENTED.contains(op.text())) {
            in.next();
            checkTarget(first, op);
            Expr value = expressions.testList();
            BinaryOperator operator = BinaryOperator.of(op.text().substring(0, op.text().length() - 1));
            return new Stmt.AugAssign(first, operator, value, first.span().to(value.span()));
        }
        if (op.is(":")) {
            in.next();
            expressions.test();
            if (!in.accept("=")) {
                return new Stmt.Pass(first.span());
            }
            Expr value = expressions.testList();
            checkTarget(first, op);
            return new Stmt.Assign(List.of(first), value, first.span().to(value.span()));
        }
        if (op.is(":=")) {
            throw ExpressionParser.unsupported("the operator ':=' is not supported: assign on a line of its own", op);
        }
        if (!op.is("=")) {
            return new Stmt.ExprStmt(first, first.span());
        }
        List<Expr> targets = new ArrayList<>();
        Expr value = first;
        while (in.peek().is("=")) {
            Token equals = in.next();
            checkTarget(value, equals);
            targets.add(value);
            value = expressions.testList();
        }
        return new Stmt.Assign(targets, value, first.span().to(value.span()));
    }

    /**
     * Only names, subscripts, attributes and tuples or lists of them can be assigned to.
     *
     * @param target the target
     * @param op the token after it, for the error's position
     */
    static void checkTarget(Expr target, Token op) {
        if (target instanceof Expr.TupleExpr tuple) {
            tuple.elements().forEach(e -> checkTarget(e, op));
        } else if (target instanceof Expr.ListExpr list) {
            list.elements().forEach(e -> checkTarget(e, op));
        } else if (!(target instanceof Expr.Name || target instanceof Expr.Subscript
                || target instanceof Expr.Attribute)) {
            String hint = target instanceof Expr.Compare || target instanceof Expr.Call
                    ? " (to compare, write '==')" : "";
            throw new ParseError("syntax error: cannot assign to this expression" + hint,
                    Token.of(TokenKind.OP, op.text(), target.span().line(), target.span().column(), target.span().start(),
                            target.span().end()), false);
        }
    }

    private boolean endsStatement() {
        Token t = in.peek();
        return t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.END || t.is(";");
    }
}
