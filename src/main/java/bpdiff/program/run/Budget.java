package bpdiff.program.run;

import bpdiff.program.ProgramLimits;
import java.util.Locale;

/**
 * The one budget of a run ({@link ProgramLimits}), charged where the work happens: statements as they start, each
 * loop's iterations, call depth, characters before a text is built, container items before they are made,
 * floating-point operations before an array operation computes them, and the wall clock, read as these are charged
 * and after long array and integer operations
 * (so that it holds inside one long statement too). Reaching a limit throws a {@link ProgramError} that no handler
 * of the program catches; its message names the limit and the value reached, and the statement running gives it
 * its {@code file:line:col}.
 */
final class Budget {

    /** Units charged between two readings of the clock: reading it costs about as much as making a few items. */
    private static final long CLOCK_EVERY = 4096;
    /** Items a dict's or set's entry counts as ({@link #entries}). */
    static final long ENTRY = 4;

    private final ProgramLimits limits;
    private final long deadline;
    private long statements;
    private long characters;
    private long elements;
    private long work;
    private long sinceClock;
    private int depth;

    /**
     * @param limits the limits
     */
    Budget(ProgramLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + (long) (limits.seconds() * 1e9);
    }

    /** @return the limits */
    ProgramLimits limits() {
        return limits;
    }

    /** Counts one statement; reads the clock every 16. */
    void statement() {
        if (++statements > limits.statements()) {
            throw limit("the program ran more than " + limits.statements() + " statements, bpdiff's limit (an endless "
                    + "loop? or run fewer epochs)");
        }
        if ((statements & 15) == 0) {
            clock();
        }
    }

    /**
     * Counts an iteration of a loop.
     *
     * @param iterations the loop's iterations so far, this one included
     */
    void iteration(long iterations) {
        if (iterations > limits.loopIterations()) {
            throw limit("a loop ran more than " + limits.loopIterations() + " times, bpdiff's limit (an endless loop? "
                    + "or run fewer epochs)");
        }
        if ((iterations & 15) == 0) {
            clock();
        }
    }

    /**
     * Charges characters a formatting is about to make.
     *
     * @param count how many (a {@link #product} when it is a repetition)
     */
    void characters(long count) {
        characters = sum(characters, count);
        if (characters > limits.characters()) {
            throw limit("the program formatted " + characters + " characters in all, more than bpdiff's limit of "
                    + limits.characters() + " (print less, or fewer digits)");
        }
        tick(count);
    }

    /**
     * Charges items of lists, tuples, dicts or sets about to be made.
     *
     * @param count how many (a {@link #product} when it is a repetition)
     */
    void elements(long count) {
        elements = sum(elements, count);
        if (elements > limits.elements()) {
            throw limit("the program made " + elements + " list, tuple, dict and set items in all, more than bpdiff's "
                    + "limit of " + limits.elements() + " (a dict's or set's entry counts as " + ENTRY + "; smaller or "
                    + "fewer lists and dicts, or numpy arrays)");
        }
        tick(count);
    }

    /**
     * Charges entries of dicts or sets about to be made, each as {@value #ENTRY} items: an entry holds its key, its
     * value and the hash table's own record of them, several times what a list's item takes.
     *
     * @param count how many entries
     */
    void entries(long count) {
        elements(product(count, ENTRY));
    }

    /**
     * Charges the floating-point operations an array operation is about to do; {@link #worked} counts them for the
     * clock once they are done.
     *
     * @param operations how many
     */
    void work(long operations) {
        work = sum(work, operations);
        if (work > limits.work()) {
            throw limit(String.format(Locale.ROOT, "the program's array arithmetic reached %.3g floating-point "
                    + "operations, more than bpdiff's limit of %.3g (smaller arrays, or fewer epochs)", (double) work,
                    (double) limits.work()));
        }
    }

    /**
     * Counts operations of an array operation just done for the clock: a matrix product tells of each row as it is
     * done ({@link bpdiff.program.array.Progress}), so that a time limit reached inside it stops it there and names
     * the statement computing it, not the loop around it.
     *
     * @param operations how many
     */
    void worked(long operations) {
        tick(operations);
    }

    /**
     * Counts items of containers a comparison or a hash is about to walk, for the clock only: a structure shares its
     * parts (a list holding one list of a thousand items a thousand times), so two values of a few thousand items
     * made can hold a billion to compare, and the clock must be read inside one {@code ==}, {@code in},
     * {@code sorted} or {@code hash} too. Outside a run (no interpreter on this thread) nothing is counted.
     *
     * @param items how many
     */
    static void walked(long items) {
        Interpreter machine = Interpreter.current();
        if (machine != null) {
            machine.budget.tick(items);
        }
    }

    private void tick(long units) {
        sinceClock += units;
        if (sinceClock >= CLOCK_EVERY) {
            sinceClock = 0;
            clock();
        }
    }

    /**
     * Counts an operation of integers just computed, a unit per 64 bits, so that the clock is read after each of
     * the ones that take long (a product of integers of a hundred thousand digits takes milliseconds).
     *
     * @param bits the bits of its operand and result
     */
    void integer(long bits) {
        tick(bits / 64);
    }

    /** Stops the run if its time is up. */
    void clock() {
        long now = System.nanoTime();
        if (now - deadline > 0) {
            throw limit("the program ran longer than " + seconds(limits.seconds()) + (limits.seconds() == 1 ? " second"
                    : " seconds") + ", bpdiff's limit (an endless loop? or run fewer epochs)");
        }
    }

    /** Enters a call of one of the program's functions. */
    void enter() {
        if (++depth > limits.recursionDepth()) {
            throw limit("calls are nested more than " + limits.recursionDepth() + " deep, bpdiff's limit "
                    + "(endless recursion?)");
        }
    }

    /** @return how many of the program's calls are running (0 at module level) */
    int depth() {
        return depth;
    }

    /** Leaves it. */
    void leave() {
        depth--;
    }

    /**
     * A count of items made by repetition, without overflow: {@code n * times} or {@link Long#MAX_VALUE}.
     *
     * @param n items repeated, at least 0
     * @param times how often, at least 0
     * @return their product, saturated
     */
    static long product(long n, long times) {
        long high = Math.multiplyHigh(n, times);
        long low = n * times;
        return high != 0 || low < 0 ? Long.MAX_VALUE : low;
    }

    private static long sum(long a, long b) {
        long s = a + b;
        return s < a ? Long.MAX_VALUE : s;
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }

    private static ProgramError limit(String message) {
        return new ProgramError(message, true);
    }
}
