package bpdiff.diff;

import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import java.util.List;

/**
 * Everything one comparison found.
 *
 * @param setup what was compared
 * @param steps the compared epochs kept (every one unless the comparison was streamed, and always the first, the first
 *     mismatching and the last): epochs in which both sides went on (finite, outputs in the loss's domain)
 * @param lossManual the hand side's loss per epoch (NaN once it stopped being finite)
 * @param lossAutograd autograd's loss per epoch (NaN once it stopped being finite)
 * @param finalManual the hand side's weights after the last finite step
 * @param finalAutograd autograd's weights after the last finite step
 * @param summary the verdict
 * @param tally what was kept of every compared epoch: each parameter's first mismatch, what the referee said
 */
public record ComparisonResult(
        ComparisonSetup setup,
        List<StepDiff> steps,
        double[] lossManual,
        double[] lossAutograd,
        double[] finalManual,
        double[] finalAutograd,
        Summary summary,
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

    /** @return the network's name */
    public String networkName() {
        return setup.network().name();
    }

    /** @return autograd's precision */
    public Precision precision() {
        return setup.precision();
    }

    /** @return the hand source's name: {@code buggy}, {@code corrected} or {@code general} */
    public String manual() {
        return setup.manual();
    }

    /** @return whose weights each source was evaluated at */
    public Mode mode() {
        return setup.mode();
    }

    /** @return the tolerance of hand against autograd */
    public Tolerance tolerance() {
        return setup.tolerance();
    }

    /** @return the network's step \( \eta \) */
    public double learningRate() {
        return setup.network().learningRate();
    }

    /** @return the epochs asked for */
    public int epochs() {
        return setup.network().epochs();
    }

    /** @return the parameters in vector order */
    public List<String> parameterNames() {
        return setup.network().parameterNames();
    }

    /** @return the loss compared, whose domain the outputs were checked against */
    public LossFunction loss() {
        return setup.network().loss();
    }

    /** @return the activation of each computed layer, hidden layers first */
    public List<Activation> activations() {
        return setup.network().activations();
    }

    /** @return the loss's id, e.g. {@code bce} */
    public String lossId() {
        return loss().id();
    }
}
