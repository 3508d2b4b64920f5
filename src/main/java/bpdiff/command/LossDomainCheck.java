package bpdiff.command;

import bpdiff.BadInputException;
import bpdiff.gradient.ChainRuleKernel;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Refuses, before any training, a network file and flag combination whose loss cannot be taken: targets
 * outside [0, 1] under {@code bce} (PyTorch 2.x's {@code BCELoss} raises "all elements of target should be between
 * 0 and 1"), and {@code bce} outputs outside
 * [0, 1] at the initial weights (PyTorch raises "all elements of input should be between 0 and 1"; an output
 * layer with ReLU, tanh, leaky ReLU or no activation can produce them). Outputs that leave the domain only during training are not known here: the
 * comparison's verdict names the epoch ({@link bpdiff.diff.OutOfDomain}).
 *
 * <p>{@code softmax-ce} reads its targets as class probabilities too, but PyTorch's {@code CrossEntropyLoss} takes
 * any real targets and trains on them (its loss and gradient, \( \mathrm{softmax}(o) \sum_j y_j - y \), are defined
 * for any \( y \)), so targets outside [0, 1] are compared as they are, with one warning line ({@link #warnings}).
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
        if (spec.loss() != LossFunction.BCE) {
            return;
        }
        int[] target = firstNonProbability(spec);
        if (target != null) {
            throw new BadInputException(notProbability(spec, target), where(spec, target, file, lossFromFlag, style));
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

    /**
     * The warning for targets a loss reads as probabilities but takes as they are: {@code softmax-ce}'s outside
     * [0, 1], as PyTorch's {@code CrossEntropyLoss} takes them.
     *
     * @param spec the network with every option applied
     * @param file how messages name the network file, or {@code null} for the lecture network
     * @param lossFromFlag whether {@code --loss} chose the loss
     * @param style how the options are named
     * @return one line, {@code bpdiff: warning: softmax-ce reads … (--loss)}, or none
     */
    static List<String> warnings(NetworkSpec spec, String file, boolean lossFromFlag, OptionStyle style) {
        int[] target = spec.loss() == LossFunction.SOFTMAX_CE ? firstNonProbability(spec) : null;
        if (target == null) {
            return List.of();
        }
        return List.of("bpdiff: warning: " + notProbability(spec, target) + "; PyTorch's CrossEntropyLoss takes "
                + "them as they are, and so does bpdiff (" + where(spec, target, file, lossFromFlag, style) + ")");
    }

    /** @return sample and output of the first target outside [0, 1], or {@code null} */
    private static int[] firstNonProbability(NetworkSpec spec) {
        for (int s = 0; s < spec.samples().size(); s++) {
            double[] y = spec.samples().get(s).y();
            for (int k = 0; k < y.length; k++) {
                if (!(y[k] >= 0 && y[k] <= 1)) {
                    return new int[] {s, k};
                }
            }
        }
        return null;
    }

    private static String notProbability(NetworkSpec spec, int[] target) {
        return String.format(Locale.ROOT, "%s reads the targets as probabilities in [0, 1], but y%d of sample %d is %s",
                spec.loss().id(), target[1] + 1, target[0] + 1, spec.samples().get(target[0]).y()[target[1]]);
    }

    private static String where(NetworkSpec spec, int[] target, String file, boolean lossFromFlag, OptionStyle style) {
        List<String> where = new ArrayList<>();
        if (lossFromFlag) {
            where.add(style.name("loss"));
        }
        if (file != null) {
            where.add(file + ": samples[" + target[0] + "].y[" + target[1] + "]");
        }
        return where.isEmpty() ? style.name("loss") : String.join("; ", where);
    }

    /** The JSON path of the output layer's activation: {@code activation}, or its entry of a per-layer array. */
    private static String outputActivationPath(NetworkSpec spec) {
        return spec.oneActivation() ? "activation" : "activation[" + (spec.layerCount() - 1) + "]";
    }
}
