package bpdiff.program.run;

import java.util.List;
import java.util.Map;

/**
 * Python's {@code template.format(*args, **kwargs)}: fields {@code {}}, {@code {0}}, {@code {name}}, with
 * {@code .attribute} and {@code [key]} after the name, a conversion {@code !r !s !a}, and a spec that may
 * hold nested fields ({@code {:{width}.{precision}f}}); {@code {{} and {@code }}} stand for braces.
 */
final class StrFormat {

    private final Interpreter machine;
    private final List<Value> args;
    private final Map<String, Value> kwargs;
    private int auto;
    private boolean manual;

    private StrFormat(Interpreter machine, List<Value> args, Map<String, Value> kwargs) {
        this.machine = machine;
        this.args = args;
        this.kwargs = kwargs;
    }

    /**
     * @param machine the interpreter
     * @param template the string
     * @param args the positional arguments
     * @param kwargs the keyword arguments
     * @return the formatted text
     */
    static String format(Interpreter machine, String template, List<Value> args, Map<String, Value> kwargs) {
        return new StrFormat(machine, args, kwargs).render(template, 2);
    }

    private String render(String template, int depth) {
        if (depth < 0) {
            throw ProgramError.of("ValueError", "Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c == '}') {
                if (i + 1 < n && template.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw ProgramError.of("ValueError", "Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && template.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            int close = matching(template, i);
            if (close < 0) {
                throw ProgramError.of("ValueError", "Single '{' encountered in format string");
            }
            out.append(field(template.substring(i + 1, close), depth));
            machine.recorder.checkSize(out.length());
            i = close + 1;
        }
        return out.toString();
    }

    private static int matching(String template, int open) {
        int level = 0;
        for (int k = open; k < template.length(); k++) {
            char c = template.charAt(k);
            if (c == '{') {
                level++;
            } else if (c == '}' && --level == 0) {
                return k;
            }
        }
        return -1;
    }

    private String field(String field, int depth) {
        int bracket = 0;
        int split = field.length();
        for (int k = 0; k < field.length(); k++) {
            char c = field.charAt(k);
            if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (bracket == 0 && (c == '!' || c == ':')) {
                split = k;
                break;
            }
        }
        String name = field.substring(0, split);
        String rest = field.substring(split);
        String conversion = null;
        if (rest.startsWith("!")) {
            if (rest.length() < 2 || rest.length() > 2 && rest.charAt(2) != ':') {
                throw ProgramError.of("ValueError", "expected ':' after conversion specifier");
            }
            conversion = rest.substring(1, 2);
            rest = rest.substring(2);
        }
        Value v = lookup(name);
        String spec = rest.startsWith(":") ? render(rest.substring(1), depth - 1) : "";
        if (conversion != null) {
            v = switch (conversion) {
                case "r" -> new PyStr(Formatting.repr(machine, v));
                case "s" -> new PyStr(Formatting.str(machine, v));
                case "a" -> new PyStr(Formatting.ascii(Formatting.repr(machine, v)));
                default -> throw ProgramError.of("ValueError", "Unknown conversion specifier " + conversion);
            };
        }
        return Formatting.format(machine, v, spec);
    }

    private Value lookup(String name) {
        int end = 0;
        while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
            end++;
        }
        String first = name.substring(0, end);
        Value v;
        if (first.isEmpty()) {
            if (manual) {
                throw ProgramError.of("ValueError", "cannot switch from manual field specification to automatic field "
                        + "numbering");
            }
            v = positional(auto++);
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (auto > 0) {
                throw ProgramError.of("ValueError", "cannot switch from automatic field numbering to manual field "
                        + "specification");
            }
            manual = true;
            v = positional(Integer.parseInt(first));
        } else {
            v = kwargs.get(first);
            if (v == null) {
                throw ProgramError.keyError(new PyStr(first));
            }
        }
        int k = end;
        while (k < name.length()) {
            if (name.charAt(k) == '.') {
                int e = k + 1;
                while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') {
                    e++;
                }
                v = Attributes.get(machine, v, name.substring(k + 1, e), null);
                k = e;
            } else {
                int close = name.indexOf(']', k);
                if (close < 0) {
                    throw ProgramError.of("ValueError", "Missing ']' in format string");
                }
                String key = name.substring(k + 1, close);
                Value index = !key.isEmpty() && key.chars().allMatch(Character::isDigit) ? new PyInt(Long.parseLong(key))
                        : new PyStr(key);
                v = Subscripts.get(machine, v, List.of(index), null);
                k = close + 1;
            }
        }
        return v;
    }

    private Value positional(int index) {
        if (index >= args.size()) {
            throw ProgramError.of("IndexError", "Replacement index " + index + " out of range for positional args tuple");
        }
        return args.get(index);
    }
}
