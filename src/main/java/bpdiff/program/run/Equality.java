package bpdiff.program.run;

import java.util.List;

/** Python's {@code ==} on values that are not numbers compared elementwise. */
final class Equality {

    private Equality() {}

    /**
     * @param a a value
     * @param b another
     * @return whether Python's {@code ==} holds (numbers by value, sequences item by item)
     */
    static boolean equal(Value a, Value b) {
        if (a == b) {
            return true;
        }
        if (Numbers.isNumeric(a) && Numbers.isNumeric(b) && !(a instanceof PyArray) && !(b instanceof PyArray)) {
            return Numbers.toDouble(a) == Numbers.toDouble(b);
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return x.value().equals(y.value());
        }
        if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
            List<Value> x = Numbers.items(a);
            List<Value> y = Numbers.items(b);
            if (x.size() != y.size()) {
                return false;
            }
            for (int k = 0; k < x.size(); k++) {
                if (!equal(x.get(k), y.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
