package bpdiff.program.syntax;

/** Gives an expression a wider span: the parentheses around it belong to it when it is quoted. */
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
        }
        Expr.ListComp c = (Expr.ListComp) e;
        return new Expr.ListComp(c.element(), c.clauses(), span);
    }
}
