package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import bpdiff.program.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code collections.namedtuple(typename, field_names, defaults=None)}: a subclass of {@code tuple} whose instances
 * ({@link PyTuple} with the class as its type) are tuples in every way and read their fields by name
 * ({@code p.w1} is {@code p[0]}), with {@code _fields}, {@code _field_defaults}, {@code _replace(**changes)},
 * {@code _asdict()} and the repr {@code Params(w1=0.2, w2=-0.4)}. The field names are a list of strings or one string
 * of names separated by spaces or commas; the last {@code len(defaults)} fields have defaults. CPython's messages
 * for a bad call ({@code Point.__new__() missing 1 required positional argument: 'y'}) and bad names.
 */
final class NamedTuples {

    /** The methods of an instance beyond a tuple's. */
    static final Set<String> METHODS = Set.of("_replace", "_asdict");

    private NamedTuples() {}

    /**
     * @param machine the interpreter
     * @param a {@code namedtuple}'s arguments
     * @param at where
     * @return the class
     */
    static PyClass make(Interpreter machine, Arguments a, Span at) {
        for (String k : a.keywords().keySet()) {
            if (!k.equals("typename") && !k.equals("field_names") && !k.equals("defaults")) {
                throw new ProgramError("namedtuple(" + k + "=…) is not supported: write namedtuple(typename, "
                        + "field_names, defaults=…)");
            }
        }
        if (a.positional().size() > 2) {
            throw ProgramError.of("TypeError", "namedtuple() takes 2 positional arguments but " + a.positional().size()
                    + " were given");
        }
        String typename = name(a.required(0, "typename"));
        Value given = a.required(1, "field_names");
        List<String> fields = new ArrayList<>();
        if (given instanceof PyStr s) {
            for (String f : s.value().replace(',', ' ').trim().split("\\s+")) {
                if (!f.isEmpty()) {
                    fields.add(f);
                }
            }
        } else {
            for (Value v : Iteration.list(given, machine, at)) {
                fields.add(name(v));
            }
        }
        Set<String> seen = new HashSet<>();
        identifier(typename);
        for (String f : fields) {
            identifier(f);
            if (f.startsWith("_")) {
                throw ProgramError.of("ValueError", "Field names cannot start with an underscore: '" + f + "'");
            }
            if (!seen.add(f)) {
                throw ProgramError.of("ValueError", "Encountered duplicate field name: '" + f + "'");
            }
        }
        Value d = a.keywords().get("defaults");
        List<Value> defaults = d == null || d == PyNone.NONE ? List.of() : Iteration.list(d, machine, at);
        if (defaults.size() > fields.size()) {
            throw ProgramError.of("TypeError", "Got more default values than field names");
        }
        PyDict fieldDefaults = new PyDict();
        for (int k = 0; k < defaults.size(); k++) {
            fieldDefaults.put(new PyStr(fields.get(fields.size() - defaults.size() + k)), defaults.get(k));
        }
        Map<String, Value> dict = new java.util.LinkedHashMap<>();
        dict.put("_fields", new PyTuple(fields.stream().<Value>map(PyStr::new).toList()));
        dict.put("_field_defaults", fieldDefaults);
        return new PyClass(typename, "__main__", List.of(BuiltinTypes.TUPLE), dict, false);
    }

    /** @return whether a class was made by {@code namedtuple} */
    static boolean isNamedTuple(PyClass c) {
        return c.dict().get("_fields") instanceof PyTuple && c.dict().get("_field_defaults") instanceof PyDict
                && c.bases().equals(List.of(BuiltinTypes.TUPLE));
    }

    /** @return a namedtuple class's field names, in order */
    static List<String> fields(PyClass c) {
        return ((PyTuple) c.dict().get("_fields")).items().stream().map(v -> ((PyStr) v).value()).toList();
    }

    /**
     * {@code Params(w1, w2=…)}: the arguments bound to the fields as {@code __new__(cls, w1, w2)} binds them.
     *
     * @return the instance
     */
    static PyTuple construct(PyClass c, List<Value> args, Map<String, Value> kwargs) {
        List<String> fields = fields(c);
        PyDict fieldDefaults = (PyDict) c.dict().get("_field_defaults");
        List<Stmt.Parameter> parameters = new ArrayList<>();
        Value[] defaults = new Value[fields.size() + 1];
        parameters.add(new Stmt.Parameter("_cls", null, null));
        for (int k = 0; k < fields.size(); k++) {
            parameters.add(new Stmt.Parameter(fields.get(k), null, null));
            defaults[k + 1] = fieldDefaults.get(new PyStr(fields.get(k)));
        }
        List<Value> withClass = new ArrayList<>(args.size() + 1);
        withClass.add(c);
        withClass.addAll(args);
        Value[] bound = ArgumentBinding.bind(c.name() + ".__new__", parameters, defaults, withClass, kwargs);
        return new PyTuple(List.of(bound).subList(1, bound.length), c);
    }

    /**
     * @param t an instance
     * @param name an attribute
     * @return the field of that name, the class's {@code _fields} or {@code _field_defaults}, or {@code null}
     */
    static Value attribute(PyTuple t, String name) {
        int k = fields(t.type()).indexOf(name);
        return k >= 0 ? t.items().get(k) : name.startsWith("_field") ? t.type().dict().get(name) : null;
    }

    /**
     * {@code p._replace(**changes)}, {@code p._asdict()}.
     *
     * @return the result
     */
    static Value method(Interpreter machine, PyTuple t, String name, Arguments a) {
        List<String> fields = fields(t.type());
        if (name.equals("_asdict")) {
            PyDict d = new PyDict();
            machine.budget.entries(fields.size());
            for (int k = 0; k < fields.size(); k++) {
                d.put(new PyStr(fields.get(k)), t.items().get(k));
            }
            return d;
        }
        if (!a.positional().isEmpty()) {
            throw ProgramError.of("TypeError", t.type().name() + "._replace() takes 1 positional argument but "
                    + (a.positional().size() + 1) + " were given");
        }
        List<Value> items = new ArrayList<>(t.items());
        List<String> unexpected = new ArrayList<>();
        for (Map.Entry<String, Value> e : a.keywords().entrySet()) {
            int k = fields.indexOf(e.getKey());
            if (k < 0) {
                unexpected.add("'" + e.getKey() + "'");
            } else {
                items.set(k, e.getValue());
            }
        }
        if (!unexpected.isEmpty()) {
            throw ProgramError.of("ValueError", "Got unexpected field names: [" + String.join(", ", unexpected) + "]");
        }
        return new PyTuple(items, t.type());
    }

    private static String name(Value v) {
        if (!(v instanceof PyStr s)) {
            throw ProgramError.of("TypeError", "Type names and field names must be strings");
        }
        return s.value();
    }

    private static void identifier(String n) {
        boolean ok = !n.isEmpty() && Character.isJavaIdentifierStart(n.charAt(0)) && n.charAt(0) != '$'
                && n.chars().allMatch(ch -> Character.isJavaIdentifierPart(ch) && ch != '$');
        if (!ok) {
            throw ProgramError.of("ValueError", "Type names and field names must be valid identifiers: '" + n + "'");
        }
    }
}
