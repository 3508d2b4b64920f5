package bpdiff.program.run;

import bpdiff.program.array.Index;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** What a {@code for} loop, unpacking or {@code list(…)} iterates over, as Python's iteration protocol gives it. */
final class Iteration {

    private Iteration() {}

    /**
     * @param v a value
     * @return whether Python can iterate over it (objects: if their class has {@code __iter__} or
     *     {@code __getitem__})
     */
    static boolean isIterable(Value v) {
        return v instanceof PyList || v instanceof PyTuple || v instanceof PyRange || v instanceof PyStr
                || v instanceof PyDict || v instanceof PySet || v instanceof PyDictView || v instanceof PyIterator
                || v instanceof PyArray a && a.value().ndim() > 0 || v instanceof PyIgnoredGrid
                || v instanceof PyInstance o && (o.cls().lookup("__iter__") != null || o.cls().lookup("__getitem__") != null);
    }

    /**
     * @param v an iterable value
     * @param machine the interpreter (to record array rows, to call {@code __iter__})
     * @param at where
     * @return its items, lazily where Python's are
     * @throws ProgramError {@code TypeError} if it cannot be iterated
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
                    if (machine != null) {
                        // what consumes it (a loop, sum, max, any) iterates as a loop does
                        machine.budget.iteration(k + 1);
                    }
                    return new PyInt(r.at(k++));
                }
            };
        }
        if (v instanceof PyList l) {
            return new Iterator<>() {
                private int k;

                @Override
                public boolean hasNext() {
                    return k < l.items().size();
                }

                @Override
                public Value next() {
                    return machine.recorder.held(l.items(), k++, at);
                }
            };
        }
        if (v instanceof PyIterator i) {
            return i.items();
        }
        if (v instanceof PyDict d) {
            return d.iterator("keys");
        }
        if (v instanceof PyDictView d) {
            return d.dict().iterator(d.kind());
        }
        if (v instanceof PySet s) {
            return s.iterator();
        }
        if (v instanceof PyInstance o) {
            return protocol(o, machine, at);
        }
        return list(v, machine, at).iterator();
    }

    /** {@code __iter__} and {@code __next__} until {@code StopIteration}, or {@code __getitem__} until {@code IndexError}. */
    private static Iterator<Value> protocol(PyInstance o, Interpreter machine, Span at) {
        Value iter = Attributes.special(o, "__iter__");
        Value getitem = Attributes.special(o, "__getitem__");
        if (iter == null && getitem == null) {
            throw notIterable(o);
        }
        Value iterator = iter == null ? null : machine.calls.call(iter, List.of(), Map.of(), at);
        if (iterator != null && !(iterator instanceof PyInstance)) {
            return of(iterator, machine, at);
        }
        Value next = iterator == null ? null : Attributes.special(iterator, "__next__");
        if (iterator != null && next == null) {
            throw ProgramError.of("TypeError", "iter() returned non-iterator of type '"
                    + BuiltinTypes.typeOf(iterator).name() + "'");
        }
        return new Iterator<>() {
            private Value pending;
            private boolean done;
            private long index;

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    try {
                        pending = next != null ? machine.calls.call(next, List.of(), Map.of(), at)
                                : machine.calls.call(getitem, List.of(new PyInt(index++)), Map.of(), at);
                    } catch (ProgramError e) {
                        String stop = next != null ? "StopIteration" : "IndexError";
                        if (e.limit() || !e.exception().cls().isSubclassOf(BuiltinTypes.exception(stop))) {
                            throw e;
                        }
                        done = true;
                    }
                }
                return pending != null;
            }

            @Override
            public Value next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Value v = pending;
                pending = null;
                return v;
            }
        };
    }

    /** The items a copy of an iterable into a list makes, as far as they are known before it is made. */
    private static long sizeHint(Value v) {
        if (v instanceof PyList l) {
            return l.items().size();
        }
        if (v instanceof PyRange r) {
            return r.length();
        }
        if (v instanceof PyStr s) {
            return s.value().length();
        }
        return hinted(v);
    }

    private static long hinted(Value v) {
        if (v instanceof PyArray a) {
            return a.value().ndim() > 0 ? a.value().dim(0) : 0;
        }
        if (v instanceof PyDict d) {
            return d.size();
        }
        if (v instanceof PySet s) {
            return s.size();
        }
        return 0;
    }

    private static ProgramError notIterable(Value v) {
        return ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(v).name() + "' object is not iterable");
    }

    /**
     * @param v an iterable value
     * @param machine the interpreter
     * @param at where
     * @return all its items
     * @throws ProgramError if it cannot be iterated
     */
    static List<Value> list(Value v, Interpreter machine, Span at) {
        if (v instanceof PyTuple t) {
            return t.items();
        }
        if (machine != null) {
            long n = sizeHint(v);
            machine.recorder.checkSize(n);
            machine.budget.elements(n);
        }
        if (v instanceof PyList l) {
            for (int k = 0; k < l.items().size(); k++) {
                machine.recorder.held(l.items(), k, at);
            }
            return new ArrayList<>(l.items());
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
        if (v instanceof PyTensor t) {
            return TensorIndexing.rows(machine.torch, t, at);
        }
        if (v instanceof PyArray a && a.value().ndim() > 0) {
            List<Value> rows = new ArrayList<>();
            for (int k = 0; k < a.value().dim(0); k++) {
                rows.add(Subscripts.index(machine, a, List.of(new Index.At(k)), at));
            }
            return rows;
        }
        if (v instanceof PyIgnoredGrid g) {
            return Collections.nCopies(g.twoDimensional() ? g.rows() : g.rows() * g.columns(),
                    g.twoDimensional() ? new PyIgnoredGrid(1, g.columns(), false) : PyIgnored.IGNORED);
        }
        if (v instanceof PyDict || v instanceof PyDictView || v instanceof PySet || v instanceof PyIterator
                || v instanceof PyInstance) {
            List<Value> items = new ArrayList<>();
            Iterator<Value> it = of(v, machine, at);
            while (it.hasNext()) {
                items.add(it.next());
                machine.recorder.checkSize(items.size());
                if (hinted(v) == 0) {
                    machine.budget.elements(1);
                }
            }
            return items;
        }
        throw notIterable(v);
    }
}
