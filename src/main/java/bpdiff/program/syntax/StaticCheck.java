package bpdiff.program.syntax;

import bpdiff.program.Problem;
import bpdiff.program.Subset;
import bpdiff.program.Suggestions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, before the program runs, every name that is defined nowhere and everything outside the subset
 * ({@link Subset}): imports of other modules, members numpy has but bpdiff does not run, refused built-ins,
 * functions inside functions, {@code return} outside a function, {@code break} outside a loop.
 *
 * <p>A name is defined if the module, the enclosing function (its parameters and everything it assigns) or
 * an enclosing comprehension binds it somewhere, or it is a built-in. Whether it is bound yet when it is
 * read is the interpreter's business.
 */
final class StaticCheck {

    private final Program program;
    private final List<Problem> problems;
    private final Set<String> moduleNames;
    /** Import aliases bound at module level: alias → module's full name. */
    private final Map<String, String> modules = new HashMap<>();
    private final Deque<Set<String>> scopes = new ArrayDeque<>();
    private Set<String> functionLocals;
    private int loops;

    private StaticCheck(Program program, List<Problem> problems, Set<String> salvaged) {
        this.program = program;
        this.problems = problems;
        this.moduleNames = new LinkedHashSet<>(AssignedNames.of(program.body()));
        moduleNames.addAll(salvaged);
        declaredGlobals(program.body());
    }

    /**
     * Checks a parsed program.
     *
     * @param program the program
     * @param problems where the problems are added
     * @param salvaged names that statements with syntax errors meant to bind (defined, so not reported twice)
     */
    static void check(Program program, List<Problem> problems, Set<String> salvaged) {
        new StaticCheck(program, problems, salvaged).statements(program.body());
    }

