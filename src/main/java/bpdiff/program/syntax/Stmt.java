package bpdiff.program.syntax;

import java.util.List;

/** A statement of the Python subset, with its {@link Span}. */
public sealed interface Stmt permits Stmt.ExprStmt, Stmt.Assign, Stmt.AugAssign, Stmt.AnnAssign, Stmt.If, Stmt.For,
        Stmt.While, Stmt.FunctionDef, Stmt.ClassDef, Stmt.Return, Stmt.Pass, Stmt.Break, Stmt.Continue, Stmt.Import,
        Stmt.Global, Stmt.Nonlocal, Stmt.Assert, Stmt.Delete, Stmt.Raise, Stmt.Try, Stmt.With, Stmt.Unsupported {

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
     * {@code for target in iterable: body else: orElse}.
     *
     * @param target the loop variable(s)
     * @param iterable what is iterated
     * @param body the block
     * @param orElse the block run when the loop ends without {@code break}, possibly empty
     * @param span the header
     */
    record For(Expr target, Expr iterable, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {

        /** Makes the lists unmodifiable. */
        public For {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }

        /**
         * A loop without {@code else}.
         *
         * @param target the loop variable(s)
         * @param iterable what is iterated
         * @param body the block
         * @param span the header
         */
        public For(Expr target, Expr iterable, List<Stmt> body, Span span) {
            this(target, iterable, body, List.of(), span);
        }
    }

    /**
     * {@code while test: body else: orElse}.
     *
     * @param test the condition
     * @param body the block
     * @param orElse the block run when the test fails (not after {@code break}), possibly empty
     * @param span the header
     */
    record While(Expr test, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {

        /** Makes the lists unmodifiable. */
        public While {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }

        /**
         * A loop without {@code else}.
         *
         * @param test the condition
         * @param body the block
         * @param span the header
         */
        public While(Expr test, List<Stmt> body, Span span) {
            this(test, body, List.of(), span);
        }
    }

    /**
     * {@code @decorators def name(parameters): body}.
     *
     * @param name the function's name
     * @param parameters its parameters, in order (positional-only, positional, {@code *args}, keyword-only,
     *     {@code **kwargs})
     * @param body the block
     * @param decorators the decorator expressions, outermost first, possibly empty
     * @param span the header
     */
    record FunctionDef(String name, List<Parameter> parameters, List<Stmt> body, List<Expr> decorators, Span span)
            implements Stmt {

        /** Makes the lists unmodifiable. */
        public FunctionDef {
            parameters = List.copyOf(parameters);
            body = List.copyOf(body);
            decorators = List.copyOf(decorators);
        }

        /**
         * A function without decorators.
         *
         * @param name the function's name
         * @param parameters its parameters
         * @param body the block
         * @param span the header
         */
        public FunctionDef(String name, List<Parameter> parameters, List<Stmt> body, Span span) {
            this(name, parameters, body, List.of(), span);
        }
    }

    /**
     * One parameter of a function or lambda.
     *
     * @param name its name
     * @param defaultValue its default, or {@code null}
     * @param span where
     * @param kind how arguments bind to it
     */
    record Parameter(String name, Expr defaultValue, Span span, Kind kind) {

        /** How arguments bind to a parameter, in the order they stand in a parameter list. */
        public enum Kind {
            /** Before {@code /}: by position only. */
            POSITIONAL_ONLY,
            /** By position or keyword (a plain parameter). */
            POSITIONAL,
            /** {@code *args}: the remaining positional arguments, as a tuple. */
            VAR_POSITIONAL,
            /** After {@code *} or {@code *args}: by keyword only. */
            KEYWORD_ONLY,
            /** {@code **kwargs}: the remaining keyword arguments, as a dict. */
            VAR_KEYWORD
        }

        /**
         * A plain parameter.
         *
         * @param name its name
         * @param defaultValue its default, or {@code null}
         * @param span where
         */
        public Parameter(String name, Expr defaultValue, Span span) {
            this(name, defaultValue, span, Kind.POSITIONAL);
        }
    }

    /**
     * {@code @decorators class name(bases, keywords): body}.
     *
     * @param name the class's name
     * @param bases the base-class expressions, possibly empty
     * @param keywords keyword arguments of the header ({@code metaclass=…}), possibly empty
     * @param body the block
     * @param decorators the decorator expressions, outermost first, possibly empty
     * @param span the header
     */
    record ClassDef(String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body,
            List<Expr> decorators, Span span) implements Stmt {

        /** Makes the lists unmodifiable. */
        public ClassDef {
            bases = List.copyOf(bases);
            keywords = List.copyOf(keywords);
            body = List.copyOf(body);
            decorators = List.copyOf(decorators);
        }
    }

    /**
     * {@code target: annotation = value}.
     *
     * @param target a name, attribute or subscript
     * @param annotation the annotation (evaluated by nothing)
     * @param value the assigned value, or {@code null} for a bare annotation
     * @param span where
     */
    record AnnAssign(Expr target, Expr annotation, Expr value, Span span) implements Stmt {}

    /**
     * {@code nonlocal names}.
     *
     * @param names the names, bound in an enclosing function
     * @param span where
     */
    record Nonlocal(List<String> names, Span span) implements Stmt {

        /** Makes the list unmodifiable. */
        public Nonlocal {
            names = List.copyOf(names);
        }
    }

    /**
     * {@code del targets}.
     *
     * @param targets names, subscripts or attributes
     * @param span where
     */
    record Delete(List<Expr> targets, Span span) implements Stmt {

        /** Makes the list unmodifiable. */
        public Delete {
            targets = List.copyOf(targets);
        }
    }

    /**
     * {@code raise exception from cause}.
     *
     * @param exception the exception (class or instance), or {@code null} to re-raise the one being handled
     * @param cause the {@code from} expression, or {@code null}
     * @param span where
     */
    record Raise(Expr exception, Expr cause, Span span) implements Stmt {}

    /**
     * {@code try: body except …: … else: orElse finally: finalBody}.
     *
     * @param body the guarded block
     * @param handlers the {@code except} clauses, in order, possibly empty (then {@code finalBody} is not)
     * @param orElse the block run when {@code body} raised nothing, possibly empty
     * @param finalBody the block run in every case, possibly empty
     * @param span the {@code try} header
     */
    record Try(List<Stmt> body, List<Handler> handlers, List<Stmt> orElse, List<Stmt> finalBody, Span span)
            implements Stmt {

        /** Makes the lists unmodifiable. */
        public Try {
            body = List.copyOf(body);
            handlers = List.copyOf(handlers);
            orElse = List.copyOf(orElse);
            finalBody = List.copyOf(finalBody);
        }
    }

    /**
     * {@code except type as name: body}.
     *
     * @param type the exception class or tuple of classes, or {@code null} for a bare {@code except:}
     * @param name the name bound to the exception, or {@code null}
     * @param body the block
     * @param span the {@code except} header
     */
    record Handler(Expr type, String name, List<Stmt> body, Span span) {

        /** Makes the list unmodifiable. */
        public Handler {
            body = List.copyOf(body);
        }
    }

    /**
     * {@code with context as target, …: body}.
     *
     * @param items the context managers, in order
     * @param body the block
     * @param span the header
     */
    record With(List<WithItem> items, List<Stmt> body, Span span) implements Stmt {

        /** Makes the lists unmodifiable. */
        public With {
            items = List.copyOf(items);
            body = List.copyOf(body);
        }
    }

    /**
     * One {@code context as target} of a {@code with}.
     *
     * @param context the context-manager expression
     * @param target what {@code __enter__}'s result is bound to, or {@code null}
     */
    record WithItem(Expr context, Expr target) {}

    /**
     * A statement that CPython accepts and bpdiff parses but does not run ({@code match}, {@code async def},
     * {@code async for}, {@code async with}, {@code try/except*}, {@code from … import *}); the static check
     * refuses it with "not supported: {@code construct}" at its position, where CPython's {@code ast} places the
     * statement.
     *
     * @param construct how the construct is named in the message, e.g. {@code "match statement"}
     * @param span where the construct starts
     */
    record Unsupported(String construct, Span span) implements Stmt {}

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
     * {@code import module as alias}, {@code from module import name as alias}, or {@code from module import *} of a
     * module whose star import bpdiff runs ({@link bpdiff.program.Subset#starImport}), whose name and alias are
     * {@code *}.
     *
     * @param module the dotted module name, e.g. {@code matplotlib.pyplot}
     * @param name for {@code from … import name}, the imported name, else {@code null}
     * @param alias the name it is bound to
     * @param span where
     */
    record Import(String module, String name, String alias, Span span) implements Stmt {

        /** @return whether it is {@code from module import *} */
        public boolean star() {
            return "*".equals(name);
        }

        /** @return the names it binds: the alias, or every name a star import binds */
        public java.util.List<String> bound() {
            return star() ? bpdiff.program.Subset.starImport(module) : java.util.List.of(alias);
        }
    }

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
