package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which variable every name of a program is, by CPython's symbol-table rules ({@code Python/symtable.c}).
 *
 * <p>A program is a tree of blocks: the module, each function and lambda, each class body and each
 * comprehension (a function of its own since Python 3). A name is <em>local</em> to a block that binds it
 * (assigns, deletes, loops over, imports, defines or takes it as a parameter), unless the block declares it
 * {@code global} or {@code nonlocal}. A name a block uses without binding is <em>free</em> if an enclosing
 * function binds it (that function keeps it in a <em>cell</em>), else an implicit <em>global</em> (the
 * module's, then the built-ins). Class bodies are not enclosing scopes of the functions defined in them:
 * their names are reached through the class, never as free variables. A comprehension's first iterable
 * belongs to the enclosing block; its loop variables are its own; an assignment expression ({@code :=}) in
 * a comprehension binds in the nearest enclosing function or module. A function that uses {@code super}
 * has the implicit free variable {@code __class__}, which its class body keeps in a cell.
 *
 * <p>The errors CPython's compiler raises here ({@code SyntaxError}: a {@code global} after a use, a
 * {@code nonlocal} without a binding, …) are collected as {@link Problem}s with CPython's wording.
 */
public final class Symbols {

    /** What a name is in one block. */
    public enum Kind {
        /** Bound in this block and used by no nested function. */
        LOCAL,
        /** Bound in this block and used by a nested function, which shares it. */
        CELL,
        /** Bound in an enclosing function (or declared {@code nonlocal}). */
        FREE,
        /** Declared {@code global}. */
        GLOBAL_EXPLICIT,
        /** Not bound here nor in an enclosing function: the module's, then a built-in. */
        GLOBAL_IMPLICIT
    }

    /** The sorts of block. */
    public enum BlockType {
        /** The module. */
        MODULE,
        /** A {@code def}, a {@code lambda} or a comprehension. */
        FUNCTION,
        /** A class body. */
        CLASS
    }

    /**
     * A compile-time error of the program, as CPython words it.
     *
     * @param message e.g. {@code name 'x' is used prior to global declaration}
     * @param span where
     */
    public record Problem(String message, Span span) {}

    private static final int DEF_GLOBAL = 1;
    private static final int DEF_LOCAL = 2;
    private static final int DEF_PARAM = 4;
    private static final int DEF_NONLOCAL = 8;
    private static final int USE = 16;
    private static final int DEF_COMP_ITER = 32;
    private static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM;

    /** One block and the kinds of the names in it. */
    public static final class Block {

        private final BlockType type;
        private final String name;
        private final Block parent;
        private final boolean comprehension;
        private final Map<String, Integer> flags = new LinkedHashMap<>();
        private final Map<String, Kind> kinds = new LinkedHashMap<>();
        private final List<Block> children = new ArrayList<>();
        private final List<String> parameters = new ArrayList<>();
        private final Map<String, Span> nonlocals = new LinkedHashMap<>();
        private boolean needsClassCell;

        private Block(BlockType type, String name, Block parent, boolean comprehension) {
            this.type = type;
            this.name = name;
            this.parent = parent;
            this.comprehension = comprehension;
        }

        /** @return the sort of block */
        public BlockType type() {
            return type;
        }

        /** @return the function's or class's name; {@code lambda}, {@code listcomp}, … or {@code top} */
        public String name() {
            return name;
        }

        /** @return the enclosing block, or {@code null} for the module */
        public Block parent() {
            return parent;
        }

        /** @return whether it is a comprehension's block */
        public boolean isComprehension() {
            return comprehension;
        }

        /**
         * @param id a name
         * @return what it is here, or {@code null} if the block neither binds nor uses it
         */
        public Kind kind(String id) {
            return kinds.get(id);
        }

        /**
         * @param id a name
         * @return whether this block binds it (local or cell)
         */
        public boolean binds(String id) {
            Kind k = kinds.get(id);
            return k == Kind.LOCAL || k == Kind.CELL;
        }

        /** @return every name and its kind, in order of first appearance */
        public Map<String, Kind> kinds() {
            return Collections.unmodifiableMap(kinds);
        }

        /** @return the parameter names of a function block, in order */
        public List<String> parameters() {
            return Collections.unmodifiableList(parameters);
        }

        /** @return the blocks nested directly in this one */
        public List<Block> children() {
            return Collections.unmodifiableList(children);
        }