    /** Names a function declares global and assigns are module names too. */
    private void declaredGlobals(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.FunctionDef f) {
                moduleNames.addAll(AssignedNames.globals(f.body()));
            }
        }
    }

    private void statements(List<Stmt> body) {
        body.forEach(this::statement);
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            expression(e.value());
        } else if (s instanceof Stmt.Assign a) {
            expression(a.value());
            a.targets().forEach(this::target);
        } else if (s instanceof Stmt.AugAssign a) {
            expression(a.target());
            expression(a.value());
            target(a.target());
        } else if (s instanceof Stmt.If i) {
            expression(i.test());
            statements(i.body());
            statements(i.orElse());
        } else if (s instanceof Stmt.For f) {
            expression(f.iterable());
            target(f.target());
            loop(f.body());
        } else if (s instanceof Stmt.While w) {
            expression(w.test());
            loop(w.body());
        } else if (s instanceof Stmt.FunctionDef f) {
            function(f);
        } else if (s instanceof Stmt.Return r) {
            if (functionLocals == null) {
                problem(Problem.Kind.SYNTAX, "syntax error: 'return' outside a function", r.span());
            }
            if (r.value() != null) {
                expression(r.value());
            }
        } else if (s instanceof Stmt.Break || s instanceof Stmt.Continue) {
            if (loops == 0) {
                String keyword = s instanceof Stmt.Break ? "break" : "continue";
                problem(Problem.Kind.SYNTAX, "syntax error: '" + keyword + "' outside a loop", s.span());
            }
        } else if (s instanceof Stmt.Import i) {
            importStatement(i);
        } else if (s instanceof Stmt.Assert a) {
            expression(a.test());
            if (a.message() != null) {
                expression(a.message());
            }
        }
    }

    private void loop(List<Stmt> body) {
        loops++;
        statements(body);
        loops--;
    }

    private void function(Stmt.FunctionDef f) {
        if (functionLocals != null) {
            problem(Problem.Kind.UNSUPPORTED, "a def inside a def is not supported: define " + f.name()
                    + " at module level", f.span());
            return;
        }
        for (Stmt.Parameter p : f.parameters()) {
            if (p.defaultValue() != null) {
                expression(p.defaultValue());
            }
        }
        Set<String> locals = new LinkedHashSet<>();
        f.parameters().forEach(p -> locals.add(p.name()));
        locals.addAll(AssignedNames.of(f.body()));
        int outerLoops = loops;
        loops = 0;
        functionLocals = locals;
        statements(f.body());
        functionLocals = null;
        loops = outerLoops;
    }

    private void importStatement(Stmt.Import i) {
        String refused = Subset.refusedModule(i.module());
        if (refused != null) {
            problem(Problem.Kind.UNSUPPORTED, refused, i.span());
            return;
        }
        if (i.name() == null) {
            if (functionLocals == null) {
                modules.put(i.alias(), i.alias().equals(i.module().split("\\.")[0]) && i.module().contains(".")
                        ? i.module().split("\\.")[0] : i.module());
            }
            return;
        }
        Set<String> members = Subset.members(i.module());
        String full = i.module() + "." + i.name();
        if (Subset.MODULES.contains(full)) {
            if (functionLocals == null) {
                modules.put(i.alias(), full);
            }
        } else if (members != null && !members.contains(i.name())) {
            problem(Problem.Kind.UNSUPPORTED, notInSubset(i.module(), i.name(), members), i.span());
        }
    }

    private void target(Expr target) {
        if (target instanceof Expr.TupleExpr t) {
            t.elements().forEach(this::target);
        } else if (target instanceof Expr.ListExpr l) {
            l.elements().forEach(this::target);
        } else if (target instanceof Expr.Subscript sub) {
            expression(sub.value());
            sub.indices().forEach(this::expression);
        } else if (target instanceof Expr.Attribute a) {
            expression(a.value());
        }
    }

    private void expression(Expr e) {
        if (e instanceof Expr.Name n) {
            name(n);
        } else if (e instanceof Expr.Attribute a) {
            attribute(a);
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c);
        } else if (e instanceof Expr.FString f) {
            for (Object part : f.parts()) {
                if (part instanceof Expr.FormattedValue v) {
                    expression(v.value());
                }
            }
        } else {
            Children.of(e).forEach(this::expression);
        }
    }

    private void comprehension(Expr.ListComp c) {
        int pushed = 0;
        for (Expr.ForClause clause : c.clauses()) {
            expression(clause.iterable());
            Set<String> bound = new LinkedHashSet<>();
            AssignedNames.targets(clause.target(), bound);
            scopes.push(bound);
            pushed++;
            clause.conditions().forEach(this::expression);
        }
        expression(c.element());
        for (int k = 0; k < pushed; k++) {
            scopes.pop();
        }
    }

    private void name(Expr.Name n) {
        String id = n.id();
        if (isDefined(id)) {
            return;
        }
        String refused = Subset.REFUSED_BUILTINS.get(id);
        if (refused != null) {
            problem(Problem.Kind.UNSUPPORTED, refused, n.span());
            return;
        }
        Set<String> visible = new LinkedHashSet<>();
        scopes.forEach(visible::addAll);
        if (functionLocals != null) {
            visible.addAll(functionLocals);
        }
        visible.addAll(moduleNames);
        visible.addAll(Subset.BUILTINS);
        problem(Problem.Kind.NAME, "name '" + id + "' is not defined" + Suggestions.didYouMean(id, visible), n.span());
    }

    private boolean isDefined(String id) {
        for (Set<String> scope : scopes) {
            if (scope.contains(id)) {
                return true;
            }
        }
        return functionLocals != null && functionLocals.contains(id) || moduleNames.contains(id)
                || Subset.BUILTINS.contains(id);
    }

    private void attribute(Expr.Attribute a) {
        String module = moduleOf(a.value());
        if (module == null) {
            expression(a.value());
            return;
        }
        Set<String> members = Subset.members(module);
        String full = module + "." + a.attribute();
        if (members != null && !members.contains(a.attribute()) && !Subset.MODULES.contains(full)) {
            problem(Problem.Kind.UNSUPPORTED, notInSubset(module, a.attribute(), members), a.attributeSpan());
        }
    }

    /** The module an expression names ({@code np}, {@code np.random}), or {@code null}. */
    private String moduleOf(Expr e) {
        if (e instanceof Expr.Name n && modules.containsKey(n.id()) && !shadowed(n.id())) {
            return modules.get(n.id());
        }
        if (e instanceof Expr.Attribute a) {
            String outer = moduleOf(a.value());
            if (outer != null && Subset.MODULES.contains(outer + "." + a.attribute())) {
                return outer + "." + a.attribute();
            }
        }
        return null;
    }

    private boolean shadowed(String alias) {
        return functionLocals != null && functionLocals.contains(alias)
                || scopes.stream().anyMatch(s -> s.contains(alias));
    }

    private static String notInSubset(String module, String member, Set<String> members) {
        String shown = switch (module) {
            case "numpy" -> "np";
            case "numpy.random" -> "np.random";
            default -> module;
        };
        String hint = switch (member) {
            case "linalg" -> ": solve with the formulas of the lecture instead";
            case "max", "min", "amax", "amin" -> ": np.maximum and np.minimum compare elementwise";
            case "clip" -> ": write np.minimum(np.maximum(x, a), b)";
            case "sign" -> ": write np.where(x > 0, 1.0, -1.0)";
            default -> {
                String near = Suggestions.didYouMean(member, members);
                yield near.isEmpty() ? "; the README's 'Check your homework program' lists what is" : near;
            }
        };
        return shown + "." + member + " is not in bpdiff's " + (shown.startsWith("np") ? "numpy" : shown) + " subset"
                + hint;
    }

    private void problem(Problem.Kind kind, String message, Span span) {
        problems.add(new Problem(kind, message, program.source(), span.line(), span.column()));
    }
}
