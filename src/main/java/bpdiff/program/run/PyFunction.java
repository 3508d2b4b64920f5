package bpdiff.program.run;

import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Stmt;
import bpdiff.program.syntax.Symbols;
import java.util.List;
import java.util.Map;

/**
 * A function the program defined with {@code def} or {@code lambda}: its code, the values of its defaults
 * (computed when {@code def} ran), and the frame it was defined in, through which it reads and writes the
 * variables of enclosing functions (a closure).
 */
public final class PyFunction implements Value {

    private final String name;
    private final String qualname;
    private final List<Stmt.Parameter> parameters;
    private final List<Stmt> body;
    private final Expr expression;
    private final Symbols.Block block;
    private final Value[] defaults;
    private final Frame enclosing;
    private final Map<String, Value> globals;
    private final Cell classCell;
    /** The attributes the program gave it ({@code f.calls = 0}, {@code functools.wraps}' {@code __name__} …). */
    private final Map<String, Value> attributes = new java.util.HashMap<>();

    /**
     * @param name its name ({@code <lambda>} for a lambda)
     * @param qualname its qualified name, as messages show it ({@code Net.forward}, {@code f.<locals>.g})
     * @param parameters its parameters
     * @param body its statements, or {@code null} for a lambda
     * @param expression a lambda's expression, or {@code null}
     * @param block its names, or {@code null} if unknown
     * @param defaults one entry per parameter: the default's value, or {@code null}
     * @param enclosing the frame of the function it was defined in, or {@code null}
     * @param globals the module's variables
     * @param classCell for a function defined in a class body, the class (once made), for {@code super()}
     */
    PyFunction(String name, String qualname, List<Stmt.Parameter> parameters, List<Stmt> body, Expr expression,
            Symbols.Block block, Value[] defaults, Frame enclosing, Map<String, Value> globals, Cell classCell) {
        this.name = name;
        this.qualname = qualname;
        this.parameters = parameters;
        this.body = body;
        this.expression = expression;
        this.block = block;
        this.defaults = defaults;
        this.enclosing = enclosing;
        this.globals = globals;
        this.classCell = classCell;
    }

    /** @return its name */
    public String name() {
        return name;
    }

    /** @return its qualified name */
    String qualname() {
        return qualname;
    }

    List<Stmt.Parameter> parameters() {
        return parameters;
    }

    List<Stmt> body() {
        return body;
    }

    Expr expression() {
        return expression;
    }

    Symbols.Block block() {
        return block;
    }

    Value[] defaults() {
        return defaults;
    }

    Frame enclosing() {
        return enclosing;
    }

    Map<String, Value> globals() {
        return globals;
    }

    Cell classCell() {
        return classCell;
    }

    Map<String, Value> attributes() {
        return attributes;
    }

    /**
     * @param attribute a name
     * @return {@code f.name}: what the program set, else {@code __name__}, {@code __qualname__}, {@code __doc__}
     *     (the docstring or {@code None}), {@code __module__}; {@code null} for another name
     */
    Value attribute(String attribute) {
        Value set = attributes.get(attribute);
        if (set != null) {
            return set;
        }
        return switch (attribute) {
            case "__name__" -> new PyStr(name);
            case "__qualname__" -> new PyStr(qualname);
            case "__doc__" -> expression != null ? PyNone.NONE : Reflection.docstring(body);
            case "__module__" -> new PyStr("__main__");
            default -> null;
        };
    }

    @Override
    public String typeName() {
        return "function";
    }
}
