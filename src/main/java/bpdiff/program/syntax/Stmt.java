package bpdiff.program.syntax;

import java.util.List;

/** A statement of the Python subset, with its {@link Span}. */
public sealed interface Stmt permits Stmt.ExprStmt, Stmt.Assign, Stmt.AugAssign, Stmt.If, Stmt.For, Stmt.While,
        Stmt.FunctionDef, Stmt.Return, Stmt.Pass, Stmt.Break, Stmt.Continue, Stmt.Import, Stmt.Global, Stmt.Assert {

    /** @return where the statement is (for a compound statement, its header line) */
    Span span();

    /**
     * An expression on its own, e.g. a call of {@code print}.
     *
     * @param value the expression
     * @param span where
     */
    record ExprStmt(Expr value, Span span) implements Stmt {}

    /**
     * {@code t1 = t2 = value}.
     *
     * @param targets the targets, left to right (usually one)
     * @param value the assigned value
     * @param span where
     */
    record Assign(List<Expr> targets, Expr value, Span span) implements Stmt {

        /** Makes the list unmodifiable. */
        public Assign {
            targets = List.copyOf(targets);
        }
    }

    /**
     * {@code target op= value}.
     *
     * @param target a name or subscript
     * @param operator the operator
     * @param value the right-hand side
     * @param span where
     */
    record AugAssign(Expr target, BinaryOperator operator, Expr value, Span span) implements Stmt {}

    /**
     * {@code if test: body else: orElse}; {@code elif} is an {@code If} inside {@code orElse}.
     *
     * @param test the condition
     * @param body the block when it holds
     * @param orElse the block otherwise, possibly empty
     * @param span the header
     */
    record If(Expr test, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {

        /** Makes the lists unmodifiable. */
        public If {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }
    }

    /**
     * {@code for target in iterable: body}.
     *
     * @param target the loop variable(s)
     * @param iterable what is iterated
     * @param body the block
     * @param span the header
     */
    record For(Expr target, Expr iterable, List<Stmt> body, Span span) implements Stmt {

        /** Makes the list unmodifiable. */
        public For {
            body = List.copyOf(body);
        }
    }

    /**
     * {@code while test: body}.
     *
     * @param test the condition
     * @param body the block
     * @param span the header
     */
    record While(Expr test, List<Stmt> body, Span span) implements Stmt {

        /** Makes the list unmodifiable. */
        public While {
            body = List.copyOf(body);
        }
    }

    /**
     * {@code def name(parameters): body}.
     *
     * @param name the function's name
     * @param parameters its parameters, in order
     * @param body the block
     * @param span the header
     */
    record FunctionDef(String name, List<Parameter> parameters, List<Stmt> body, Span span) implements Stmt {

        /** Makes the lists unmodifiable. */
        public FunctionDef {
            parameters = List.copyOf(parameters);
            body = List.copyOf(body);
        }
    }

    /**
     * One parameter of a function.
     *
     * @param name its name
     * @param defaultValue its default, or {@code null}
     * @param span where
     */
    record Parameter(String name, Expr defaultValue, Span span) {}

    /**
     * {@code return value}.
     *
     * @param value the value, or {@code null}
     * @param span where
     */
    record Return(Expr value, Span span) implements Stmt {}

    /**
     * {@code pass}.
     *
     * @param span where
     */
    record Pass(Span span) implements Stmt {}

    /**
     * {@code break}.
     *
     * @param span where
     */
    record Break(Span span) implements Stmt {}

    /**
     * {@code continue}.
     *
     * @param span where
     */
    record Continue(Span span) implements Stmt {}

    /**
     * {@code import module as alias} or {@code from module import name as alias}.
     *
     * @param module the dotted module name, e.g. {@code matplotlib.pyplot}
     * @param name for {@code from … import name}, the imported name, else {@code null}
     * @param alias the name it is bound to
     * @param span where
     */
    record Import(String module, String name, String alias, Span span) implements Stmt {}

    /**
     * {@code global a, b}.
     *
     * @param names the names
     * @param span where
     */
    record Global(List<String> names, Span span) implements Stmt {

        /** Makes the list unmodifiable. */
        public Global {
            names = List.copyOf(names);
        }
    }

    /**
     * {@code assert test, message}.
     *
     * @param test the condition
     * @param message the message, or {@code null}
     * @param span where
     */
    record Assert(Expr test, Expr message, Span span) implements Stmt {}
}
