package bpdiff.diff;

import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
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
 * @param steps the compared epochs kept (every one unless the comparison was streamed, and always the first, the first
 *     mismatching and the last): epochs in which both sides went on (finite, outputs in the loss's domain)
 * @param lossManual the hand side's loss per epoch (NaN once it stopped being finite)
 * @param lossAutograd autograd's loss per epoch (NaN once it stopped being finite)
 * @param finalManual the hand side's weights after the last finite step
 * @param finalAutograd autograd's weights after the last finite step
 * @param summary the verdict
 * @param loss the loss compared, whose domain the outputs were checked against
 * @param activations the activation of each computed layer, hidden layers first
 * @param tally what was kept of every compared epoch: each parameter's first mismatch, what the referee said
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
        Summary summary,
        LossFunction loss,
        List<Activation> activations,
        Tally tally) {

    /**
     * Whether all sources agree at every epoch asked for, which is exit status 0.
     *
     * @return true when the verdict is {@code match} (which {@link Summary#of} gives only when every epoch was
     *     compared)
     */
    public boolean agrees() {
        return summary.verdict() == Verdict.MATCH;
    }

    /** @return the loss's id, e.g. {@code bce} */
    public String lossId() {
        return loss.id();
    }
}
