package bpdiff.program.run;

/**
 * What every matplotlib call returns: calling it, or any attribute of it, gives it again, so plotting code
 * runs and draws nothing.
 */
public enum PyIgnored implements Value {
    /** The only instance. */
    IGNORED;

    @Override
    public String typeName() {
        return "matplotlib object";
    }
}
