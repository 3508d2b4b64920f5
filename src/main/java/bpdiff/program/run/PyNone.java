package bpdiff.program.run;

/** Python's {@code None}. */
public enum PyNone implements Value {
    /** The only instance. */
    NONE;

    @Override
    public String typeName() {
        return "NoneType";
    }
}
