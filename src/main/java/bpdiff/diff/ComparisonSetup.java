package bpdiff.diff;

import bpdiff.gradient.Precision;
import bpdiff.network.NetworkSpec;

/**
 * What a comparison compares: the network (with its step, epochs, loss and activations), at which precision, with
 * which hand derivation, and at whose weights. Every view of a comparison starts from it.
 *
 * @param precision autograd's precision
 * @param manual the hand source's name: {@code buggy}, {@code corrected} or {@code general}
 * @param mode whose weights each source is evaluated at
 */
public record ComparisonSetup(NetworkSpec network, Precision precision, String manual, Mode mode) {

    /** @return the tolerance of hand against autograd at this precision ({@link Tolerance#forAutograd}) */
    public Tolerance tolerance() {
        return Tolerance.forAutograd(precision);
    }
}
