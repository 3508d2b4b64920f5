package bpdiff.program.run;

import bpdiff.program.syntax.Stmt;
import bpdiff.program.syntax.Stmt.Parameter.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Binds a call's arguments to a function's parameters as CPython does: positional arguments in order,
 * the rest to {@code *args}; keywords by name (never to a positional-only parameter), the rest to
 * {@code **kwargs}; defaults for what is left; and CPython's {@code TypeError} messages when that fails.
 */
final class ArgumentBinding {

    private ArgumentBinding() {}

    /**
     * @param f the function
     * @param args the positional arguments
     * @param kwargs the keyword arguments
     * @return one value per parameter
     * @throws ProgramError {@code TypeError} when the arguments do not fit
     */
    static Value[] bind(PyFunction f, List<Value> args, Map<String, Value> kwargs) {
        return bind(f.qualname(), f.parameters(), f.defaults(), args, kwargs);
    }

    /**
     * Binds to a signature given as values: a function's, or one Python generates ({@code @dataclass}'s
     * {@code __init__(self, …)}, a namedtuple's {@code __new__(_cls, …)}).
     *
     * @param name the callee in messages, {@code Params.__init__}
     * @param ps the parameters, in order
     * @param defaults each parameter's default, or {@code null}
     * @param args the positional arguments
     * @param kwargs the keyword arguments
     * @return one value per parameter
     * @throws ProgramError {@code TypeError} when the arguments do not fit
     */
    static Value[] bind(String name, List<Stmt.Parameter> ps, Value[] defaults, List<Value> args,
            Map<String, Value> kwargs) {
        Value[] bound = new Value[ps.size()];
        int positional = 0;
        int varArgs = -1;
        int varKeywords = -1;
        for (int k = 0; k < ps.size(); k++) {
            Kind kind = ps.get(k).kind();
            if (kind == Kind.POSITIONAL_ONLY || kind == Kind.POSITIONAL) {
                positional++;
            } else if (kind == Kind.VAR_POSITIONAL) {
                varArgs = k;
            } else if (kind == Kind.VAR_KEYWORD) {
                varKeywords = k;
            }
        }
        for (int k = 0; k < Math.min(args.size(), positional); k++) {
            bound[k] = args.get(k);
        }
        if (varArgs >= 0) {
            bound[varArgs] = new PyTuple(args.size() > positional ? args.subList(positional, args.size()) : List.of());
        }
        PyDict extra = varKeywords >= 0 ? new PyDict() : null;
        List<String> positionalOnly = new ArrayList<>();
        int keywordOnlyGiven = 0;
        for (Map.Entry<String, Value> e : kwargs.entrySet()) {
            int k = index(ps, e.getKey());
            if (k < 0) {
                if (extra != null) {
                    extra.put(new PyStr(e.getKey()), e.getValue());
                } else if (isPositionalOnly(ps, e.getKey())) {
                    positionalOnly.add(e.getKey());
                } else {
                    throw ProgramError.of("TypeError", name + "() got an unexpected keyword argument '" + e.getKey()
                            + "'");
                }
                continue;
            }
            if (bound[k] != null) {
                throw ProgramError.of("TypeError", name + "() got multiple values for argument '" + e.getKey() + "'");
            }
            bound[k] = e.getValue();
            if (ps.get(k).kind() == Kind.KEYWORD_ONLY) {
                keywordOnlyGiven++;
            }
        }
        if (!positionalOnly.isEmpty()) {
            throw ProgramError.of("TypeError", name + "() got some positional-only arguments passed as keyword "
                    + "arguments: '" + String.join(", ", positionalOnly) + "'");
        }
        if (varKeywords >= 0) {
            bound[varKeywords] = extra;
        }
        if (args.size() > positional && varArgs < 0) {
            throw tooMany(defaults, name, positional, args.size(), keywordOnlyGiven);
        }
        List<String> missing = new ArrayList<>();
        List<String> missingKeywordOnly = new ArrayList<>();
        for (int k = 0; k < bound.length; k++) {
            if (bound[k] == null) {
                bound[k] = defaults[k];
                if (bound[k] == null) {
                    (ps.get(k).kind() == Kind.KEYWORD_ONLY ? missingKeywordOnly : missing).add(ps.get(k).name());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missing(name, missing, "positional");
        }
        if (!missingKeywordOnly.isEmpty()) {
            throw missing(name, missingKeywordOnly, "keyword-only");
        }
        return bound;
    }

    private static int index(List<Stmt.Parameter> ps, String name) {
        for (int k = 0; k < ps.size(); k++) {
            Kind kind = ps.get(k).kind();
            if ((kind == Kind.POSITIONAL || kind == Kind.KEYWORD_ONLY) && ps.get(k).name().equals(name)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isPositionalOnly(List<Stmt.Parameter> ps, String name) {
        return ps.stream().anyMatch(p -> p.kind() == Kind.POSITIONAL_ONLY && p.name().equals(name));
    }

    private static ProgramError tooMany(Value[] defaults, String name, int positional, int given, int keywordOnlyGiven) {
        int withDefaults = 0;
        for (int k = 0; k < positional; k++) {
            if (defaults[k] != null) {
                withDefaults++;
            }
        }
        String sig = withDefaults > 0 ? "from " + (positional - withDefaults) + " to " + positional
                : Integer.toString(positional);
        boolean plural = withDefaults > 0 || positional != 1;
        String keywordOnly = keywordOnlyGiven == 0 ? "" : " positional argument" + (given != 1 ? "s" : "") + " (and "
                + keywordOnlyGiven + " keyword-only argument" + (keywordOnlyGiven != 1 ? "s" : "") + ")";
        return ProgramError.of("TypeError", name + "() takes " + sig + " positional argument" + (plural ? "s" : "")
                + " but " + given + keywordOnly + " " + (given == 1 && keywordOnlyGiven == 0 ? "was" : "were")
                + " given");
    }

    private static ProgramError missing(String name, List<String> names, String kind) {
        List<String> quoted = names.stream().map(n -> "'" + n + "'").toList();
        String list = quoted.size() == 1 ? quoted.get(0)
                : quoted.size() == 2 ? quoted.get(0) + " and " + quoted.get(1)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + ", and " + quoted.get(quoted.size() - 1);
        return ProgramError.of("TypeError", name + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + list);
    }
}
