package bpdiff.cli;

/** Exit statuses, like diff(1): CI systems and shells already understand them. */
public final class ExitCode {

    /** All sources agree within the tolerance (or every expected finding holds). */
    public static final int SAME = 0;
    /** Some source differs (or some expected finding fails). */
    public static final int DIFFERENT = 1;
    /** Bad usage or input: a flag, a network file, a derivation file, an output path. */
    public static final int BAD_INPUT = 2;
    /** The PyTorch engine could not start. */
    public static final int ENGINE_FAILURE = 3;
    /** A bug in bpdiff itself; the message asks for {@code --debug}. */
    public static final int INTERNAL_ERROR = 4;

    private ExitCode() {}
}
