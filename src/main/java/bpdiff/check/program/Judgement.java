package bpdiff.check.program;

import bpdiff.program.array.NdArray;

/**
 * The verdict on one claim at one epoch.
 *
 * @param claim the claim
 * @param epoch its epoch
 * @param truth autograd's \( \partial L / \partial \,target \)
 * @param numeric finite differences' value, or {@code null} if not computed
 * @param unreliable whether the finite-difference stencil crossed a kink
 * @param failed whether the claim disagrees with autograd
 * @param note why, when it is not a plain difference of values (a shape that does not fit, a value that is
 *     not finite), else {@code null}
 * @param own for a failed claim: whether it is wrong even with the true values of the claims it is computed
 *     from (a mistake of its own, not one it inherits)
 * @param causeLine for a failed claim: the line of the first own mistake it is computed from (possibly its own)
 * @param corrected the claim computed from the true values of the wrong claims it depends on, or {@code null}
 */
record Judgement(Claim claim, Epoch epoch, NdArray truth, NdArray numeric, boolean unreliable, boolean failed,
        String note, boolean own, int causeLine, NdArray corrected) {}
