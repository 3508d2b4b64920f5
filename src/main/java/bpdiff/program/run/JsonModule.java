package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code json.dumps} and {@code json.loads} (printing a results dict), with CPython 3.11's text: {@code indent},
 * {@code sort_keys}, {@code separators}, {@code ensure_ascii}, {@code default}; floats by {@code repr}, ±∞ and NaN
 * as {@code Infinity} and {@code NaN}; its {@code TypeError} for what JSON cannot hold. {@code dump} and
 * {@code load} read and write files, and are not there.
 */
final class JsonModule {

    private JsonModule() {}

    /**
     * @param machine the interpreter
     * @param f {@code dumps} or {@code loads}
     * @param a its arguments
     * @param at where
     * @return the text, or the value read
     */
    static Value call(Interpreter machine, String f, Arguments a, Span at) {
        if (f.equals("loads")) {
            a.check(1);
            Value s = a.required(0, "s");
            if (!(s instanceof PyStr text)) {
                throw ProgramError.of("TypeError", "the JSON object must be str, bytes or bytearray, not "
                        + BuiltinTypes.typeOf(s).name());
            }
            return new Reader(text.value()).document();
        }
        a.check(1, "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators",
                "default", "sort_keys");
        Value indent = a.keywords().get("indent");
        String unit = indent == null || indent == PyNone.NONE ? null : indent instanceof PyStr s ? s.value()
                : " ".repeat((int) Math.max(0, Numbers.toLong(indent)));
        String item = unit == null ? ", " : ",";
        String key = ": ";
        Value separators = a.keywords().get("separators");
        if (separators != null && separators != PyNone.NONE) {
            List<Value> pair = Iteration.list(separators, machine, at);
            item = Formatting.str(pair.get(0));
            key = Formatting.str(pair.get(1));
        }
        Writer w = new Writer(machine, unit, item, key, flag(a, "ensure_ascii", true), flag(a, "sort_keys", false),
                flag(a, "allow_nan", true), a.keywords().get("default"), at);
        w.value(a.required(0, "obj"), 0);
        return new PyStr(w.out.toString());
    }

    private static boolean flag(Arguments a, String name, boolean otherwise) {
        Value v = a.keywords().get(name);
        return v == null ? otherwise : Truth.of(v);
    }

    /** The encoder: CPython's {@code json.encoder} in Python (the indented form) and C (the compact one) agree. */
    private static final class Writer {
        final StringBuilder out = new StringBuilder();
        private final Interpreter machine;
        private final String unit;
        private final String item;
        private final String key;
        private final boolean ascii;
        private final boolean sort;
        private final boolean nan;
        private final Value fallback;
        private final Span at;
        private final java.util.Set<Value> open = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Writer(Interpreter machine, String unit, String item, String key, boolean ascii, boolean sort, boolean nan,
                Value fallback, Span at) {
            this.machine = machine;
            this.unit = unit;
            this.item = item;
            this.key = key;
            this.ascii = ascii;
            this.sort = sort;
            this.nan = nan;
            this.fallback = fallback == PyNone.NONE ? null : fallback;
            this.at = at;
        }

        void value(Value v, int depth) {
            machine.recorder.checkSize(out.length());
            if (v == PyNone.NONE) {
                out.append("null");
            } else if (v instanceof PyBool b && !b.numpy()) {
                out.append(b.value() ? "true" : "false");
            } else if (v instanceof PyInt || v instanceof PyBigInt) {
                out.append(Formatting.str(v));
            } else if (v instanceof PyFloat f && !f.single()) {
                out.append(number(f.value()));
            } else if (v instanceof PyStr s) {
                string(s.value());
            } else if (v instanceof PyList || v instanceof PyTuple) {
                enter(v);
                List<Value> items = Numbers.items(v);
                if (items.isEmpty()) {
                    out.append("[]");
                } else {
                    out.append('[');
                    for (int k = 0; k < items.size(); k++) {
                        out.append(k == 0 ? "" : item);
                        newline(depth + 1);
                        value(items.get(k), depth + 1);
                    }
                    newline(depth);
                    out.append(']');
                }
                open.remove(v);
            } else if (v instanceof PyDict d) {
                dict(d, depth);
            } else if (fallback != null) {
                value(machine.calls.call(fallback, List.of(v), Map.of(), at), depth);
            } else {
                throw ProgramError.of("TypeError", "Object of type " + BuiltinTypes.typeOf(v).name()
                        + " is not JSON serializable");
            }
        }

        private void enter(Value v) {
            if (!open.add(v)) {
                throw ProgramError.of("ValueError", "Circular reference detected");
            }
        }

        private void dict(PyDict d, int depth) {
            enter(d);
            List<String> keys = new ArrayList<>();
            List<Value> values = new ArrayList<>();
            for (Map.Entry<HashKey, Value> e : d.entries()) {
                Value k = e.getKey().value();
                String text;
                if (k instanceof PyStr s) {
                    text = s.value();
                } else if (k instanceof PyFloat f) {
                    text = number(f.value());
                } else if (k instanceof PyBool b) {
                    text = b.value() ? "true" : "false";
                } else if (k instanceof PyInt || k instanceof PyBigInt) {
                    text = Formatting.str(k);
                } else if (k == PyNone.NONE) {
                    text = "null";
                } else {
                    throw ProgramError.of("TypeError", "keys must be str, int, float, bool or None, not "
                            + BuiltinTypes.typeOf(k).name());
                }
                keys.add(text);
                values.add(e.getValue());
            }
            Integer[] order = new Integer[keys.size()];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            if (sort) {
                java.util.Arrays.sort(order, (x, y) -> keys.get(x).compareTo(keys.get(y)));
            }
            if (order.length == 0) {
                out.append("{}");
            } else {
                out.append('{');
                for (int k = 0; k < order.length; k++) {
                    out.append(k == 0 ? "" : item);
                    newline(depth + 1);
                    string(keys.get(order[k]));
                    out.append(key);
                    value(values.get(order[k]), depth + 1);
                }
                newline(depth);
                out.append('}');
            }
            open.remove(d);
        }

