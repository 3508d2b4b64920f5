package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE}: the statements that fit on a line.
 * <pre>
 * simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass' | del_stmt
 *            | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
 * assignment: NAME ':' expression ['=' annotated_rhs] | single_target ':' expression ['=' annotated_rhs]
 *           | (star_targets '=')+ (yield_expr | star_expressions)
 *           | single_target augassign (yield_expr | star_expressions)
 * </pre>
 */
final class SimpleStatementParser {

    /** The augmented assignment operators bpdiff runs. */
    static final List<String> AUGMENTED = List.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=");

    /** The bitwise augmented assignment operators. */
    static final List<String> BITWISE_AUGMENTED = List.of("|=", "&=", "^=", "<<=", ">>=");

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
     * {@code simple_stmt (';' simple_stmt)* [';'] NEWLINE}.
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
                    Expr value = endsStatement() ? null : expressions.starExpressions();
                    return new Stmt.Return(value, in.spanFrom(t));
                }
                case "global" -> {
                    return new Stmt.Global(names(), in.spanFrom(t));
                }
                case "nonlocal" -> {
                    return new Stmt.Nonlocal(names(), in.spanFrom(t));
                }
                case "assert" -> {
                    in.next();
                    Expr test = expressions.expression();
                    Expr message = in.accept(",") ? expressions.expression() : null;
                    return new Stmt.Assert(test, message, in.spanFrom(t));
                }
                case "del" -> {
                    return delete();
                }
                case "raise" -> {
                    in.next();
                    Expr exception = endsStatement() ? null : expressions.expression();
                    Expr cause = exception != null && in.acceptKeyword("from") ? expressions.expression() : null;
                    return new Stmt.Raise(exception, cause, in.spanFrom(t));
                }
                default -> {
                    // an expression or assignment
                }
            }
        }
        return expressionStatement();
    }

    /** {@code ('global' | 'nonlocal') ','.NAME+}. */
    private List<String> names() {
        Token keyword = in.next();
        List<String> names = new ArrayList<>();
        do {
            names.add(in.expectName("a name after '" + keyword.text() + "'").text());
        } while (in.accept(","));
        return names;
    }

    /** {@code del_stmt: 'del' del_targets &(';' | NEWLINE)}. */
    private Stmt delete() {
        Token del = in.next();
        List<Expr> targets = new ArrayList<>();
        do {
            if (endsStatement()) {
                break;
            }
            Expr target = expressions.expression();
            Targets.deletable(target);
            targets.add(target);
        } while (in.accept(","));
        if (targets.isEmpty()) {
            throw new ParseError("syntax error: expected what to delete after 'del'", in.peek(), false);
        }
        return new Stmt.Delete(targets, in.spanFrom(del));
    }

    private Stmt expressionStatement() {
        Token start = in.peek();
        Expr first = expressions.yieldOrStarExpressions();
        Token op = in.peek();
        if (op.kind() == TokenKind.OP && (AUGMENTED.contains(op.text()) || BITWISE_AUGMENTED.contains(op.text()))) {
            in.next();
            Targets.single(first, op.text());
            Expr value = expressions.yieldOrStarExpressions();
            BinaryOperator operator = BinaryOperator.of(op.text().substring(0, op.text().length() - 1));
            return new Stmt.AugAssign(first, operator, value, in.spanFrom(start));
        }
        if (op.is(":")) {
            in.next();
            Targets.single(first, ":");
            Expr annotation = expressions.expression();
            Expr value = in.accept("=") ? expressions.yieldOrStarExpressions() : null;
            return new Stmt.AnnAssign(first, annotation, value, in.spanFrom(start));
        }
        if (op.is(":=")) {
            throw new ParseError("syntax error: ':=' assigns only inside an expression: write '=' here, or put "
                    + "the expression in parentheses", op, false);
        }
        if (!op.is("=")) {
            if (first instanceof Expr.Starred) {
                throw new ParseError("syntax error: cannot use starred expression here", start, false);
            }
            return new Stmt.ExprStmt(first, in.spanFrom(start));
        }
        List<Expr> targets = new ArrayList<>();
        Expr value = first;
        while (in.accept("=")) {
            Targets.check(value);
            targets.add(value);
            value = expressions.yieldOrStarExpressions();
        }
        return new Stmt.Assign(targets, value, in.spanFrom(start));
    }

    private boolean endsStatement() {
        Token t = in.peek();
        return t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.END || t.is(";");
    }
}