        /** @return for a class body, whether a method uses {@code super} or {@code __class__} */
        public boolean needsClassCell() {
            return needsClassCell;
        }

        private int flag(String id) {
            return flags.getOrDefault(id, 0);
        }
    }

    private final Map<Object, Block> blocks = new IdentityHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Block module;
    private Block current;

    private Symbols(Block module) {
        this.module = module;
        this.current = module;
    }

    /**
     * Analyses a program.
     *
     * @param body the module's statements
     * @return its blocks and their names
     */
    public static Symbols of(List<Stmt> body) {
        Symbols symbols = new Symbols(new Block(BlockType.MODULE, "top", null, false));
        symbols.statements(body);
        symbols.analyze(symbols.module, null, new HashSet<>(), new HashSet<>());
        return symbols;
    }

    /** @return the module's block */
    public Block module() {
        return module;
    }

    /**
     * @param node a {@link Stmt.FunctionDef}, {@link Stmt.ClassDef}, {@link Expr.Lambda} or comprehension
     * @return its block, or {@code null} if the node is not part of the analysed program
     */
    public Block of(Object node) {
        return blocks.get(node);
    }

    /** @return the compile-time errors, in the order found */
    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    // ---- collecting the flags, block by block, in source order ----

    private Block enter(Object node, BlockType type, String name, boolean comprehension) {
        Block block = new Block(type, name, current, comprehension);
        current.children.add(block);
        blocks.put(node, block);
        current = block;
        return block;
    }

    private void leave() {
        current = current.parent;
    }

