package bpdiff.diff;

/**
 * One parameter at one epoch: its gradient and updated value from each source, and whether they agree.
 *
 * @param name the parameter, e.g. {@code w1}
 * @param gradientManual \( \partial L / \partial w \) from the hand derivation
 * @param gradientAutograd from DJL autograd
 * @param gradientNumeric from central finite differences
 * @param updatedManual the weight after the hand side's step
 * @param updatedAutograd the weight after autograd's step
 * @param absError \( |g_{manual} - g_{autograd}| \)
 * @param relError \( |g_{manual} - g_{autograd}| / |g_{autograd}| \) (infinite when autograd's is 0 and
 *     they differ, 0 when both are 0)
 * @param ulpsFloat32 the gradients' distance in float32 ULPs
 * @param verdict {@code match} when gradient and updated weight agree within the tolerance
 * @param numericSidesWith which sources finite differences agree with ({@link NumericAgreement}); written
 *     {@code numericAgreesWith} in JSON
 */
public record ParameterDiff(
        String name,
        double gradientManual,
        double gradientAutograd,
        double gradientNumeric,
        double updatedManual,
        double updatedAutograd,
        double absError,
        double relError,
        long ulpsFloat32,
        Verdict verdict,
        NumericAgreement numericSidesWith) {

    /**
     * Compares one parameter.
     *
     * @param name the parameter's name
     * @param manual the hand gradient
     * @param autograd autograd's gradient
     * @param numeric the finite difference
     * @param numericReliable false when the finite difference straddles a kink, a clamp or a saturation, or
     *     was not computed
     * @param updatedManual the hand side's updated weight
     * @param updatedAutograd autograd's updated weight
     * @param tolerance for hand against autograd
     * @param numericTolerance for finite differences against either
     */
    public static ParameterDiff of(String name, double manual, double autograd, double numeric,
            boolean numericReliable, double updatedManual, double updatedAutograd, Tolerance tolerance,
            Tolerance numericTolerance) {
        double abs = Math.abs(manual - autograd);
        double rel = abs == 0 ? 0 : abs / Math.abs(autograd);
        boolean agree = tolerance.agrees(manual, autograd) && tolerance.agrees(updatedManual, updatedAutograd);
        NumericAgreement sides = numericReliable
                ? NumericAgreement.of(numericTolerance.agrees(manual, numeric), numericTolerance.agrees(autograd, numeric))
                : NumericAgreement.UNRELIABLE;
        return new ParameterDiff(name, manual, autograd, numeric, updatedManual, updatedAutograd, abs, rel,
                Tolerance.float32Ulps(manual, autograd), agree ? Verdict.MATCH : Verdict.MISMATCH, sides);
    }
}
