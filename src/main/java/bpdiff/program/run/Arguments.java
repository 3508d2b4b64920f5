package bpdiff.program.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of a call of a built-in, looked up by position or keyword as Python binds them.
 *
 * @param function the function's name, for messages
 * @param positional positional arguments
 * @param keywords keyword arguments
 */
record Arguments(String function, List<Value> positional, Map<String, Value> keywords) {

    /**
     * @param position the parameter's position
     * @param keyword its name
     * @return the argument, or {@code null} if not given
     */
    Value get(int position, String keyword) {
        if (position < positional.size()) {
            return positional.get(position);
        }
        return keywords.get(keyword);
    }

    /**
     * @param position the parameter's position
     * @param keyword its name
     * @return the argument
     * @throws ProgramError if it is missing
     */
    Value required(int position, String keyword) {
        Value v = get(position, keyword);
        if (v == null) {
            throw ProgramError.of("TypeError", function + "() missing required argument '" + keyword + "' (pos "
                    + (position + 1) + ")");
        }
        return v;
    }

    /**
     * @param count the number of positional arguments the function takes at most
     * @param allowed the keywords it takes
     * @throws ProgramError for more positional arguments or another keyword
     */
    void check(int count, String... allowed) {
        if (positional.size() > count) {
            throw ProgramError.of("TypeError", function + "() takes at most " + count + " positional argument"
                    + (count == 1 ? "" : "s") + " (" + positional.size() + " given)");
        }
        for (String keyword : keywords.keySet()) {
            if (!List.of(allowed).contains(keyword)) {
                throw ProgramError.of("TypeError", function + "() got an unexpected keyword argument '" + keyword + "'");
            }
        }
    }

    /**
     * @param v an optional string argument, or {@code null}
     * @param otherwise its value when not given or {@code None}
     * @param mustBe the TypeError's words for another type: {@code sep must be None or a string}
     * @return the string
     */
    static String string(Value v, String otherwise, String mustBe) {
        if (v == null || v == PyNone.NONE) {
            return otherwise;
        }
        if (!(v instanceof PyStr s)) {
            throw ProgramError.of("TypeError", mustBe + ", not " + BuiltinTypes.typeOf(v).name());
        }
        return s.value();
    }

    /** NumPy's names that PyTorch's argument parser takes for its own ({@code numpy_compatibility_arg_names}). */
    private static final Map<String, String> NUMPY_NAMES = Map.of("axis", "dim", "keepdims", "keepdim", "x", "input",
            "a", "input", "x1", "input", "x2", "other");

    /**
     * The arguments as a function of PyTorch's C++ core binds them: {@code x.sum(axis=1, keepdims=True)} is
     * {@code x.sum(dim=1, keepdim=True)}, as PyTorch's argument parser reads NumPy's names.
     *
     * @return these arguments with NumPy's keyword names replaced by PyTorch's
     */
    Arguments withTorchNames() {
        if (keywords.keySet().stream().noneMatch(NUMPY_NAMES::containsKey)) {
            return this;
        }
        Map<String, Value> renamed = new LinkedHashMap<>();
        keywords.forEach((k, v) -> renamed.putIfAbsent(NUMPY_NAMES.getOrDefault(k, k), v));
        return new Arguments(function, positional, renamed);
    }

    /** @return the number of positional arguments */
    int size() {
        return positional.size();
    }
}
