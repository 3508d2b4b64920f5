package bpdiff.program.run;

/** Python's truth value of a value, with numpy's refusal for arrays of more than one element. */
final class Truth {

    private Truth() {}

    /**
     * @param v a value
     * @return whether Python treats it as true
     * @throws ProgramError for an array of more than one element
     */
    static boolean of(Value v) {
        if (v instanceof PyBool b) {
            return b.value();
        }
        if (v instanceof PyInt i) {
            return i.value() != 0;
        }
        if (v instanceof PyFloat f) {
            return f.value() != 0;
        }
        if (v instanceof PyStr s) {
            return !s.value().isEmpty();
        }
        if (v instanceof PyList l) {
            return !l.items().isEmpty();
        }
        if (v instanceof PyTuple t) {
            return !t.items().isEmpty();
        }
        if (v instanceof PyRange r) {
            return r.length() > 0;
        }
        if (v instanceof PyArray a) {
            if (a.value().size() != 1) {
                throw new ProgramError("the truth value of an array with more than one element is ambiguous "
                        + "(numpy's a.any() and a.all() are not supported; compare numbers)");
            }
            return a.value().item() != 0;
        }
        return v != PyNone.NONE;
    }
}
