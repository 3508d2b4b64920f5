package bpdiff.diff;

import bpdiff.gradient.Precision;
import java.util.List;

/**
 * Everything one comparison found.
 *
 * @param network the network's name
 * @param precision the engine's precision
 * @param manual the hand source's name: {@code buggy}, {@code corrected} or {@code general}
 * @param learningRate the step
 * @param epochs the epochs asked for
 * @param mode whose weights each source was evaluated at
 * @param tolerance the tolerance of hand against autograd
 * @param parameterNames the parameters in vector order
 * @param steps one entry per epoch in which both sides were finite
 * @param lossManual the hand side's loss per epoch (NaN once it stopped being finite)
 * @param lossAutograd autograd's loss per epoch (NaN once it stopped being finite)
 * @param finalManual the hand side's weights after the last finite step
 * @param finalAutograd autograd's weights after the last finite step
 * @param summary the verdict
 */
public record ComparisonResult(
        String network,
        Precision precision,
        String manual,
        double learningRate,
        int epochs,
        Mode mode,
        Tolerance tolerance,
        List<String> parameterNames,
        List<StepDiff> steps,
        double[] lossManual,
        double[] lossAutograd,
        double[] finalManual,
        double[] finalAutograd,
        Summary summary) {

    /** @return whether all sources agree, which is exit status 0 */
    public boolean agrees() {
        return summary.verdict() == Verdict.MATCH;
    }
}
