package bpdiff.command;

import bpdiff.BadInputException;
import bpdiff.gradient.ChainRuleKernel;
import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Refuses, before any training, a network file and flag combination whose loss cannot be taken: targets
 * outside [0, 1] under {@code softmax-ce} or {@code bce} (both read them as probabilities; PyTorch 2.x's
 * {@code BCELoss} raises "all elements of target should be between 0 and 1"), and {@code bce} outputs outside
 * [0, 1] at the initial weights (PyTorch raises "all elements of input should be between 0 and 1"; an output
 * layer with ReLU, tanh, leaky ReLU or no activation can produce them). Outputs that leave the domain only during training are not known here: the
 * comparison's verdict names the epoch ({@link bpdiff.diff.OutOfDomain}).
 */
final class LossDomainCheck {

    private LossDomainCheck() {}

    /**
     * Checks the targets and the initial outputs.
     *
     * @param spec the network with every option applied
     * @param file how messages name the network file, or {@code null} for the lecture network
     * @param lossFromFlag whether {@code --loss} chose the loss
     * @param activationFromFlag whether {@code --activation} chose the activation
     * @param style how the options are named: flags or the fields of a request
     * @throws BadInputException naming the flag or the JSON path
     */
    static void check(NetworkSpec spec, String file, boolean lossFromFlag, boolean activationFromFlag,
            OptionStyle style) {
        if (!spec.loss().wantsProbabilities()) {
            return;
        }
        for (int s = 0; s < spec.samples().size(); s++) {
            double[] y = spec.samples().get(s).y();
            for (int k = 0; k < y.length; k++) {
                if (!(y[k] >= 0 && y[k] <= 1)) {
                    List<String> where = new ArrayList<>();
                    if (lossFromFlag) {
                        where.add(style.name("loss"));
                    }
                    if (file != null) {
                        where.add(file + ": samples[" + s + "].y[" + k + "]");
                    }
                    throw new BadInputException(String.format(Locale.ROOT,
                            "%s reads the targets as probabilities in [0, 1], but y%d of sample %d is %s",
                            spec.loss().id(), k + 1, s + 1, y[k]), String.join("; ", where));
                }
            }
        }
        ChainRuleKernel forward = new ChainRuleKernel(spec);
        forward.forward(spec.initialWeights());
        double[][] outputs = forward.outputs();
        for (int s = 0; s < outputs.length; s++) {
            for (int k = 0; k < outputs[s].length; k++) {
                if (!spec.loss().acceptsOutput(outputs[s][k])) {
                    List<String> where = new ArrayList<>();
                    if (lossFromFlag) {
                        where.add(style.name("loss"));
                    }
                    where.add(activationFromFlag || file == null ? style.name("activation")
                            : file + ": " + outputActivationPath(spec));
                    throw new BadInputException(String.format(Locale.ROOT,
                            "%s reads the outputs as probabilities in [0, 1] (PyTorch raises 'all elements of input"
                                    + " should be between 0 and 1'), but out_%s of sample %d is %s at the initial"
                                    + " weights (%s outputs)", spec.loss().id(), spec.neuronName(spec.layerCount(), k),
                            s + 1, outputs[s][k], spec.activation(spec.layerCount()).id()), String.join("; ", where));
                }
            }
        }
    }

    /** The JSON path of the output layer's activation: {@code activation}, or its entry of a per-layer array. */
    private static String outputActivationPath(NetworkSpec spec) {
        return spec.oneActivation() ? "activation" : "activation[" + (spec.layerCount() - 1) + "]";
    }
}
