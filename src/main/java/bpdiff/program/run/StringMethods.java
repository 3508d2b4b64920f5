package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The methods of Python's {@code str}, with CPython's results and errors. */
final class StringMethods {

    /** The method names. */
    static final Set<String> NAMES = Set.of("format", "join", "strip", "lstrip", "rstrip", "upper", "lower", "replace",
            "split", "rsplit", "splitlines", "startswith", "endswith", "ljust", "rjust", "center", "zfill", "count",
            "find", "rfind", "index", "rindex", "isdigit", "isnumeric", "isdecimal", "isalpha", "isalnum", "isspace",
            "isupper", "islower", "istitle", "title", "capitalize", "swapcase", "casefold", "partition", "rpartition",
            "format_map", "removeprefix", "removesuffix", "expandtabs");

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
        Value result = compute(machine, s, name, a, at);
        // each text and list a method makes is charged to the run; its size was checked before it was built
        if (result instanceof PyStr made && made.value() != s) {
            machine.budget.characters(made.value().length());
        } else if (result instanceof PyList parts) {
            machine.budget.elements(parts.items().size());
        }
        return result;
    }

    private static Value compute(Interpreter machine, String s, String name, Arguments a, Span at) {
        return switch (name) {
            case "format" -> new PyStr(Formatting.strFormat(machine, s, a.positional(), a.keywords()));
            case "format_map" -> new PyStr(Formatting.strFormat(machine, s, List.of(),
                    Containers.stringKeys(a.required(0, "mapping"))));
            case "join" -> join(machine, s, a, at);
            case "strip", "lstrip", "rstrip" -> new PyStr(strip(s, name, chars(a)));
            case "upper" -> new PyStr(s.toUpperCase(Locale.ROOT));
            case "lower", "casefold" -> new PyStr(s.toLowerCase(Locale.ROOT));
            case "swapcase" -> new PyStr(swapcase(s));
            case "title" -> new PyStr(title(s));
            case "capitalize" -> new PyStr(s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT)
                    + s.substring(1).toLowerCase(Locale.ROOT));
            case "replace" -> replace(machine, s, a);
            case "split", "rsplit" -> split(s, a, name.equals("rsplit"));
            case "splitlines" -> splitlines(s, a.get(0, "keepends") != null && Truth.of(a.get(0, "keepends")));
            case "startswith", "endswith" -> affix(s, name.equals("startswith"), a);
            case "ljust", "rjust", "center" -> new PyStr(justify(machine, s, name, a));
            case "zfill" -> {
                long width = Numbers.toLong(a.required(0, "width"));
                machine.recorder.checkSize(width);
                yield new PyStr(zfill(s, (int) Math.min(Integer.MAX_VALUE, width)));
            }
            case "count" -> new PyInt(count(s, text(a.required(0, "x"), "count"), a));
            case "find", "rfind", "index", "rindex" -> find(s, name, a);
            case "isdigit", "isnumeric", "isdecimal" -> PyBool.of(!s.isEmpty() && s.codePoints().allMatch(Character::isDigit));
            case "isalpha" -> PyBool.of(!s.isEmpty() && s.codePoints().allMatch(Character::isLetter));
            case "isalnum" -> PyBool.of(!s.isEmpty() && s.codePoints().allMatch(Character::isLetterOrDigit));
            case "isspace" -> PyBool.of(!s.isEmpty() && s.codePoints().allMatch(StringMethods::isSpace));
            case "isupper" -> PyBool.of(s.codePoints().anyMatch(Character::isUpperCase)
                    && s.codePoints().noneMatch(Character::isLowerCase));
            case "islower" -> PyBool.of(s.codePoints().anyMatch(Character::isLowerCase)
                    && s.codePoints().noneMatch(Character::isUpperCase));
            case "istitle" -> PyBool.of(!s.isEmpty() && title(s).equals(s) && s.codePoints().anyMatch(Character::isLetter));
            case "partition", "rpartition" -> partition(s, text(a.required(0, "sep"), name), name.equals("rpartition"));
            case "removeprefix" -> {
                String p = text(a.required(0, "prefix"), name);
                yield new PyStr(s.startsWith(p) ? s.substring(p.length()) : s);
            }
            case "removesuffix" -> {
                String p = text(a.required(0, "suffix"), name);
                yield new PyStr(s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s);
            }
            default -> new PyStr(expandTabs(machine, s, a.get(0, "tabsize") == null ? 8
                    : Numbers.toLong(a.get(0, "tabsize"))));
        };
    }

    private static String expandTabs(Interpreter machine, String s, long size) {
        StringBuilder out = new StringBuilder();
        long column = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\t') {
                long spaces = size <= 0 ? 0 : size - column % size;
                machine.recorder.checkSize(out.length() + spaces);
                out.append(" ".repeat((int) spaces));
                column += spaces;
            } else {
                out.append(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return out.toString();
    }

    private static String text(Value v, String method) {
        if (v instanceof PyStr s) {
            return s.value();
        }
        throw ProgramError.of("TypeError", "must be str, not " + BuiltinTypes.typeOf(v).name());
    }

    private static Value join(Interpreter machine, String s, Arguments a, Span at) {
        List<Value> items = Iteration.list(a.required(0, "iterable"), machine, at);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < items.size(); k++) {
            if (!(items.get(k) instanceof PyStr p)) {
                throw ProgramError.of("TypeError", "sequence item " + k + ": expected str instance, "
                        + BuiltinTypes.typeOf(items.get(k)).name() + " found");
            }
            if (k > 0) {
                out.append(s);
            }
            out.append(p.value());
            machine.recorder.checkSize(out.length());
        }
        return new PyStr(out.toString());
    }

    private static String chars(Arguments a) {
        Value v = a.get(0, "chars");
        return v == null || v == PyNone.NONE ? null : text(v, "strip");
    }

    /** Python's whitespace: what {@code str.split()} and {@code str.strip()} remove. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x1f || c == 0x85;
    }

    private static String strip(String s, String side, String chars) {
        int start = 0;
        int end = s.length();
        // the characters to strip as a set: looking each up in a long chars would be O(n·m)
        java.util.BitSet set = null;
        if (chars != null) {
            set = new java.util.BitSet();
            for (int k = 0; k < chars.length(); k++) {
                set.set(chars.charAt(k));
            }
        }
        if (!side.equals("rstrip")) {
            while (start < end && (set == null ? isSpace(s.charAt(start)) : set.get(s.charAt(start)))) {
                start++;
            }
        }
        if (!side.equals("lstrip")) {
            while (end > start && (set == null ? isSpace(s.charAt(end - 1)) : set.get(s.charAt(end - 1)))) {
                end--;
            }
        }
        return s.substring(start, end);
    }

    private static String swapcase(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> out.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c)
                : Character.isLowerCase(c) ? Character.toUpperCase(c) : c));
        return out.toString();
    }

    private static String title(String s) {
        StringBuilder out = new StringBuilder();
        boolean previousCased = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            out.append(previousCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
            previousCased = Character.isLetter(c);
        }
        return out.toString();
    }

    private static Value replace(Interpreter machine, String s, Arguments a) {
        String old = text(a.required(0, "old"), "replace");
        String replacement = text(a.required(1, "new"), "replace");
        long count = a.get(2, "count") == null ? -1 : Numbers.toLong(a.get(2, "count"));
        StringBuilder out = new StringBuilder();
        int from = 0;
        long done = 0;
        if (old.isEmpty()) {
            for (int k = 0; k <= s.length() && (count < 0 || done < count); k++, done++) {
                out.append(replacement);
                machine.recorder.checkSize((long) out.length() + s.length());
                if (k < s.length()) {
                    out.append(s.charAt(k));
                }
                from = k + 1;
            }
            if (from <= s.length()) {
                out.append(s.substring(Math.min(from, s.length())));
            }
            return new PyStr(out.toString());
        }
        for (int k = TextSearch.indexOf(s, old); k >= 0 && (count < 0 || done < count);
                k = TextSearch.indexOf(s, old, from), done++) {
            out.append(s, from, k).append(replacement);
            machine.recorder.checkSize(out.length());
            from = k + old.length();
        }
        out.append(s.substring(from));
        machine.recorder.checkSize(out.length());
        return new PyStr(out.toString());
    }

    private static Value split(String s, Arguments a, boolean fromRight) {
        Value sepValue = a.get(0, "sep");
        Value maxValue = a.get(1, "maxsplit");
        long max = maxValue == null ? -1 : Numbers.toLong(maxValue);
        List<String> parts = new ArrayList<>();
        if (sepValue == null || sepValue == PyNone.NONE) {
            whitespaceSplit(s, max, fromRight, parts);
        } else {
            String sep = text(sepValue, "split");
            if (sep.isEmpty()) {
                throw ProgramError.of("ValueError", "empty separator");
            }
            if (fromRight) {
                int end = s.length();
                for (int k = TextSearch.lastIndexOf(s, sep, end - sep.length());
                        k >= 0 && (max < 0 || parts.size() < max);
                        k = TextSearch.lastIndexOf(s, sep, end - sep.length())) {
                    // added last first, then reversed: adding each at the front would move all the others, O(n²)
                    parts.add(s.substring(k + sep.length(), end));
                    end = k;
                    if (end - sep.length() < 0) {
                        break;
                    }
                }
                parts.add(s.substring(0, end));
                java.util.Collections.reverse(parts);
            } else {
                int from = 0;
                for (int k = TextSearch.indexOf(s, sep); k >= 0 && (max < 0 || parts.size() < max);
                        k = TextSearch.indexOf(s, sep, from)) {
                    parts.add(s.substring(from, k));
                    from = k + sep.length();
                }
                parts.add(s.substring(from));
            }
        }
        List<Value> items = new ArrayList<>();
        parts.forEach(p -> items.add(new PyStr(p)));
        return PyList.of(items);
    }

    private static void whitespaceSplit(String s, long max, boolean fromRight, List<String> parts) {
        if (fromRight) {
            // added last first, then reversed: adding each at the front would move all the others, O(n²)
            int end = s.length();
            while (true) {
                while (end > 0 && isSpace(s.charAt(end - 1))) {
                    end--;
                }
                if (end == 0) {
                    break;
                }
                if (max >= 0 && parts.size() >= max) {
                    parts.add(s.substring(0, end));
                    break;
                }
                int start = end;
                while (start > 0 && !isSpace(s.charAt(start - 1))) {
                    start--;
                }
                parts.add(s.substring(start, end));
                end = start;
            }
            java.util.Collections.reverse(parts);
            return;
        }
        int k = 0;
        int n = s.length();
        while (true) {
            while (k < n && isSpace(s.charAt(k))) {
                k++;
            }
            if (k == n) {
                return;
            }
            if (max >= 0 && parts.size() >= max) {
                int end = n;
                while (end > k && isSpace(s.charAt(end - 1))) {
                    end--;
                }
                parts.add(s.substring(k, end));
                return;
            }
            int start = k;
            while (k < n && !isSpace(s.charAt(k))) {
                k++;
            }
            parts.add(s.substring(start, k));
        }
    }

    private static Value splitlines(String s, boolean keepEnds) {
        List<Value> items = new ArrayList<>();
        int start = 0;
        int k = 0;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                    || c == 0x2028 || c == 0x2029) {
                int end = k;
                k += c == '\r' && k + 1 < s.length() && s.charAt(k + 1) == '\n' ? 2 : 1;
                items.add(new PyStr(s.substring(start, keepEnds ? k : end)));
                start = k;
            } else {
                k++;
            }
        }
        if (start < s.length()) {
            items.add(new PyStr(s.substring(start)));
        }
        return PyList.of(items);
    }

    private static Value affix(String s, boolean prefix, Arguments a) {
        Value v = a.required(0, prefix ? "prefix" : "suffix");
        int n = s.length();
        int start = a.get(1, "start") == null ? 0 : (int) clamp(Numbers.toLong(a.get(1, "start")), n);
        int end = a.get(2, "end") == null ? n : (int) clamp(Numbers.toLong(a.get(2, "end")), n);
        String part = start <= end ? s.substring(start, end) : "";
        List<Value> options = v instanceof PyTuple t ? t.items() : List.of(v);
        for (Value o : options) {
            if (!(o instanceof PyStr p)) {
                throw ProgramError.of("TypeError", (prefix ? "startswith" : "endswith") + " first arg must be str or a "
                        + "tuple of str, not " + BuiltinTypes.typeOf(o).name());
            }
            if (start <= n && (prefix ? part.startsWith(p.value()) : part.endsWith(p.value()))) {
                return PyBool.of(true);
            }
        }
        return PyBool.of(false);
    }

    private static long clamp(long k, int n) {
        long p = k < 0 ? k + n : k;
        return Math.max(0, Math.min(n, p));
    }

    private static String justify(Interpreter machine, String s, String how, Arguments a) {
        long width = Numbers.toLong(a.required(0, "width"));
        Value fillValue = a.get(1, "fillchar");
        String fill = fillValue == null ? " " : text(fillValue, how);
        if (fill.codePointCount(0, fill.length()) != 1) {
            throw ProgramError.of("TypeError", "The fill character must be exactly one character long");
        }
        int length = s.codePointCount(0, s.length());
        if (width <= length) {
            return s;
        }
        machine.recorder.checkSize(width);
        int margin = (int) width - length;
        int left = switch (how) {
            case "ljust" -> 0;
            case "rjust" -> margin;
            default -> margin / 2 + (margin & (int) width & 1);
        };
        return fill.repeat(left) + s + fill.repeat(margin - left);
    }

    private static String zfill(String s, int width) {
        if (s.length() >= width) {
            return s;
        }
        String zeros = "0".repeat(width - s.length());
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    private static int[] range(String s, Arguments a) {
        int n = s.length();
        Value startValue = a.get(1, "start");
        Value endValue = a.get(2, "end");
        int start = startValue == null || startValue == PyNone.NONE ? 0 : (int) clamp(Numbers.toLong(startValue), n);
        int end = endValue == null || endValue == PyNone.NONE ? n : (int) clamp(Numbers.toLong(endValue), n);
        return new int[] {start, end};
    }

    private static long count(String s, String sub, Arguments a) {
        int[] r = range(s, a);
        if (r[0] > r[1]) {
            return 0;
        }
        String part = s.substring(r[0], r[1]);
        if (sub.isEmpty()) {
            return part.length() + 1L;
        }
        long n = 0;
        for (int k = TextSearch.indexOf(part, sub); k >= 0; k = TextSearch.indexOf(part, sub, k + sub.length())) {
            n++;
        }
        return n;
    }

    private static Value find(String s, String how, Arguments a) {
        String sub = text(a.required(0, "sub"), how);
        int[] r = range(s, a);
        int found = -1;
        if (r[0] <= r[1] && sub.length() <= r[1] - r[0]) {
            String part = s.substring(r[0], r[1]);
            int k = how.startsWith("r") ? TextSearch.lastIndexOf(part, sub) : TextSearch.indexOf(part, sub);
            found = k < 0 ? -1 : k + r[0];
        }
        if (found < 0 && how.endsWith("index")) {
            throw ProgramError.of("ValueError", "substring not found");
        }
        return new PyInt(found);
    }

    private static Value partition(String s, String sep, boolean fromRight) {
        if (sep.isEmpty()) {
            throw ProgramError.of("ValueError", "empty separator");
        }
        int k = fromRight ? TextSearch.lastIndexOf(s, sep) : TextSearch.indexOf(s, sep);
        if (k < 0) {
            return fromRight ? new PyTuple(List.of(new PyStr(""), new PyStr(""), new PyStr(s)))
                    : new PyTuple(List.of(new PyStr(s), new PyStr(""), new PyStr("")));
        }
        return new PyTuple(List.of(new PyStr(s.substring(0, k)), new PyStr(sep), new PyStr(s.substring(k + sep.length()))));
    }
}
