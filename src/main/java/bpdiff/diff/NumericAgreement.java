package bpdiff.diff;

import bpdiff.Identified;

/** Which sides finite differences, the referee, agree with on one parameter at one epoch. */
public enum NumericAgreement implements Identified {
    /** With the hand side and with autograd. */
    BOTH("both"),
    /** With the hand side only. */
    MANUAL("manual"),
    /** With autograd only. */
    AUTOGRAD("autograd"),
    /** With neither. */
    NEITHER("neither"),
    /**
     * Not to be trusted: the stencil straddles a ReLU kink, a clamp of the loss (where PyTorch's backward is not
     * the derivative of its forward) or a saturated sigmoid, or finite differences were not computed.
     */
    UNRELIABLE("unreliable");

    private final String id;

    NumericAgreement(String id) {
        this.id = id;
    }

    /** @return the name written in JSON and tables */
    @Override
    public String id() {
        return id;
    }

    /** @return {@link #id()} */
    @Override
    public String toString() {
        return id;
    }

    /**
     * The referee's agreement from two comparisons.
     *
     * @param withManual whether finite differences agree with the hand side
     * @param withAutograd whether they agree with autograd
     * @return {@link #BOTH}, {@link #MANUAL}, {@link #AUTOGRAD} or {@link #NEITHER}
     */
    static NumericAgreement of(boolean withManual, boolean withAutograd) {
        if (withManual) {
            return withAutograd ? BOTH : MANUAL;
        }
        return withAutograd ? AUTOGRAD : NEITHER;
    }
}
