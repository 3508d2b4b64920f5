package bpdiff.testing;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Program;
import bpdiff.program.syntax.Span;
import bpdiff.program.syntax.Stmt;
import bpdiff.program.syntax.Stmt.Parameter.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A program as CPython's {@code ast} module reads it ({@code tools/python_semantics.py} writes the tree as
 * JSON), turned into bpdiff's syntax tree: the interpreter is held to CPython on CPython's own reading of
 * the program, apart from bpdiff's parser. Constructs bpdiff's tree has no node for become
 * {@code Unsupported}.
 */
public final class CPythonAst {

    private static final Map<String, String> OPERATORS = Map.ofEntries(Map.entry("Add", "+"), Map.entry("Sub", "-"),
            Map.entry("Mult", "*"), Map.entry("Div", "/"), Map.entry("FloorDiv", "//"), Map.entry("Mod", "%"),
            Map.entry("Pow", "**"), Map.entry("MatMult", "@"), Map.entry("BitOr", "|"), Map.entry("BitXor", "^"),
            Map.entry("BitAnd", "&"), Map.entry("LShift", "<<"), Map.entry("RShift", ">>"));
    private static final Map<String, String> COMPARISONS = Map.of("Eq", "==", "NotEq", "!=", "Lt", "<", "LtE", "<=",
            "Gt", ">", "GtE", ">=", "Is", "is", "IsNot", "is not", "In", "in", "NotIn", "not in");
    private static final Map<String, String> UNARY = Map.of("USub", "-", "UAdd", "+", "Not", "not", "Invert", "~");

    private CPythonAst() {}

    /**
     * @param text the program's text
     * @param source its file name
     * @param module the {@code module} of the JSON document
     * @return the program
     */
    public static Program program(String text, String source, JsonNode module) {
        return new Program(source, text, statements(module.get("body")));
    }

    private static Span span(JsonNode n) {
        JsonNode s = n.get("span");
        return new Span(s.get(0).asInt(), s.get(1).asInt(), s.get(2).asInt(), s.get(3).asInt());
    }

