package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The string methods of the subset, mostly for building what {@code print} shows. */
final class StringMethods {

    private StringMethods() {}

    /**
     * @param machine the interpreter
     * @param s the string
     * @param name the method
     * @param a its arguments
     * @param at where
     * @return the result
     */
    static Value call(Interpreter machine, String s, String name, Arguments a, Span at) {
        return switch (name) {
            case "format" -> new PyStr(Formatting.strFormat(s, a.positional(), a.keywords()));
            case "join" -> {
                List<String> parts = new ArrayList<>();
                for (Value v : Iteration.list(a.required(0, "iterable"), machine, at)) {
                    if (!(v instanceof PyStr p)) {
                        throw new ProgramError("sequence item: expected str instance, " + v.typeName() + " found");
                    }
                    parts.add(p.value());
                }
                String joined = String.join(s, parts);
                machine.recorder.checkSize(joined.length());
                yield new PyStr(joined);
            }
            case "strip" -> new PyStr(s.strip());
            case "lstrip" -> new PyStr(s.stripLeading());
            case "rstrip" -> new PyStr(s.stripTrailing());
            case "upper" -> new PyStr(s.toUpperCase(Locale.ROOT));
            case "lower" -> new PyStr(s.toLowerCase(Locale.ROOT));
            case "replace" -> {
                String replaced = s.replace(Formatting.str(a.required(0, "old")), Formatting.str(a.required(1, "new")));
                machine.recorder.checkSize(replaced.length());
                yield new PyStr(replaced);
            }
            case "split" -> {
                Value sep = a.get(0, "sep");
                String[] parts = sep == null || sep == PyNone.NONE ? s.strip().split("\\s+")
                        : s.split(java.util.regex.Pattern.quote(Formatting.str(sep)), -1);
                List<Value> items = new ArrayList<>();
                for (String p : parts) {
                    items.add(new PyStr(p));
                }
                yield PyList.of(items);
            }
            case "startswith" -> PyBool.of(s.startsWith(Formatting.str(a.required(0, "prefix"))));
            default -> PyBool.of(s.endsWith(Formatting.str(a.required(0, "suffix"))));
        };
    }
}
