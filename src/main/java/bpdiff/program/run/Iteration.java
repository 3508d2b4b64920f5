package bpdiff.program.run;

import bpdiff.program.array.Index;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** What a {@code for} loop, unpacking or {@code list(…)} iterates over. */
final class Iteration {

    private Iteration() {}

    /**
     * @param v a list, tuple, range, string or array (by rows)
     * @param machine the interpreter (to record array rows)
     * @param at where
     * @return its items, lazily for a range
     * @throws ProgramError if it cannot be iterated
     */
    static Iterator<Value> of(Value v, Interpreter machine, Span at) {
        if (v instanceof PyRange r) {
            return new Iterator<>() {
                private long k;

                @Override
                public boolean hasNext() {
                    return k < r.length();
                }

                @Override
                public Value next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return new PyInt(r.at(k++));
                }
            };
        }
        return list(v, machine, at).iterator();
    }

    /**
     * @param v an iterable value
     * @param machine the interpreter
     * @param at where
     * @return all its items
     * @throws ProgramError if it cannot be iterated
     */
    static List<Value> list(Value v, Interpreter machine, Span at) {
        if (v instanceof PyList l) {
            return new ArrayList<>(l.items());
        }
        if (v instanceof PyTuple t) {
            return t.items();
        }
        if (v instanceof PyRange r) {
            machine.recorder.checkSize(r.length());
            List<Value> items = new ArrayList<>();
            for (long k = 0; k < r.length(); k++) {
                items.add(new PyInt(r.at(k)));
            }
            return items;
        }
        if (v instanceof PyStr s) {
            List<Value> items = new ArrayList<>();
            s.value().codePoints().forEach(c -> items.add(new PyStr(new String(Character.toChars(c)))));
            return items;
        }
        if (v instanceof PyArray a && a.value().ndim() > 0) {
            List<Value> rows = new ArrayList<>();
            for (int k = 0; k < a.value().dim(0); k++) {
                rows.add(Subscripts.index(machine, a, List.of(new Index.At(k)), at));
            }
            return rows;
        }
        throw new ProgramError("'" + v.typeName() + "' object is not iterable");
    }
}
