package bpdiff.program;

/**
 * How much a program may do before bpdiff stops it: student code is data, and a mistake such as an endless
 * loop or a matrix of a billion elements must end in a clear message, not a hung or crashed checker. Each
 * limit is far above what a homework program needs (the lecture's program runs a few thousand statements
 * for 100 epochs).
 *
 * @param statements statements executed in all
 * @param loopIterations iterations of any one loop
 * @param arrayElements elements of any one array, list or string
 * @param recursionDepth nested calls of the program's functions
 * @param seconds wall-clock time of the run
 * @param recordedOperations operations recorded for differentiation (each epoch records its forward and
 *     backward pass)
 */
public record ProgramLimits(long statements, long loopIterations, int arrayElements, int recursionDepth,
        double seconds, int recordedOperations) {

    /** The limits of {@code bpdiff check}. */
    public static final ProgramLimits DEFAULT = new ProgramLimits(10_000_000, 1_000_000, 1_000_000, 100, 60,
            2_000_000);

    /**
     * @param newStatements statements executed in all
     * @return a copy with that limit
     */
    public ProgramLimits withStatements(long newStatements) {
        return new ProgramLimits(newStatements, loopIterations, arrayElements, recursionDepth, seconds,
                recordedOperations);
    }

    /**
     * @param newSeconds wall-clock time
     * @return a copy with that limit
     */
    public ProgramLimits withSeconds(double newSeconds) {
        return new ProgramLimits(statements, loopIterations, arrayElements, recursionDepth, newSeconds,
                recordedOperations);
    }
}