    /**
     * @param list a JSON list of CPython statements
     * @return them as bpdiff's statements
     */
    public static List<Stmt> statements(JsonNode list) {
        List<Stmt> out = new ArrayList<>();
        for (JsonNode n : list) {
            statement(n, out);
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Expr optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : expr(v);
    }

    private static List<Expr> exprs(JsonNode list) {
        List<Expr> out = new ArrayList<>();
        for (JsonNode n : list) {
            out.add(expr(n));
        }
        return out;
    }

    private static void statement(JsonNode n, List<Stmt> out) {
        Span at = span(n);
        switch (n.get("_").asText()) {
            case "Expr" -> out.add(new Stmt.ExprStmt(expr(n.get("value")), at));
            case "Assign" -> out.add(new Stmt.Assign(exprs(n.get("targets")), expr(n.get("value")), at));
            case "AugAssign" -> {
                String op = OPERATORS.get(n.get("op").asText());
                out.add(op == null ? new Stmt.Unsupported("operator " + n.get("op").asText(), at)
                        : new Stmt.AugAssign(expr(n.get("target")), BinaryOperator.of(op), expr(n.get("value")), at));
            }
            case "AnnAssign" -> out.add(new Stmt.AnnAssign(expr(n.get("target")), expr(n.get("annotation")),
                    optional(n, "value"), at));
            case "If" -> out.add(new Stmt.If(expr(n.get("test")), statements(n.get("body")), statements(n.get("orelse")),
                    at));
            case "For" -> out.add(new Stmt.For(expr(n.get("target")), expr(n.get("iter")), statements(n.get("body")),
                    statements(n.get("orelse")), at));
            case "While" -> out.add(new Stmt.While(expr(n.get("test")), statements(n.get("body")),
                    statements(n.get("orelse")), at));
            case "FunctionDef" -> out.add(new Stmt.FunctionDef(n.get("name").asText(), parameters(n.get("args")),
                    statements(n.get("body")), exprs(n.get("decorator_list")), at));
            case "ClassDef" -> {
                List<Expr.Keyword> keywords = new ArrayList<>();
                for (JsonNode k : n.get("keywords")) {
                    keywords.add(new Expr.Keyword(text(k, "arg"), expr(k.get("value")), span(k)));
                }
                out.add(new Stmt.ClassDef(n.get("name").asText(), exprs(n.get("bases")), keywords,
                        statements(n.get("body")), exprs(n.get("decorator_list")), at));
            }
            case "Return" -> out.add(new Stmt.Return(optional(n, "value"), at));
            case "Pass" -> out.add(new Stmt.Pass(at));
            case "Break" -> out.add(new Stmt.Break(at));
            case "Continue" -> out.add(new Stmt.Continue(at));
            case "Import" -> {
                for (JsonNode a : n.get("names")) {
                    String name = a.get("name").asText();
                    String alias = text(a, "asname");
                    out.add(new Stmt.Import(name, null, alias != null ? alias : name.split("\\.")[0], at));
                }
            }
            case "ImportFrom" -> {
                for (JsonNode a : n.get("names")) {
                    String name = a.get("name").asText();
                    String alias = text(a, "asname");
                    boolean runs = bpdiff.program.Subset.starImport(text(n, "module")) != null;
                    out.add(name.equals("*") ? runs ? new Stmt.Import(text(n, "module"), "*", "*", at)
                            : new Stmt.Unsupported("from … import *", at)
                            : new Stmt.Import(text(n, "module"), name, alias != null ? alias : name, at));
                }
            }
            case "Global" -> out.add(new Stmt.Global(names(n.get("names")), at));
            case "Nonlocal" -> out.add(new Stmt.Nonlocal(names(n.get("names")), at));
            case "Assert" -> out.add(new Stmt.Assert(expr(n.get("test")), optional(n, "msg"), at));
            case "Delete" -> out.add(new Stmt.Delete(exprs(n.get("targets")), at));
            case "Raise" -> out.add(new Stmt.Raise(optional(n, "exc"), optional(n, "cause"), at));
            case "Try" -> {
                List<Stmt.Handler> handlers = new ArrayList<>();
                for (JsonNode h : n.get("handlers")) {
                    handlers.add(new Stmt.Handler(optional(h, "type"), text(h, "name"), statements(h.get("body")), span(h)));
                }
                out.add(new Stmt.Try(statements(n.get("body")), handlers, statements(n.get("orelse")),
                        statements(n.get("finalbody")), at));
            }
            case "With" -> {
                List<Stmt.WithItem> items = new ArrayList<>();
                for (JsonNode i : n.get("items")) {
                    items.add(new Stmt.WithItem(expr(i.get("context_expr")), optional(i, "optional_vars")));
                }
                out.add(new Stmt.With(items, statements(n.get("body")), at));
            }
            default -> out.add(new Stmt.Unsupported(n.get("_").asText(), at));
        }
    }

    private static List<String> names(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static List<Stmt.Parameter> parameters(JsonNode a) {
        List<Stmt.Parameter> out = new ArrayList<>();
        List<JsonNode> positional = new ArrayList<>();
        a.get("posonlyargs").forEach(positional::add);
        int positionalOnly = positional.size();
        a.get("args").forEach(positional::add);
        JsonNode defaults = a.get("defaults");
        int firstDefault = positional.size() - defaults.size();
        for (int k = 0; k < positional.size(); k++) {
            JsonNode p = positional.get(k);
            out.add(new Stmt.Parameter(p.get("arg").asText(), k >= firstDefault ? expr(defaults.get(k - firstDefault))
                    : null, span(p), k < positionalOnly ? Kind.POSITIONAL_ONLY : Kind.POSITIONAL));
        }
        JsonNode vararg = a.get("vararg");
        if (vararg != null && !vararg.isNull()) {
            out.add(new Stmt.Parameter(vararg.get("arg").asText(), null, span(vararg), Kind.VAR_POSITIONAL));
        }
        JsonNode kwonly = a.get("kwonlyargs");
        for (int k = 0; k < kwonly.size(); k++) {
            JsonNode d = a.get("kw_defaults").get(k);
            out.add(new Stmt.Parameter(kwonly.get(k).get("arg").asText(), d.isNull() ? null : expr(d),
                    span(kwonly.get(k)), Kind.KEYWORD_ONLY));
        }
        JsonNode kwarg = a.get("kwarg");
        if (kwarg != null && !kwarg.isNull()) {
            out.add(new Stmt.Parameter(kwarg.get("arg").asText(), null, span(kwarg), Kind.VAR_KEYWORD));
        }
        return out;
    }

    private static Expr expr(JsonNode n) {
        Span at = span(n);
        switch (n.get("_").asText()) {
            case "Constant":
                return constant(n, at);
            case "Name":
                return new Expr.Name(n.get("id").asText(), at);
            case "Attribute": {
                String attribute = n.get("attr").asText();
                Span name = new Span(at.line(), at.column(), at.end() - attribute.length(), at.end());
                return new Expr.Attribute(expr(n.get("value")), attribute, at, name);
            }
            case "Subscript": {
                JsonNode slice = n.get("slice");
                List<Expr> indices = slice.get("_").asText().equals("Tuple") ? exprs(slice.get("elts"))
                        : List.of(expr(slice));
                return new Expr.Subscript(expr(n.get("value")), indices, at);
            }
            case "Slice":
                return new Expr.Slice(optional(n, "lower"), optional(n, "upper"), optional(n, "step"), at);
            case "Call": {
                List<Expr.Keyword> keywords = new ArrayList<>();
                for (JsonNode k : n.get("keywords")) {
                    keywords.add(new Expr.Keyword(text(k, "arg"), expr(k.get("value")), span(k)));
                }
                return new Expr.Call(expr(n.get("func")), exprs(n.get("args")), keywords, at);
            }
            case "BinOp": {
                String op = OPERATORS.get(n.get("op").asText());
                return op == null ? new Expr.Unsupported("operator " + n.get("op").asText(), at)
                        : new Expr.Binary(BinaryOperator.of(op), expr(n.get("left")), expr(n.get("right")), at);
            }
            case "UnaryOp":
                return new Expr.Unary(UNARY.get(n.get("op").asText()), expr(n.get("operand")), at);
            case "Compare": {
                List<String> ops = new ArrayList<>();
                n.get("ops").forEach(o -> ops.add(COMPARISONS.get(o.asText())));
                return new Expr.Compare(expr(n.get("left")), ops, exprs(n.get("comparators")), at);
            }
            case "BoolOp":
                return new Expr.BoolOp(n.get("op").asText().equals("And"), exprs(n.get("values")), at);
            case "IfExp":
                return new Expr.IfExp(expr(n.get("test")), expr(n.get("body")), expr(n.get("orelse")), at);
            default:
                return structure(n, at);
        }
    }

    private static Expr structure(JsonNode n, Span at) {
        switch (n.get("_").asText()) {
            case "List":
                return new Expr.ListExpr(exprs(n.get("elts")), at);
            case "Tuple":
                return new Expr.TupleExpr(exprs(n.get("elts")), at);
            case "Set":
                return new Expr.SetExpr(exprs(n.get("elts")), at);
            case "Dict": {
                List<Expr> keys = new ArrayList<>();
                for (JsonNode k : n.get("keys")) {
                    keys.add(k.isNull() ? null : expr(k));
                }
                return new Expr.DictExpr(keys, exprs(n.get("values")), at);
            }
            case "ListComp":
                return new Expr.ListComp(expr(n.get("elt")), clauses(n), at);
            case "SetComp":
                return new Expr.SetComp(expr(n.get("elt")), clauses(n), at);
            case "GeneratorExp":
                return new Expr.GeneratorExp(expr(n.get("elt")), clauses(n), at);
            case "DictComp":
                return new Expr.DictComp(expr(n.get("key")), expr(n.get("value")), clauses(n), at);
            case "Lambda":
                return new Expr.Lambda(parameters(n.get("args")), expr(n.get("body")), at);
            case "Starred":
                return new Expr.Starred(expr(n.get("value")), at);
            case "NamedExpr":
                return new Expr.NamedExpr((Expr.Name) expr(n.get("target")), expr(n.get("value")), at);
            case "Yield":
                return new Expr.Yield(optional(n, "value"), false, at);
            case "YieldFrom":
                return new Expr.Yield(expr(n.get("value")), true, at);
            case "JoinedStr":
                return fString(n, at);
            default:
                return new Expr.Unsupported(n.get("_").asText(), at);
        }
    }

    private static List<Expr.ForClause> clauses(JsonNode n) {
        List<Expr.ForClause> out = new ArrayList<>();
        for (JsonNode g : n.get("generators")) {
            out.add(new Expr.ForClause(expr(g.get("target")), expr(g.get("iter")), exprs(g.get("ifs"))));
        }
        return out;
    }

    private static Expr fString(JsonNode n, Span at) {
        List<Object> parts = new ArrayList<>();
        for (JsonNode v : n.get("values")) {
            if (v.get("_").asText().equals("Constant")) {
                parts.add(new Expr.Str(v.get("value").asText(), at));
                continue;
            }
            int conversion = v.get("conversion").asInt();
            String spec = "";
            List<Object> specParts = List.of();
            JsonNode format = v.get("format_spec");
            if (format != null && !format.isNull()) {
                StringBuilder s = new StringBuilder();
                boolean fields = false;
                for (JsonNode p : format.get("values")) {
                    fields |= !p.get("_").asText().equals("Constant");
                    if (p.get("_").asText().equals("Constant")) {
                        s.append(p.get("value").asText());
                    }
                }
                spec = fields ? "" : s.toString();
                if (fields && fString(format, at) instanceof Expr.FString inner) {
                    specParts = inner.parts();
                }
            }
            parts.add(new Expr.FormattedValue(expr(v.get("value")), conversion < 0 ? null
                    : String.valueOf((char) conversion), spec, specParts));
        }
        return new Expr.FString(parts, at);
    }

    private static Expr constant(JsonNode n, Span at) {
        String kind = n.get("kind").asText();
        JsonNode value = n.get("value");
        return switch (kind) {
            case "str" -> new Expr.Str(value.asText(), at);
            case "bool" -> new Expr.Constant(value.asBoolean(), at);
            case "NoneType" -> new Expr.Constant(null, at);
            case "int" -> new Expr.Num(Double.parseDouble(value.asText()), true, at);
            case "float" -> new Expr.Num(Double.parseDouble(value.asText().replace("inf", "Infinity")), false, at);
            case "Ellipsis" -> new Expr.EllipsisLiteral(at);
            default -> new Expr.Unsupported(kind + " literal", at);
        };
    }
}
