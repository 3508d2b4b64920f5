package bpdiff.diff;

import java.util.List;

/**
 * One epoch of the comparison. Loss and gradients are taken at the weights at the start of the epoch;
 * the updated weights are those after its step.
 *
 * @param epoch from 1
 * @param lossManual the hand side's loss
 * @param lossAutograd autograd's loss
 * @param lossNumeric the loss finite differences were taken around (at the hand side's weights)
 * @param neurons the forward values of every neuron and sample from both sides
 * @param parameters one comparison per parameter, in vector order
 * @param localisation where the hand side's neuron gradients first part from autograd's, or
 *     {@code null} if they agree
 */
public record StepDiff(
        int epoch,
        double lossManual,
        double lossAutograd,
        double lossNumeric,
        List<NeuronDiff> neurons,
        List<ParameterDiff> parameters,
        Localisation localisation) {

    /** @return whether every parameter matches */
    public boolean matches() {
        return parameters.stream().allMatch(p -> p.verdict() == Verdict.MATCH);
    }
}
