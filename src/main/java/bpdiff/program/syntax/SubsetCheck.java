package bpdiff.program.syntax;

import bpdiff.program.Problem;
import bpdiff.program.Subset;
import bpdiff.program.Suggestions;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The library half of the static check: imports of modules bpdiff does not run, and members of the modules it runs
 * ({@code np.linalg}, {@code from math import gamma}) that are not in {@link Subset}, each refused with what to
 * write instead.
 */
final class SubsetCheck {

    /** Where a refusal goes. */
    interface Problems {
        /**
         * @param kind the kind of problem
         * @param message what is wrong
         * @param span where
         */
        void add(Problem.Kind kind, String message, Span span);
    }

    /** Import aliases: alias → module's full name. */
    private final Map<String, String> modules = new HashMap<>();
    /** Names bound otherwise than by an import: an alias of that name may not be the module. */
    private final Set<String> rebound;
    private final Problems problems;

    /**
     * @param rebound the names the program binds otherwise than by an import
     * @param problems where refusals go
     */
    SubsetCheck(Set<String> rebound, Problems problems) {
        this.rebound = rebound;
        this.problems = problems;
    }

    /**
     * Refuses an import outside the subset, or notes the alias of one inside it.
     *
     * @param i an import
     */
    void importStatement(Stmt.Import i) {
        String refused = Subset.refusedModule(i.module());
        if (refused != null) {
            problems.add(Problem.Kind.UNSUPPORTED, refused, i.span());
            return;
        }
        if (i.star()) {
            return;
        }
        if (i.name() == null) {
            modules.put(i.alias(), i.alias().equals(i.module().split("\\.")[0]) && i.module().contains(".")
                    ? i.module().split("\\.")[0] : i.module());
            return;
        }
        Set<String> members = Subset.members(i.module());
        String full = i.module() + "." + i.name();
        if (Subset.MODULES.contains(full)) {
            modules.put(i.alias(), full);
        } else if (members != null && !members.contains(i.name())) {
            problems.add(Problem.Kind.UNSUPPORTED, notInSubset(i.module(), i.name(), members), i.span());
        }
    }

    /**
     * Refuses a member of a module that is not in the subset.
     *
     * @param a an attribute whose value names a module ({@link #moduleOf} is not {@code null})
     */
    void attribute(Expr.Attribute a) {
        String module = moduleOf(a.value());
        Set<String> members = Subset.members(module);
        String full = module + "." + a.attribute();
        if (members != null && !members.contains(a.attribute()) && !Subset.MODULES.contains(full)) {
            problems.add(Problem.Kind.UNSUPPORTED, notInSubset(module, a.attribute(), members), a.attributeSpan());
        }
    }

    /**
     * @param e an expression
     * @return the module it names ({@code np}, {@code np.random}), or {@code null}
     */
    String moduleOf(Expr e) {
        if (e instanceof Expr.Name n && modules.containsKey(n.id()) && !rebound.contains(n.id())) {
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

    /** What to write instead of {@code np.matrix}. */
    static final String MATRIX_HINT = ": write 2-D np.array's and @ (or np.dot) for the matrix products np.matrix's * "
            + "makes, repeated @ for its **, and .T as before (np.matrix is deprecated by numpy itself)";

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
            // np.matrix changes what * and ** mean (matrix product, matrix power) and keeps every result 2-D, so a
            // subset of it would read an old port's arithmetic wrongly wherever it strays outside that subset
            case "matrix", "asmatrix", "mat" -> MATRIX_HINT;
            default -> {
                String near = Suggestions.didYouMean(member, members);
                yield near.isEmpty() ? "; docs/python.md lists what is" : near;
            }
        };
        return shown + "." + member + " is not in bpdiff's " + (shown.startsWith("np") ? "numpy" : shown) + " subset"
                + hint;
    }
}
