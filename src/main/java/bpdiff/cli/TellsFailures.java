package bpdiff.cli;

/**
 * A command that tells its failures more fully than {@link Failure#of}: where in its input, and in the report it
 * writes for CI. {@link Main}'s handler asks it, then says what it answers and prints the stack trace under
 * {@code --debug}.
 */
interface TellsFailures {

    /**
     * @param failure what the command threw
     * @return how to tell it; {@link Failure#of} for what the command has nothing to add to
     */
    Failure tell(Throwable failure);
}
