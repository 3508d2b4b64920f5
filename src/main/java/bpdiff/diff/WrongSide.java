package bpdiff.diff;

import bpdiff.Identified;

/** Which side finite differences prove wrong at the first mismatching epoch, if either. */
public enum WrongSide implements Identified {
    /** The hand derivation: finite differences agree with autograd on every mismatched parameter. */
    MANUAL("manual"),
    /** Autograd: finite differences agree with the hand side on every mismatched parameter. */
    AUTOGRAD("autograd"),
    /** Finite differences do not settle it (they are unreliable, agree with neither, or the sides split). */
    UNDECIDED("undecided"),
    /** Neither: the sides differ by float32 rounding at {@code BCELoss}'s clamp ({@link Float32Clamp}). */
    NEITHER("neither");

    private final String id;

    WrongSide(String id) {
        this.id = id;
    }

    /** @return the name written in JSON */
    @Override
    public String id() {
        return id;
    }

    /** @return {@link #id()} */
    @Override
    public String toString() {
        return id;
    }
}
