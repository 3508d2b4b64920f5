package bpdiff.program.syntax;

import bpdiff.program.Problem;
import bpdiff.program.Subset;
import bpdiff.program.Suggestions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds, before the program runs, what CPython would refuse to compile and what bpdiff does not run: every
 * {@link Stmt.Unsupported} and {@link Expr.Unsupported} ("not supported: <construct>"), {@code return} outside a
 * function, {@code break}/{@code continue} outside a loop, {@code nonlocal} at module level, names that are defined
 * nowhere, built-ins bpdiff does not run, and ({@link SubsetCheck}) imports and module members outside {@link Subset}.
 *
 * <p>The name check is conservative: a name is reported only if nothing in the whole file binds it (any scope, any
 * binding form, {@link BoundNames}), no Python has it built in ({@link PythonNames}), no star import may have
 * brought it, and the program does not write its own namespace ({@code globals()}, {@code vars()},
 * {@code locals()}, {@code exec}, {@code eval}, {@code sys.modules}, {@code __dict__}, or {@code __name__} handed to
 * a call, as {@code enum}'s {@code _convert_} takes it). The names of annotations are not checked: nothing
 * evaluates them.
 * Whether a name is bound yet where it is read is the interpreter's business.
 */
final class StaticCheck {

    private final Program program;
    private final List<Problem> problems;
    private final Set<String> bound;
    /** Whether names may be bound that no statement shows: a star import, or a program writing its namespace. */
    private final boolean dynamicNames;
    private final SubsetCheck subset;
    private Scope scope = Scope.MODULE;
    private int loops;
    /** How many {@code try} and {@code with} blocks of the current function enclose the statement. */
    private int guarded;
    /** How many lambdas enclose the expression: a {@code yield} in one makes it a generator, as in a function. */
    private int lambdas;

    /** The kind of block a statement stands in, for what may stand there. */
    private enum Scope { MODULE, CLASS, FUNCTION }

    private StaticCheck(Program program, List<Problem> problems, Set<String> salvaged) {
        this.program = program;
        this.problems = problems;
        this.bound = new LinkedHashSet<>(BoundNames.of(program.body()));
        bound.addAll(salvaged);
        this.dynamicNames = hasStarImport(program.body()) || usesAny(program.body(), StaticCheck::writesNamespace);
        this.subset = new SubsetCheck(BoundNames.of(program.body(), false), this::problem);
    }

    /**
     * Checks a parsed program.
     *
     * @param program the program
     * @param problems where the problems are added
     * @param salvaged names bound by code that was parsed and not kept (syntax errors, unsupported constructs)
     */
    static void check(Program program, List<Problem> problems, Set<String> salvaged) {
        new StaticCheck(program, problems, salvaged).statements(program.body());
    }

    private void statements(List<Stmt> body) {
        body.forEach(this::statement);
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.Unsupported u) {
            unsupported(u.construct(), u.span());
            return;
        }
        if (s instanceof Stmt.Import i) {
            subset.importStatement(i);
        } else if (s instanceof Stmt.Return r && scope != Scope.FUNCTION) {
            problem(Problem.Kind.SYNTAX, "syntax error: 'return' outside a function", r.span());
        } else if ((s instanceof Stmt.Break || s instanceof Stmt.Continue) && loops == 0) {
            String keyword = s instanceof Stmt.Break ? "break" : "continue";
            problem(Problem.Kind.SYNTAX, "syntax error: '" + keyword + "' outside a loop", s.span());
        } else if (s instanceof Stmt.Nonlocal n && scope == Scope.MODULE) {
            problem(Problem.Kind.SYNTAX, "syntax error: nonlocal declaration not allowed at module level", n.span());
        }
        Expr.Yield yield = statementYield(s);
        if (yield != null) {
            if (scope != Scope.FUNCTION) {
                problem(Problem.Kind.SYNTAX, "syntax error: 'yield' outside function", yield.span());
            } else if (guarded > 0) {
                unsupported(Constructs.YIELD_IN_BLOCK, yield.span());
            }
        }
        for (Expr e : Children.of(s)) {
            if (e == yield) {
                Children.of(e).forEach(this::expression);
                continue;
            }
            if (s instanceof Stmt.AnnAssign a && a.annotation() == e) {
                constructsOnly(e);
                continue;
            }
            if (isTarget(s, e)) {
                target(e);
            } else {
                expression(e);
            }
        }
        if (s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef) {
            Scope outerScope = scope;
            int outerLoops = loops;
            int outerGuarded = guarded;
            scope = s instanceof Stmt.FunctionDef ? Scope.FUNCTION : Scope.CLASS;
            loops = 0;
            guarded = 0;
            Children.blocks(s).forEach(this::statements);
            scope = outerScope;
            loops = outerLoops;
            guarded = outerGuarded;
        } else if (s instanceof Stmt.For || s instanceof Stmt.While) {
            List<List<Stmt>> blocks = Children.blocks(s);
            loops++;
            statements(blocks.get(0));
            loops--;
            statements(blocks.get(1));
        } else if (s instanceof Stmt.Try) {
            List<List<Stmt>> blocks = Children.blocks(s);
            statements(blocks.get(0));
            guarded++;
            blocks.subList(1, blocks.size()).forEach(this::statements);
            guarded--;
        } else {
            Children.blocks(s).forEach(this::statements);
        }
    }

    /** The {@code yield} a statement is ({@code yield x}) or assigns ({@code y = yield x}), or {@code null}. */
    private static Expr.Yield statementYield(Stmt s) {
        if (s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Yield y) {
            return y;
        }
        return s instanceof Stmt.Assign a && a.targets().size() == 1 && a.value() instanceof Expr.Yield y ? y : null;
    }

    private static boolean hasStarImport(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Unsupported u && Constructs.isStarImport(u.construct())
                    || Children.blocks(s).stream().anyMatch(StaticCheck::hasStarImport)) {
                return true;
            }
        }
        return false;
    }

    /** The module of the first {@code from module import *} the program runs, or {@code null}. */
    private static String starImported(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Import i && i.star()) {
                return i.module();
            }
            for (List<Stmt> block : Children.blocks(s)) {
                String inside = starImported(block);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }

    private static boolean writesNamespace(Expr e) {
        if (e instanceof Expr.Name n) {
            return switch (n.id()) {
                case "globals", "vars", "locals", "exec", "eval" -> true;
                default -> false;
            };
        }
        return e instanceof Expr.Attribute a && (a.attribute().equals("__dict__")
                || a.attribute().equals("modules") && a.value() instanceof Expr.Name n && n.id().equals("sys"))
                || e instanceof Expr.Call c && c.arguments().stream()
                        .anyMatch(x -> x instanceof Expr.Name n && n.id().equals("__name__"));
    }

    /** Whether any expression anywhere in the statements passes the test. */
    private static boolean usesAny(List<Stmt> body, java.util.function.Predicate<Expr> test) {
        for (Stmt s : body) {
            if (Children.of(s).stream().anyMatch(e -> usesAny(e, test))
                    || Children.blocks(s).stream().anyMatch(block -> usesAny(block, test))) {
                return true;
            }
        }
        return false;
    }

    private static boolean usesAny(Expr e, java.util.function.Predicate<Expr> test) {
        return test.test(e) || Children.of(e).stream().anyMatch(child -> usesAny(child, test));
    }

    /** Whether an expression of a statement is a place assigned to (its names are bound, not read). */
    private static boolean isTarget(Stmt s, Expr e) {
        return s instanceof Stmt.Assign assign && assign.targets().stream().anyMatch(t -> t == e)
                || s instanceof Stmt.AugAssign augmented && augmented.target() == e
                || s instanceof Stmt.AnnAssign annotated && annotated.target() == e
                || s instanceof Stmt.For f && f.target() == e
                || s instanceof Stmt.Delete
                || s instanceof Stmt.With w && w.items().stream().anyMatch(i -> i.target() == e);
    }

    /** The names of a target are bound; its subscripts and attributes read their parts. */
    private void target(Expr target) {
        if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr || target instanceof Expr.Starred) {
            Children.of(target).forEach(this::target);
        } else if (!(target instanceof Expr.Name)) {
            expression(target);
        }
    }

    private void expression(Expr e) {
        if (e instanceof Expr.Unsupported u) {
            unsupported(u.construct(), u.span());
        } else if (e instanceof Expr.Lambda) {
            lambdas++;
            Children.of(e).forEach(this::expression);
            lambdas--;
        } else if (e instanceof Expr.Yield y) {
            if (scope != Scope.FUNCTION && lambdas == 0) {
                problem(Problem.Kind.SYNTAX, "syntax error: 'yield' outside function", y.span());
            } else {
                unsupported(Constructs.YIELD_IN_EXPRESSION, y.span());
            }
            Children.of(e).forEach(this::expression);
        } else if (e instanceof Expr.Name n) {
            name(n);
        } else if (e instanceof Expr.Attribute a && subset.moduleOf(a.value()) != null) {
            subset.attribute(a);
        } else if (e instanceof Expr.NamedExpr n) {
            expression(n.value());
        } else if (e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.GeneratorExp
                || e instanceof Expr.DictComp) {
            comprehension(e);
        } else {
            Children.of(e).forEach(this::expression);
        }
    }

    /** An annotation: its names are not checked (nothing evaluates them), what bpdiff does not run is refused. */
    private void constructsOnly(Expr e) {
        if (e instanceof Expr.Unsupported u) {
            unsupported(u.construct(), u.span());
        } else {
            Children.of(e).forEach(this::constructsOnly);
        }
    }

    /** A comprehension's targets are bound; its element, iterables and conditions are read. */
    private void comprehension(Expr e) {
        List<Expr.ForClause> clauses = e instanceof Expr.ListComp list ? list.clauses()
                : e instanceof Expr.SetComp set ? set.clauses()
                : e instanceof Expr.GeneratorExp generator ? generator.clauses()
                : ((Expr.DictComp) e).clauses();
        for (Expr child : Children.of(e)) {
            if (clauses.stream().anyMatch(c -> c.target() == child)) {
                target(child);
            } else {
                expression(child);
            }
        }
    }

    private void unsupported(String construct, Span span) {
        problem(Problem.Kind.UNSUPPORTED, "not supported: " + construct + Constructs.hint(construct), span);
    }

    private void name(Expr.Name n) {
        String id = n.id();
        if (bound.contains(id) || Subset.BUILTINS.contains(id)) {
            return;
        }
        String refused = Subset.REFUSED_BUILTINS.get(id);
        if (refused != null) {
            problem(Problem.Kind.UNSUPPORTED, refused, n.span());
        } else if (PythonNames.ALL.contains(id)) {
            problem(Problem.Kind.UNSUPPORTED, id + " is a Python built-in that bpdiff does not run", n.span());
        } else if (!dynamicNames) {
            Set<String> visible = new LinkedHashSet<>(bound);
            visible.addAll(Subset.BUILTINS);
            String star = starImported(program.body());
            if ("numpy".equals(star) && Set.of("matrix", "asmatrix", "mat").contains(id)) {
                problem(Problem.Kind.UNSUPPORTED, "np." + id + " is not in bpdiff's numpy subset"
                        + SubsetCheck.MATRIX_HINT, n.span());
                return;
            }
            problem(Problem.Kind.NAME, "name '" + id + "' is not defined" + (star == null
                    ? Suggestions.didYouMean(id, visible) : "; from " + star + " import * binds only the " + star
                    + " names bpdiff runs (docs/python.md lists them): if " + id + " is one of " + star
                    + "'s, it is not in bpdiff's subset"), n.span());
        }
    }

    private void problem(Problem.Kind kind, String message, Span span) {
        problems.add(new Problem(kind, message, program.source(), span.line(), span.column()));
    }
}
