package bpdiff.program;

import bpdiff.BadInputException;

/**
 * How much a program may do before bpdiff stops it: student code is data, and a mistake such as an endless
 * loop or a matrix of a billion elements must end in a clear message, not a hung or crashed checker. Each
 * limit is far above what a homework program needs (the lecture's program runs a few thousand statements
 * for 100 epochs), and each holds inside a single statement too: the run's budget is charged where the work
 * happens, before the memory is taken.
 *
 * <p>The budgets of a whole run ({@code statements}, {@code characters}, {@code elements}, {@code work}) bound
 * what the run can hold at once: with the default limits a program's own values stay under about 500 MiB
 * (ten million container items of about 30 bytes, a hundred million characters of one byte, arrays of at most
 * a million doubles each).
 *
 * @param statements statements executed in all
 * @param loopIterations iterations of any one loop or comprehension clause
 * @param arrayElements elements of any one array, list or string
 * @param recursionDepth nested calls of the program's functions
 * @param seconds wall-clock time of the run, read inside long statements too (a matrix product after each row of
 *     its result, a comparison or hash of containers as it walks their items)
 * @param recordedOperations operations recorded for differentiation (each epoch records its forward and
 *     backward pass)
 * @param characters characters made by formatting in all: {@code str}, {@code repr}, {@code %}, f-strings,
 *     {@code format}, {@code join}, string repetition and concatenation, and the text {@code print} shows
 * @param elements items of lists, tuples, dicts and sets made in all (by literals, comprehensions, repetition,
 *     concatenation, {@code append} and {@code extend}, every copy of an iterable into a list, and the method
 *     resolution order of each class defined)
 * @param work floating-point operations of array arithmetic in all (a product of an m×k and a k×n matrix is
 *     2mkn of them, an elementwise operation one per element of its result, a program's own {@code backward()}
 *     three times the forward pass it differentiates)
 * @param recordedElements numbers the values recorded for differentiation hold at once (the tape keeps the result
 *     of every recorded operation until the epoch is checked: a million-element array computed again and again
 *     without an epoch ending would otherwise fill the memory long before {@code recordedOperations})
 */
public record ProgramLimits(long statements, long loopIterations, int arrayElements, int recursionDepth,
        double seconds, int recordedOperations, long characters, long elements, long work, long recordedElements) {

    /** Characters formatted in a run, by default. */
    public static final long CHARACTERS = 100_000_000L;
    /** Container items made in a run, by default. */
    public static final long ELEMENTS = 10_000_000L;
    /** Floating-point operations of array arithmetic in a run, by default: about a minute of Java's matrix products. */
    public static final long WORK = 100_000_000_000L;
    /** Numbers held by the recorded values at once, by default: 160 MB of doubles. */
    public static final long RECORDED_ELEMENTS = 20_000_000L;

    /** The limits of {@code bpdiff check}. */
    public static final ProgramLimits DEFAULT = new ProgramLimits(10_000_000, 1_000_000, 1_000_000, 100, 60,
            2_000_000);

    /**
     * Limits with the default budgets of characters, elements, work and recorded numbers.
     *
     * @param statements statements executed in all
     * @param loopIterations iterations of any one loop
     * @param arrayElements elements of any one array, list or string
     * @param recursionDepth nested calls of the program's functions
     * @param seconds wall-clock time of the run
     * @param recordedOperations operations recorded for differentiation
     */
    public ProgramLimits(long statements, long loopIterations, int arrayElements, int recursionDepth, double seconds,
            int recordedOperations) {
        this(statements, loopIterations, arrayElements, recursionDepth, seconds, recordedOperations, CHARACTERS,
                ELEMENTS, WORK, RECORDED_ELEMENTS);
    }

    /**
     * @param newStatements statements executed in all
     * @return a copy with that limit
     */
    public ProgramLimits withStatements(long newStatements) {
        return new ProgramLimits(newStatements, loopIterations, arrayElements, recursionDepth, seconds,
                recordedOperations, characters, elements, work, recordedElements);
    }

    /**
     * A user's time limit, checked: above 0 and at most an hour.
     *
     * @param seconds the limit asked for
     * @param flag the option that asked for it, named in the message
     * @return the limit
     * @throws BadInputException if it is out of that range
     */
    public static double timeLimit(double seconds, String flag) {
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new BadInputException("the time limit must be above 0 and at most 3600 seconds, found " + seconds,
                    flag);
        }
        return seconds;
    }

    /**
     * @param newSeconds wall-clock time
     * @return a copy with that limit
     */
    public ProgramLimits withSeconds(double newSeconds) {
        return new ProgramLimits(statements, loopIterations, arrayElements, recursionDepth, newSeconds,
                recordedOperations, characters, elements, work, recordedElements);
    }

    /**
     * @param newCharacters characters formatted in all
     * @param newElements container items made in all
     * @param newWork floating-point operations of array arithmetic in all
     * @return a copy with those budgets
     */
    public ProgramLimits withBudgets(long newCharacters, long newElements, long newWork) {
        return new ProgramLimits(statements, loopIterations, arrayElements, recursionDepth, seconds,
                recordedOperations, newCharacters, newElements, newWork, recordedElements);
    }
}
