package bpdiff.program.run;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code operator}: the operators as functions ({@code operator.mul} for {@code reduce(operator.mul, shape)},
 * {@code operator.itemgetter(1)} as a sort key), each the interpreter's own operator, recorded as it is.
 */
final class OperatorModule {

    private static final Map<String, BinaryOperator> BINARY = Map.ofEntries(Map.entry("add", BinaryOperator.ADD),
            Map.entry("sub", BinaryOperator.SUBTRACT), Map.entry("mul", BinaryOperator.MULTIPLY),
            Map.entry("truediv", BinaryOperator.DIVIDE), Map.entry("floordiv", BinaryOperator.FLOOR_DIVIDE),
            Map.entry("mod", BinaryOperator.MODULO), Map.entry("pow", BinaryOperator.POWER),
            Map.entry("matmul", BinaryOperator.MATMUL), Map.entry("and_", BinaryOperator.BIT_AND),
            Map.entry("or_", BinaryOperator.BIT_OR), Map.entry("xor", BinaryOperator.BIT_XOR),
            Map.entry("lshift", BinaryOperator.LEFT_SHIFT), Map.entry("rshift", BinaryOperator.RIGHT_SHIFT));

    private static final Map<String, String> COMPARISONS = Map.of("lt", "<", "le", "<=", "gt", ">", "ge", ">=",
            "eq", "==", "ne", "!=", "contains", "in", "is_", "is", "is_not", "is not");

    private OperatorModule() {}

    /**
     * @param machine the interpreter
     * @param f the function's name in {@code operator}
     * @param a its arguments
     * @param at where
     * @return its result
     */
    static Value call(Interpreter machine, String f, Arguments a, Span at) {
        BinaryOperator op = BINARY.get(f);
        if (op != null) {
            return machine.operators.binary(op, two(a, f).get(0), a.positional().get(1), at);
        }
        if (COMPARISONS.containsKey(f)) {
            List<Value> x = two(a, f);
            return f.equals("contains") ? machine.operators.compare("in", x.get(1), x.get(0), at)
                    : machine.operators.compare(COMPARISONS.get(f), x.get(0), x.get(1), at);
        }
        switch (f) {
            case "neg", "pos", "invert", "not_" -> {
                a.check(1);
                Value x = a.required(0, "a");
                return machine.operators.unary(f.equals("neg") ? "-" : f.equals("pos") ? "+" : f.equals("invert")
                        ? "~" : "not", x, at);
            }
            case "getitem" -> {
                List<Value> x = two(a, f);
                return Items.get(machine, x.get(0), x.get(1), at);
            }
            case "itemgetter", "attrgetter" -> {
                if (a.size() == 0 || !a.keywords().isEmpty()) {
                    throw ProgramError.of("TypeError", f + " expected 1 argument, got " + a.size());
                }
                return new Functools.Partial(new PyBuiltin("operator._" + f), List.of(new PyTuple(a.positional())),
                        Map.of());
            }
            case "_itemgetter", "_attrgetter" -> {
                Value object = a.required(1, "obj");
                List<Value> results = new ArrayList<>();
                for (Value key : ((PyTuple) a.positional().get(0)).items()) {
                    results.add(f.equals("_itemgetter") ? Items.get(machine, object, key, at)
                            : attribute(machine, object, key, at));
                }
                return results.size() == 1 ? results.get(0) : new PyTuple(results);
            }
            default -> throw ProgramError.of("AttributeError", "module 'operator' has no attribute '" + f + "'");
        }
    }

    private static List<Value> two(Arguments a, String f) {
        if (a.size() != 2 || !a.keywords().isEmpty()) {
            throw ProgramError.of("TypeError", f + " expected 2 arguments, got " + a.size());
        }
        return a.positional();
    }

    /** {@code attrgetter('a.b')(x)}: {@code x.a.b}. */
    private static Value attribute(Interpreter machine, Value object, Value name, Span at) {
        if (!(name instanceof PyStr s)) {
            throw ProgramError.of("TypeError", "attribute name must be a string");
        }
        Value v = object;
        for (String part : s.value().split("\\.", -1)) {
            v = Attributes.get(machine, v, part, at);
        }
        return v;
    }
}
