package bpdiff.program.syntax;

/**
 * Gives an expression a wider span: the parentheses around it belong to it when it is quoted. (An
 * {@link Expr.Unsupported} keeps its own, where CPython's {@code ast} places the construct.)
 */
final class Spans {

    private Spans() {}

    /**
     * @param e an expression
     * @param span its new span
     * @return the same expression with that span
     */
    static Expr withSpan(Expr e, Span span) {
        if (e instanceof Expr.Num n) {
            return new Expr.Num(n.value(), n.integer(), span);
        } else if (e instanceof Expr.Str s) {
            return new Expr.Str(s.value(), span);
        } else if (e instanceof Expr.FString f) {
            return new Expr.FString(f.parts(), span);
        } else if (e instanceof Expr.Constant c) {
            return new Expr.Constant(c.value(), span);
        } else if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), span);
        } else if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attribute(), span, a.attributeSpan());
        } else if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.indices(), span);
        } else if (e instanceof Expr.Slice s) {
            return new Expr.Slice(s.lower(), s.upper(), s.step(), span);
        } else if (e instanceof Expr.Call c) {
            return new Expr.Call(c.function(), c.arguments(), c.keywords(), span);
        } else if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.operator(), b.left(), b.right(), span);
        } else if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.operator(), u.operand(), span);
        } else if (e instanceof Expr.Compare c) {
            return new Expr.Compare(c.left(), c.operators(), c.comparators(), span);
        } else if (e instanceof Expr.BoolOp b) {
            return new Expr.BoolOp(b.and(), b.values(), span);
        } else if (e instanceof Expr.IfExp i) {
            return new Expr.IfExp(i.test(), i.body(), i.orElse(), span);
        } else if (e instanceof Expr.ListExpr l) {
            return new Expr.ListExpr(l.elements(), span);
        } else if (e instanceof Expr.TupleExpr t) {
            return new Expr.TupleExpr(t.elements(), span);
        } else if (e instanceof Expr.ListComp c) {
            return new Expr.ListComp(c.element(), c.clauses(), span);
        } else if (e instanceof Expr.DictExpr d) {
            return new Expr.DictExpr(d.keys(), d.values(), span);
        } else if (e instanceof Expr.SetExpr s) {
            return new Expr.SetExpr(s.elements(), span);
        } else if (e instanceof Expr.DictComp c) {
            return new Expr.DictComp(c.key(), c.value(), c.clauses(), span);
        } else if (e instanceof Expr.SetComp c) {
            return new Expr.SetComp(c.element(), c.clauses(), span);
        } else if (e instanceof Expr.GeneratorExp g) {
            return new Expr.GeneratorExp(g.element(), g.clauses(), span);
        } else if (e instanceof Expr.Lambda l) {
            return new Expr.Lambda(l.parameters(), l.body(), span);
        } else if (e instanceof Expr.Starred s) {
            return new Expr.Starred(s.value(), span);
        } else if (e instanceof Expr.NamedExpr n) {
            return new Expr.NamedExpr(n.target(), n.value(), span);
        } else if (e instanceof Expr.EllipsisLiteral) {
            return new Expr.EllipsisLiteral(span);
        } else if (e instanceof Expr.Yield y) {
            return new Expr.Yield(y.value(), y.from(), span);
        }
        // an unsupported construct keeps its own position, where CPython's ast has it
        return e;
    }
}