        private void newline(int depth) {
            if (unit != null) {
                out.append('\n').append(unit.repeat(depth));
            }
        }

        private String number(double x) {
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                if (!nan) {
                    throw ProgramError.of("ValueError", "Out of range float values are not JSON compliant");
                }
                return Double.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
            }
            return Formatting.floatRepr(x);
        }

        private void string(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> {
                        if (c < 0x20 || ascii && c > 0x7e) {
                            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }

    /**
     * The decoder: JSON text to dicts, lists, strings, ints, floats, booleans and {@code None}, as CPython's
     * {@code json.decoder} scans it. Not Jackson's parser: what a program prints is CPython's, its
     * {@code JSONDecodeError} messages and positions ({@code Expecting value: line 1 column 5 (char 4)}), integers of
     * any size, {@code NaN} and {@code Infinity}, a later duplicate key winning.
     */
    private static final class Reader {
        private final String text;
        private int i;

        Reader(String text) {
            this.text = text;
        }

        Value document() {
            Value v = value();
            space();
            if (i < text.length()) {
                throw error("Extra data");
            }
            return v;
        }

        private ProgramError error(String what) {
            int line = 1;
            int column = 1;
            for (int k = 0; k < i; k++) {
                if (text.charAt(k) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return ProgramError.of("JSONDecodeError", what + ": line " + line + " column " + column + " (char " + i
                    + ")");
        }

        private void space() {
            while (i < text.length() && " \t\n\r".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
        }

        private Value value() {
            space();
            if (i >= text.length()) {
                throw error("Expecting value");
            }
            char c = text.charAt(i);
            if (c == '{') {
                i++;
                PyDict d = new PyDict();
                space();
                if (i < text.length() && text.charAt(i) == '}') {
                    i++;
                    return d;
                }
                while (true) {
                    space();
                    if (i >= text.length() || text.charAt(i) != '"') {
                        throw error("Expecting property name enclosed in double quotes");
                    }
                    Value k = string();
                    space();
                    if (i >= text.length() || text.charAt(i) != ':') {
                        throw error("Expecting ':' delimiter");
                    }
                    i++;
                    d.put(k, value());
                    space();
                    if (i < text.length() && text.charAt(i) == ',') {
                        i++;
                    } else if (i < text.length() && text.charAt(i) == '}') {
                        i++;
                        return d;
                    } else {
                        throw error("Expecting ',' delimiter");
                    }
                }
            }
            if (c == '[') {
                i++;
                List<Value> items = new ArrayList<>();
                space();
                if (i < text.length() && text.charAt(i) == ']') {
                    i++;
                    return PyList.of(items);
                }
                while (true) {
                    items.add(value());
                    space();
                    if (i < text.length() && text.charAt(i) == ',') {
                        i++;
                    } else if (i < text.length() && text.charAt(i) == ']') {
                        i++;
                        return PyList.of(items);
                    } else {
                        throw error("Expecting ',' delimiter");
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            for (String word : List.of("null", "true", "false", "NaN", "Infinity", "-Infinity")) {
                if (text.startsWith(word, i)) {
                    i += word.length();
                    return switch (word) {
                        case "null" -> PyNone.NONE;
                        case "true" -> PyBool.of(true);
                        case "false" -> PyBool.of(false);
                        case "NaN" -> PyFloat.of(Double.NaN);
                        case "Infinity" -> PyFloat.of(Double.POSITIVE_INFINITY);
                        default -> PyFloat.of(Double.NEGATIVE_INFINITY);
                    };
                }
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?")
                    .matcher(text).region(i, text.length());
            if (!m.lookingAt()) {
                throw error("Expecting value");
            }
            i = m.end();
            String number = m.group();
            return m.group(2) == null && m.group(3) == null ? PyBigInt.of(new java.math.BigInteger(number))
                    : PyFloat.of(Double.parseDouble(number));
        }

        private Value string() {
            StringBuilder s = new StringBuilder();
            i++;
            while (i < text.length() && text.charAt(i) != '"') {
                char c = text.charAt(i++);
                if (c == '\\' && i < text.length()) {
                    char e = text.charAt(i++);
                    switch (e) {
                        case 'n' -> s.append('\n');
                        case 't' -> s.append('\t');
                        case 'r' -> s.append('\r');
                        case 'b' -> s.append('\b');
                        case 'f' -> s.append('\f');
                        case 'u' -> {
                            s.append((char) Integer.parseInt(text.substring(i, Math.min(i + 4, text.length())), 16));
                            i += 4;
                        }
                        default -> s.append(e);
                    }
                } else {
                    s.append(c);
                }
            }
            if (i >= text.length()) {
                throw error("Unterminated string starting at");
            }
            i++;
            return new PyStr(s.toString());
        }
    }
}
