package bpdiff.program.run;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator of the program's values that computes each one when it is asked whether there is one (a generator's
 * body run to its next {@code yield}, a lazy comprehension's next item). Once {@link #advance} has said the end, or
 * thrown, it is finished: {@link #release} lets go of what it held, and it never runs again.
 */
abstract class LookAhead implements Iterator<Value> {

    private Value ready;
    private boolean finished;

    /** @return the next value, or {@code null} at the end */
    protected abstract Value advance();

    /** Lets go of what the iteration held, once it is finished. */
    protected abstract void release();

    @Override
    public boolean hasNext() {
        if (ready == null && !finished) {
            try {
                ready = advance();
            } catch (RuntimeException | Error e) {
                finish();
                throw e;
            }
            if (ready == null) {
                finish();
            }
        }
        return ready != null;
    }

    @Override
    public final Value next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Value v = ready;
        ready = null;
        return v;
    }

    private void finish() {
        finished = true;
        release();
    }
}
