package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.Iterator;
import java.util.List;

/**
 * Building sets and combining them as CPython's {@code setobject.c} does, so that the result's table, and
 * so its order, is CPython's: a copy merges the table, {@code |} copies and merges, {@code &} walks the
 * smaller set, {@code -} walks the left one (or copies it and removes the right one's elements when that is
 * much smaller), {@code ^} copies the right one and toggles the left one's elements.
 */
final class Sets {

    private Sets() {}

    /**
     * @param frozen whether to make a frozenset
     * @param iterable the elements: a set (its table is merged), a dict (its keys) or any iterable
     * @param machine the interpreter
     * @param at where
     * @return a new set of them
     */
    static PySet of(boolean frozen, Value iterable, Interpreter machine, Span at) {
        PySet s = new PySet(frozen);
        update(s, iterable, machine, at);
        return s;
    }

    /**
     * {@code s.update(iterable)}.
     *
     * @param s the set
     * @param iterable the elements to add
     * @param machine the interpreter
     * @param at where
     */
    static void update(PySet s, Value iterable, Interpreter machine, Span at) {
        if (iterable instanceof PySet other) {
            machine.recorder.checkSize((long) s.size() + other.size());
            machine.budget.entries(other.size());
            s.table().merge(other.table());
            return;
        }
        Iterator<Value> it = Iteration.of(iterable, machine, at);
        while (it.hasNext()) {
            if (s.add(it.next())) {
                machine.recorder.checkSize(s.size());
                machine.budget.entries(1);
            }
        }
    }

    /**
     * @param machine the interpreter
     * @param op {@code |}, {@code &}, {@code -} or {@code ^}
     * @param a a set
     * @param b another
     * @return the new set, a frozenset if {@code a} is one
     */
    static PySet combine(Interpreter machine, String op, PySet a, PySet b) {
        switch (op) {
            case "|": {
                PySet out = copy(a, a.frozen());
                out.table().merge(b.table());
                return out;
            }
            case "&": {
                PySet out = new PySet(a.frozen());
                PySet small = b.size() > a.size() ? a : b;
                PySet large = small == a ? b : a;
                for (HashKey k : small.table().elements()) {
                    if (large.table().contains(k)) {
                        out.table().add(k);
                    }
                }
                return out;
            }
            case "-": {
                if ((a.size() >> 2) > b.size()) {
                    PySet out = copy(a, a.frozen());
                    for (HashKey k : b.table().elements()) {
                        out.table().remove(k);
                    }
                    return out;
                }
                PySet out = new PySet(a.frozen());
                for (HashKey k : a.table().elements()) {
                    if (!b.table().contains(k)) {
                        out.table().add(k);
                    }
                }
                return out;
            }
            default: {
                PySet out = copy(b, a.frozen());
                toggle(out, a);
                return out;
            }
        }
    }

    /**
     * {@code s.symmetric_difference_update(other)}: each of the other's elements leaves if there, else joins.
     *
     * @param s the set changed
     * @param other the other set
     */
    static void toggle(PySet s, PySet other) {
        for (HashKey k : other.table().elements()) {
            if (!s.table().remove(k)) {
                s.table().add(k);
            }
        }
    }

    private static PySet copy(PySet s, boolean frozen) {
        PySet out = new PySet(frozen);
        out.table().merge(s.table());
        return out;
    }

    /**
     * @param a a set
     * @param b another
     * @return whether every element of {@code a} is in {@code b}
     */
    static boolean subset(PySet a, PySet b) {
        List<HashKey> elements = a.table().elements();
        for (HashKey k : elements) {
            if (!b.table().contains(k)) {
                return false;
            }
        }
        return true;
    }
}
