package bpdiff.program.syntax;

import java.util.List;

/**
 * An expression of the Python subset. Every node knows its {@link Span}, so that errors point at it and
 * the report can quote it.
 */
public sealed interface Expr permits Expr.Num, Expr.Str, Expr.FString, Expr.Constant, Expr.Name, Expr.Attribute,
        Expr.Subscript, Expr.Call, Expr.Binary, Expr.Unary, Expr.Compare, Expr.BoolOp, Expr.IfExp, Expr.ListExpr,
        Expr.TupleExpr, Expr.ListComp, Expr.Slice, Expr.DictExpr, Expr.SetExpr, Expr.DictComp, Expr.SetComp,
        Expr.GeneratorExp, Expr.Lambda, Expr.Starred, Expr.NamedExpr, Expr.EllipsisLiteral, Expr.Yield,
        Expr.Unsupported {

    /** @return where the expression is */
    Span span();

    /**
     * A number literal.
     *
     * @param value its value
     * @param integer whether Python reads it as an {@code int} (no point, no exponent)
     * @param span where
     * @param text the literal as a formula list wrote it ({@code 1e-3}, {@code .5}), which its messages quote; or
     *     {@code null} (a program's literal)
     */
    record Num(double value, boolean integer, Span span, String text) implements Expr {

        /**
         * A program's literal, written back by its value.
         *
         * @param value its value
         * @param integer whether Python reads it as an {@code int}
         * @param span where
         */
        public Num(double value, boolean integer, Span span) {
            this(value, integer, span, null);
        }
    }

    /**
     * A string literal (adjacent literals already joined).
     *
     * @param value the decoded string
     * @param span where
     */
    record Str(String value, Span span) implements Expr {}

    /**
     * An f-string: literal parts and formatted expressions in order.
     *
     * @param parts each a {@link Str} or a {@link FormattedValue}
     * @param span where
     */
    record FString(List<Object> parts, Span span) implements Expr {

        /** Makes the list unmodifiable. */
        public FString {
            parts = List.copyOf(parts);
        }
    }

    /**
     * One {@code {expression:spec}} of an f-string.
     *
     * @param value the expression
     * @param conversion {@code r}, {@code s} or {@code a} after a {@code !}, or {@code null}
     * @param spec the format spec after {@code :}, or {@code ""}
     * @param specParts a spec holding replacement fields ({@code {x:{width}.{digits}f}}): its {@link Str} and
     *     {@link FormattedValue} parts, evaluated and joined before the value is formatted; else empty
     */
    record FormattedValue(Expr value, String conversion, String spec, List<Object> specParts) {

        /** Makes the list unmodifiable. */
        public FormattedValue {
            specParts = List.copyOf(specParts);
        }

        /**
         * A field with a fixed spec.
         *
         * @param value the expression
         * @param conversion {@code r}, {@code s}, {@code a} or {@code null}
         * @param spec the format spec, or {@code ""}
         */
        public FormattedValue(Expr value, String conversion, String spec) {
            this(value, conversion, spec, List.of());
        }
    }

    /**
     * {@code True}, {@code False} or {@code None}.
     *
     * @param value {@link Boolean#TRUE}, {@link Boolean#FALSE} or {@code null}
     * @param span where
     */
    record Constant(Boolean value, Span span) implements Expr {}

    /**
     * A name.
     *
     * @param id the name
     * @param span where
     */
    record Name(String id, Span span) implements Expr {}

    /**
     * {@code value.attribute}.
     *
     * @param value the object
     * @param attribute the attribute's name
     * @param span where (the whole expression)
     * @param attributeSpan where the attribute's name is
     */
    record Attribute(Expr value, String attribute, Span span, Span attributeSpan) implements Expr {}

    /**
     * {@code value[index, …]}.
     *
     * @param value the indexed object
     * @param indices one entry per comma-separated index; a {@link Slice} for {@code a:b:c}
     * @param span where
     */
    record Subscript(Expr value, List<Expr> indices, Span span) implements Expr {

        /** Makes the list unmodifiable. */
        public Subscript {
            indices = List.copyOf(indices);
        }
    }

    /**
     * {@code lower:upper:step} inside a subscript; missing parts are {@code null}.
     *
     * @param lower the start, or {@code null}
     * @param upper the end, or {@code null}
     * @param step the step, or {@code null}
     * @param span where
     */
    record Slice(Expr lower, Expr upper, Expr step, Span span) implements Expr {}

    /**
     * A call.
     *
     * @param function what is called
     * @param arguments positional arguments, possibly {@link Starred} ({@code *args})
     * @param keywords keyword arguments, in order ({@code **kwargs} has a {@code null} name)
     * @param span where
     */
    record Call(Expr function, List<Expr> arguments, List<Keyword> keywords, Span span) implements Expr {

        /** Makes the lists unmodifiable. */
        public Call {
            arguments = List.copyOf(arguments);
            keywords = List.copyOf(keywords);
        }
    }

    /**
     * {@code name=value} in a call.
     *
     * @param name the keyword, or {@code null} for {@code **mapping}
     * @param value its value
     * @param span where the keyword is
     */
    record Keyword(String name, Expr value, Span span) {}

    /**
     * A binary operation.
     *
     * @param operator the operator
     * @param left the left operand
     * @param right the right operand
     * @param span where
     */
    record Binary(BinaryOperator operator, Expr left, Expr right, Span span) implements Expr {}

    /**
     * {@code -a}, {@code +a}, {@code ~a} or {@code not a}.
     *
     * @param operator {@code -}, {@code +}, {@code ~} or {@code not}
     * @param operand the operand
     * @param span where
     */
    record Unary(String operator, Expr operand, Span span) implements Expr {}

    /**
     * A chain of comparisons {@code a < b <= c}.
     *
     * @param left the first operand
     * @param operators {@code <, <=, >, >=, ==, !=, in, not in, is, is not}
     * @param comparators the operands after each operator
     * @param span where
     */
    record Compare(Expr left, List<String> operators, List<Expr> comparators, Span span) implements Expr {

        /** Makes the lists unmodifiable. */
        public Compare {
            operators = List.copyOf(operators);
            comparators = List.copyOf(comparators);
        }
    }

    /**
     * {@code a and b and …} or {@code a or b or …}.
     *
     * @param and whether it is {@code and}
     * @param values the operands
     * @param span where
     */
    record BoolOp(boolean and, List<Expr> values, Span span) implements Expr {

        /** Makes the list unmodifiable. */
        public BoolOp {
            values = List.copyOf(values);
        }
    }

    /**
     * {@code body if test else orElse}.
     *
     * @param test the condition
     * @param body the value when it holds
     * @param orElse the value otherwise
     * @param span where
     */
    record IfExp(Expr test, Expr body, Expr orElse, Span span) implements Expr {}

    /**
     * {@code [a, b, …]}.
     *
     * @param elements the elements
     * @param span where
     */
    record ListExpr(List<Expr> elements, Span span) implements Expr {

        /** Makes the list unmodifiable. */
        public ListExpr {
            elements = List.copyOf(elements);
        }
    }

    /**
     * {@code (a, b, …)} or {@code a, b}.
     *
     * @param elements the elements
     * @param span where
     */
    record TupleExpr(List<Expr> elements, Span span) implements Expr {

        /** Makes the list unmodifiable. */
        public TupleExpr {
            elements = List.copyOf(elements);
        }
    }

    /**
     * {@code [element for target in iterable if condition …]}.
     *
     * @param element the value of each item
     * @param clauses the {@code for} clauses, outermost first
     * @param span where
     */
    record ListComp(Expr element, List<ForClause> clauses, Span span) implements Expr {

        /** Makes the list unmodifiable. */
        public ListComp {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * One {@code for target in iterable if …} of a comprehension.
     *
     * @param target the loop variable(s)
     * @param iterable what is iterated
     * @param conditions the {@code if} filters
     */
    record ForClause(Expr target, Expr iterable, List<Expr> conditions) {

        /** Makes the list unmodifiable. */
        public ForClause {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * {@code {k1: v1, **other, …}}.
     *
     * @param keys the keys, in order; {@code null} where the entry is {@code **mapping}
     * @param values the values, in the same order (the mapping for a {@code **} entry)
     * @param span where
     */
    record DictExpr(List<Expr> keys, List<Expr> values, Span span) implements Expr {

        /** Makes the lists unmodifiable (keys may hold {@code null}). */
        public DictExpr {
            keys = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(keys));
            values = List.copyOf(values);
        }
    }

    /**
     * {@code {e1, e2, …}} (never empty: {@code {}} is a dict).
     *
     * @param elements the elements, possibly {@link Starred}
     * @param span where
     */
    record SetExpr(List<Expr> elements, Span span) implements Expr {

        /** Makes the list unmodifiable. */
        public SetExpr {
            elements = List.copyOf(elements);
        }
    }

    /**
     * {@code {key: value for … in … if …}}.
     *
     * @param key the key expression
     * @param value the value expression
     * @param clauses the {@code for} clauses, outermost first
     * @param span where
     */
    record DictComp(Expr key, Expr value, List<ForClause> clauses, Span span) implements Expr {

        /** Makes the list unmodifiable. */
        public DictComp {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * {@code {element for … in … if …}}.
     *
     * @param element the element expression
     * @param clauses the {@code for} clauses, outermost first
     * @param span where
     */
    record SetComp(Expr element, List<ForClause> clauses, Span span) implements Expr {

        /** Makes the list unmodifiable. */
        public SetComp {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * {@code (element for … in … if …)}, also as the sole argument of a call ({@code sum(x for x in xs)}).
     *
     * @param element the element expression
     * @param clauses the {@code for} clauses, outermost first
     * @param span where
     */
    record GeneratorExp(Expr element, List<ForClause> clauses, Span span) implements Expr {

        /** Makes the list unmodifiable. */
        public GeneratorExp {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * {@code lambda parameters: body}.
     *
     * @param parameters the parameters, as for a {@code def}
     * @param body the expression it returns
     * @param span where
     */
    record Lambda(List<Stmt.Parameter> parameters, Expr body, Span span) implements Expr {

        /** Makes the list unmodifiable. */
        public Lambda {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * {@code *value}: unpacking in a call's arguments, a list, tuple or set display, or an assignment target.
     *
     * @param value what is unpacked (or, as a target, what receives the rest)
     * @param span where, from the star
     */
    record Starred(Expr value, Span span) implements Expr {}

    /**
     * {@code target := value}.
     *
     * @param target the name assigned
     * @param value the value, which is also the expression's value
     * @param span where
     */
    record NamedExpr(Name target, Expr value, Span span) implements Expr {}

    /**
     * {@code ...}, Python's {@code Ellipsis}.
     *
     * @param span where
     */
    record EllipsisLiteral(Span span) implements Expr {}

    /**
     * {@code yield value}, {@code yield} or {@code yield from value}: a function whose body holds one is a generator.
     * bpdiff runs it as a statement ({@code yield x}, {@code x = yield y}) outside {@code try} and {@code with}.
     *
     * @param value what is yielded (or delegated to, for {@code yield from}), or {@code null}
     * @param from whether it is {@code yield from}
     * @param span where
     */
    record Yield(Expr value, boolean from, Span span) implements Expr {}

    /**
     * An expression that CPython accepts and bpdiff parses but does not evaluate ({@code await}, an async
     * comprehension, a bytes or complex literal, an integer beyond 2**53, a replacement field inside an f-string's
     * format spec); the static check refuses it with
     * "not supported: {@code construct}" where CPython's {@code ast} places the node.
     *
     * @param construct how the construct is named in the message, e.g. {@code "yield"}
     * @param span where it starts
     */
    record Unsupported(String construct, Span span) implements Expr {}
}
