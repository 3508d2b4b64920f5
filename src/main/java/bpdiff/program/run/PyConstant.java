package bpdiff.program.run;

/** Python's singletons other than {@code None}: {@code NotImplemented} and {@code Ellipsis}. */
public enum PyConstant implements Value {
    /** What a binary special method returns to let the other operand try. */
    NOT_IMPLEMENTED,
    /** {@code ...}. */
    ELLIPSIS;

    @Override
    public String typeName() {
        return this == NOT_IMPLEMENTED ? "NotImplementedType" : "ellipsis";
    }
}