    private void add(String id, int flag, Span span) {
        int old = current.flag(id);
        if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
            problem("duplicate argument '" + id + "' in function definition", span);
        }
        current.flags.put(id, old | flag);
    }

    private void statements(List<Stmt> body) {
        body.forEach(this::statement);
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            expression(e.value());
        } else if (s instanceof Stmt.Assign a) {
            a.targets().forEach(this::target);
            expression(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            target(a.target());
            expression(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            target(a.target());
            expression(a.annotation()); // CPython's symbol table reads the annotation's names as uses
            if (a.value() != null) {
                expression(a.value());
            }
        } else if (s instanceof Stmt.If i) {
            expression(i.test());
            statements(i.body());
            statements(i.orElse());
        } else if (s instanceof Stmt.For f) {
            target(f.target());
            expression(f.iterable());
            statements(f.body());
            statements(f.orElse());
        } else if (s instanceof Stmt.While w) {
            expression(w.test());
            statements(w.body());
            statements(w.orElse());
        } else if (s instanceof Stmt.FunctionDef f) {
            add(f.name(), DEF_LOCAL, f.span());
            defaults(f.parameters());
            f.decorators().forEach(this::expression);
            enter(f, BlockType.FUNCTION, f.name(), false);
            parameters(f.parameters());
            statements(f.body());
            leave();
        } else if (s instanceof Stmt.ClassDef c) {
            add(c.name(), DEF_LOCAL, c.span());
            c.bases().forEach(this::expression);
            c.keywords().forEach(k -> expression(k.value()));
            c.decorators().forEach(this::expression);
            enter(c, BlockType.CLASS, c.name(), false);
            statements(c.body());
            leave();
        } else if (s instanceof Stmt.Return r) {
            optional(r.value());
        } else if (s instanceof Stmt.Import i) {
            if (!i.star()) { // as CPython's symtable: a star import's names are unknown to it, read as globals
                add(i.alias(), DEF_LOCAL, i.span());
            }
        } else if (s instanceof Stmt.Global g) {
            declare(g.names(), DEF_GLOBAL, g.span());
        } else if (s instanceof Stmt.Nonlocal n) {
            declare(n.names(), DEF_NONLOCAL, n.span());
        } else if (s instanceof Stmt.Assert a) {
            expression(a.test());
            optional(a.message());
        } else if (s instanceof Stmt.Delete d) {
            d.targets().forEach(this::target);
        } else if (s instanceof Stmt.Raise r) {
            optional(r.exception());
            optional(r.cause());
        } else if (s instanceof Stmt.Try t) {
            statements(t.body());
            for (Stmt.Handler h : t.handlers()) {
                optional(h.type());
                if (h.name() != null) {
                    add(h.name(), DEF_LOCAL, h.span());
                }
                statements(h.body());
            }
            statements(t.orElse());
            statements(t.finalBody());
        } else if (s instanceof Stmt.With w) {
            for (Stmt.WithItem item : w.items()) {
                expression(item.context());
                if (item.target() != null) {
                    target(item.target());
                }
            }
            statements(w.body());
        }
    }

    /** {@code global} or {@code nonlocal}: refused after the name was used or bound in the block, as CPython does. */
    private void declare(List<String> names, int flag, Span span) {
        String word = flag == DEF_GLOBAL ? "global" : "nonlocal";
        for (String id : names) {
            int old = current.flag(id);
            if ((old & (DEF_PARAM | DEF_LOCAL | USE)) != 0) {
                String how = (old & DEF_PARAM) != 0 ? "is parameter and " + word
                        : (old & DEF_LOCAL) != 0 ? "is assigned to before " + word + " declaration"
                        : "is used prior to " + word + " declaration";
                problem("name '" + id + "' " + how, span);
                continue;
            }
            if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && (old & flag) == 0) {
                problem("name '" + id + "' is nonlocal and global", span);
                continue;
            }
            if (flag == DEF_NONLOCAL && current.type == BlockType.MODULE) {
                problem("nonlocal declaration not allowed at module level", span);
                return;
            }
            current.flags.put(id, old | flag);
            if (flag == DEF_NONLOCAL) {
                current.nonlocals.put(id, span);
            } else {
                // CPython keeps every global declaration in the module's table too (st_global)
                module.flags.put(id, module.flag(id) | DEF_GLOBAL);
            }
        }
    }

    private void defaults(List<Stmt.Parameter> parameters) {
        for (Stmt.Parameter p : parameters) {
            optional(p.defaultValue());
        }
    }

    private void parameters(List<Stmt.Parameter> parameters) {
        for (Stmt.Parameter p : parameters) {
            add(p.name(), DEF_PARAM, p.span());
            current.parameters.add(p.name());
        }
    }

    private void optional(Expr e) {
        if (e != null) {
            expression(e);
        }
    }

    /** An assignment target: the names it binds, and the expressions it reads (subscripts, attributes). */
    private void target(Expr e) {
        target(e, DEF_LOCAL);
    }

    /** A target whose names are bound with {@code flags} (a comprehension's also {@code DEF_COMP_ITER}). */
    private void target(Expr e, int flags) {
        if (e instanceof Expr.Name n) {
            add(n.id(), flags, n.span());
        } else if (e instanceof Expr.TupleExpr t) {
            t.elements().forEach(x -> target(x, flags));
        } else if (e instanceof Expr.ListExpr l) {
            l.elements().forEach(x -> target(x, flags));
        } else if (e instanceof Expr.Starred s) {
            target(s.value(), flags);
        } else {
            expression(e);
        }
    }

    private void expression(Expr e) {
        if (e instanceof Expr.Name n) {
            add(n.id(), USE, n.span());
            if (n.id().equals("super") && current.type == BlockType.FUNCTION) {
                add("__class__", USE, n.span());
            }
        } else if (e instanceof Expr.Lambda l) {
            defaults(l.parameters());
            enter(l, BlockType.FUNCTION, "lambda", false);
            parameters(l.parameters());
            expression(l.body());
            leave();
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, "listcomp", c.clauses(), c.element(), null);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, "setcomp", c.clauses(), c.element(), null);
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, "genexpr", c.clauses(), c.element(), null);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, "dictcomp", c.clauses(), c.key(), c.value());
        } else if (e instanceof Expr.NamedExpr n) {
            namedExpr(n);
        } else if (e instanceof Expr.DictExpr d) {
            d.keys().forEach(this::optional);
            d.values().forEach(this::expression);
        } else if (e instanceof Expr.SetExpr s) {
            s.elements().forEach(this::expression);
        } else if (e instanceof Expr.Starred s) {
            expression(s.value());
        } else {
            Children.of(e).forEach(this::expression);
        }
    }

    private void comprehension(Expr node, String name, List<Expr.ForClause> clauses, Expr element, Expr value) {
        expression(clauses.get(0).iterable());
        enter(node, BlockType.FUNCTION, name, true);
        current.flags.put(".0", DEF_PARAM);
        current.parameters.add(".0");
        for (int k = 0; k < clauses.size(); k++) {
            Expr.ForClause clause = clauses.get(k);
            if (k > 0) {
                expression(clause.iterable());
            }
            target(clause.target(), DEF_LOCAL | DEF_COMP_ITER);
            clause.conditions().forEach(this::expression);
        }
        expression(element);
        optional(value);
        leave();
    }

    /** {@code x := v}; in a comprehension it binds in the nearest enclosing function or the module. */
    private void namedExpr(Expr.NamedExpr n) {
        String id = n.target().id();
        if (current.comprehension) {
            Block block = current;
            while (block.comprehension) {
                if ((block.flag(id) & DEF_COMP_ITER) != 0) {
                    problem("assignment expression cannot rebind comprehension iteration variable '" + id + "'",
                            n.span());
                    expression(n.value());
                    return;
                }
                block = block.parent;
            }
            if (block.type == BlockType.CLASS) {
                problem("assignment expression within a comprehension cannot be used in a class body", n.span());
                expression(n.value());
                return;
            }
            int outer = block.flag(id);
            boolean global = block.type == BlockType.MODULE || (outer & DEF_GLOBAL) != 0;
            for (Block b = current; b != block; b = b.parent) {
                b.flags.put(id, b.flag(id) | (global ? DEF_GLOBAL : DEF_NONLOCAL));
            }
            block.flags.put(id, outer | DEF_LOCAL);
            if (global) {
                module.flags.put(id, module.flag(id) | DEF_GLOBAL);
            }
        } else {
            add(id, DEF_LOCAL, n.target().span());
        }
        expression(n.value());
    }

    private void problem(String message, Span span) {
        problems.add(new Problem(message, span));
    }

    // ---- deciding the kinds: CPython's analyze_block ----

    /**
     * @param block the block
     * @param bound names bound by enclosing functions ({@code null} for the module)
     * @param global names declared global in enclosing blocks
     * @param free where the free names of this block and its children are added
     */
    private void analyze(Block block, Set<String> bound, Set<String> global, Set<String> free) {
        Set<String> local = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        for (Map.Entry<String, Integer> e : block.flags.entrySet()) {
            analyzeName(block, e.getKey(), e.getValue(), bound, local, newFree, global);
        }
        Set<String> newBound = new HashSet<>();
        Set<String> newGlobal = new HashSet<>(global);
        if (block.type == BlockType.FUNCTION) {
            newBound.addAll(local);
        }
        if (bound != null) {
            newBound.addAll(bound);
        }
        if (block.type == BlockType.CLASS) {
            newBound.add("__class__");
        }
        Set<String> childrenFree = new HashSet<>();
        for (Block child : block.children) {
            Set<String> childFree = new HashSet<>();
            analyze(child, new HashSet<>(newBound), new HashSet<>(newGlobal), childFree);
            childrenFree.addAll(childFree);
        }
        newFree.addAll(childrenFree);
        if (block.type == BlockType.FUNCTION) {
            for (String id : new ArrayList<>(newFree)) {
                if (block.kinds.get(id) == Kind.LOCAL) {
                    block.kinds.put(id, Kind.CELL);
                    newFree.remove(id);
                }
            }
        } else if (block.type == BlockType.CLASS && newFree.remove("__class__")) {
            block.needsClassCell = true;
        }
        for (String id : newFree) {
            if (block.kinds.containsKey(id)) {
                continue;
            }
            if (bound != null && !bound.contains(id)) {
                continue;
            }
            block.kinds.put(id, Kind.FREE);
        }
        free.addAll(newFree);
    }

    private void analyzeName(Block block, String id, int flags, Set<String> bound, Set<String> local,
            Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            block.kinds.put(id, Kind.GLOBAL_EXPLICIT);
            global.add(id);
            if (bound != null) {
                bound.remove(id);
            }
        } else if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null || !bound.contains(id)) {
                problem("no binding for nonlocal '" + id + "' found", block.nonlocals.get(id));
            }
            block.kinds.put(id, Kind.FREE);
            free.add(id);
        } else if ((flags & DEF_BOUND) != 0) {
            block.kinds.put(id, Kind.LOCAL);
            local.add(id);
            global.remove(id);
        } else if (bound != null && bound.contains(id)) {
            block.kinds.put(id, Kind.FREE);
            free.add(id);
        } else {
            block.kinds.put(id, Kind.GLOBAL_IMPLICIT);
        }
    }
}
