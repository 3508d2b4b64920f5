package bpdiff.diff;

import bpdiff.Identified;

/** Whose weights each source is evaluated at, epoch after epoch. */
public enum Mode implements Identified {
    /**
     * The hand side and autograd each train their own weights from the same start, as the two homework
     * programs do; finite differences are evaluated at the hand side's weights, refereeing its derivation.
     * After one wrong step the two drift apart.
     */
    INDEPENDENT("independent"),
    /**
     * Every source is evaluated at autograd's weights at every epoch, so each mismatch is the derivative's
     * alone and not the consequence of an earlier one.
     */
    LOCKSTEP("lockstep");

    private final String id;

    Mode(String id) {
        this.id = id;
    }

    /** @return {@code independent} or {@code lockstep} */
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
