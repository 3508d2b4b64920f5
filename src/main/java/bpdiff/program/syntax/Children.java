package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.List;

/** The sub-expressions of an expression, left to right: what a walk over the tree visits. */
public final class Children {

    private Children() {}

    /**
     * @param e an expression
     * @return its direct sub-expressions (for a comprehension: element, iterables and conditions; for an
     *     f-string: the formatted expressions)
     */
    public static List<Expr> of(Expr e) {
        List<Expr> children = new ArrayList<>();
        if (e instanceof Expr.Attribute a) {
            children.add(a.value());
        } else if (e instanceof Expr.Subscript s) {
            children.add(s.value());
            children.addAll(s.indices());
        } else if (e instanceof Expr.Slice s) {
            for (Expr part : new Expr[] {s.lower(), s.upper(), s.step()}) {
                if (part != null) {
                    children.add(part);
                }
            }
        } else if (e instanceof Expr.Call c) {
            children.add(c.function());
            children.addAll(c.arguments());
            c.keywords().forEach(k -> children.add(k.value()));
        } else if (e instanceof Expr.Binary b) {
            children.add(b.left());
            children.add(b.right());
        } else if (e instanceof Expr.Unary u) {
            children.add(u.operand());
        } else if (e instanceof Expr.Compare c) {
            children.add(c.left());
            children.addAll(c.comparators());
        } else if (e instanceof Expr.BoolOp b) {
            children.addAll(b.values());
        } else if (e instanceof Expr.IfExp i) {
            children.add(i.test());
            children.add(i.body());
            children.add(i.orElse());
        } else if (e instanceof Expr.ListExpr l) {
            children.addAll(l.elements());
        } else if (e instanceof Expr.TupleExpr t) {
            children.addAll(t.elements());
        } else if (e instanceof Expr.ListComp c) {
            children.add(c.element());
            c.clauses().forEach(clause -> {
                children.add(clause.target());
                children.add(clause.iterable());
                children.addAll(clause.conditions());
            });
        } else if (e instanceof Expr.FString f) {
            f.parts().forEach(p -> {
                if (p instanceof Expr.FormattedValue v) {
                    children.add(v.value());
                }
            });
        }
        return children;
    }
}
