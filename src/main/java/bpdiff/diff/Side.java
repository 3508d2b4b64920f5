package bpdiff.diff;

import bpdiff.Identified;

/** The three sides of a comparison: the hand derivation, autograd, and finite differences, the referee. */
public enum Side implements Identified {
    /** The hand derivation. */
    MANUAL("manual"),
    /** DJL autograd. */
    AUTOGRAD("autograd"),
    /** Central finite differences. */
    NUMERIC("numeric");

    private final String id;

    Side(String id) {
        this.id = id;
    }

    /** @return the name written in JSON and sentences */
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
