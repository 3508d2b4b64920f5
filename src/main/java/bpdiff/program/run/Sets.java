package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.Iterator;

/** Building sets and combining them: {@code | & - ^}, subsets. */
final class Sets {

    private Sets() {}

    /**
     * @param frozen whether to make a frozenset
     * @param iterable the elements
     * @param machine the interpreter
     * @param at where
     * @return a new set of them
     */
    static PySet of(boolean frozen, Value iterable, Interpreter machine, Span at) {
        PySet s = new PySet(frozen);
        Iterator<Value> it = Iteration.of(iterable, machine, at);
        while (it.hasNext()) {
            s.add(it.next());
        }
        return s;
    }

    /**
     * @param machine the interpreter
     * @param op {@code |}, {@code &}, {@code -} or {@code ^}
     * @param a a set
     * @param b another
     * @return the new set, a frozenset if {@code a} is one
     */
    static PySet combine(Interpreter machine, String op, PySet a, PySet b) {
        PySet out = new PySet(a.frozen());
        Iterator<Value> it = a.iterator();
        while (it.hasNext()) {
            Value v = it.next();
            boolean inB = b.contains(v);
            if (op.equals("|") || op.equals("&") && inB || (op.equals("-") || op.equals("^")) && !inB) {
                out.add(v);
            }
        }
        if (op.equals("|") || op.equals("^")) {
            Iterator<Value> others = b.iterator();
            while (others.hasNext()) {
                Value v = others.next();
                if (!a.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /**
     * @param a a set
     * @param b another
     * @return whether every element of {@code a} is in {@code b}
     */
    static boolean subset(PySet a, PySet b) {
        Iterator<Value> it = a.iterator();
        while (it.hasNext()) {
            if (!b.contains(it.next())) {
                return false;
            }
        }
        return true;
    }
}
