package bpdiff.program.array;

/**
 * Told, as a long array operation goes, how many of its floating-point operations it has done: the interpreter reads
 * its clock there, so that a time limit holds inside one matrix product too, and a product it stops is left unfinished
 * (it throws out of the operation; nothing is returned).
 */
@FunctionalInterface
public interface Progress {

    /** Told nothing: an operation computed outside a run's limits. */
    Progress NONE = operations -> { };

    /**
     * @param operations floating-point operations done since it was last told
     */
    void done(long operations);
}
