package bpdiff.command;

import bpdiff.BadInputException;

/**
 * The wall time of a whole {@code bpdiff check}, from the command's start: the program's run in the interpreter (whose
 * own clock says where the program was when it stopped) and the differentiation of its epochs after it, each replay
 * and each evaluation of finite differences included. Past it, the check stops at the next checkpoint with one line.
 *
 * @param startNanos when the check started, {@link System#nanoTime()}
 * @param seconds the limit, {@code --time-limit}
 * @param file the checked file, named in the message
 */
public record TimeLimit(long startNanos, double seconds, String file) implements Watch {

    @Override
    public void check() {
        if (System.nanoTime() - startNanos > (long) (seconds * 1e9)) {
            throw new BadInputException("the check ran longer than " + (seconds == Math.rint(seconds)
                    ? String.valueOf((long) seconds) : String.valueOf(seconds)) + (seconds == 1 ? " second" : " seconds")
                    + ", bpdiff's limit (differentiating its epochs; give more with --time-limit, or use fewer samples "
                    + "or epochs)", file);
        }
    }
}
