package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.NumericAgreement;
import bpdiff.diff.NeuronDiff;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.StepDiff;
import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Sample;

/** Numbers read off comparisons and networks, shared by the experiments. */
public final class Measures {

    private Measures() {}

    /** @return \( \max_{t,p} |g^{hand}_{t,p} - g^{autograd}_{t,p}| \) over the kept epochs, 0 if none */
    public static double maxHandVsAutograd(ComparisonResult result) {
        double max = 0;
        for (StepDiff step : result.steps()) {
            for (ParameterDiff p : step.parameters()) {
                max = Math.max(max, p.absError());
            }
        }
        return max;
    }

    /**
     * @return \( \max_{t,p} |g^{numeric}_{t,p} - g^{autograd}_{t,p}| \) over the parameters where finite differences
     *     are reliable (no stencil across a kink)
     */
    public static double maxNumericVsAutograd(ComparisonResult result) {
        double max = 0;
        for (StepDiff step : result.steps()) {
            for (ParameterDiff p : step.parameters()) {
                if (p.numericSidesWith() != NumericAgreement.UNRELIABLE && Double.isFinite(p.gradientNumeric())) {
                    max = Math.max(max, Math.abs(p.gradientNumeric() - p.gradientAutograd()));
                }
            }
        }
        return max;
    }

    /** @return whether every final weight of the hand side agrees with autograd's within the tolerance */
    public static boolean finalWeightsAgree(ComparisonResult result) {
        for (int p = 0; p < result.finalManual().length; p++) {
            if (!result.tolerance().agrees(result.finalManual()[p], result.finalAutograd()[p])) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param epoch from 1
     * @return autograd's \( \partial L / \partial w \) in vector order, at the weights at the start of that epoch
     */
    public static double[] autogradGradient(ComparisonResult result, int epoch) {
        return result.steps().get(epoch - 1).parameters().stream().mapToDouble(ParameterDiff::gradientAutograd)
                .toArray();
    }

    /**
     * @param epoch from 1
     * @return the hand side's \( \partial L / \partial w \) in vector order
     */
    public static double[] handGradient(ComparisonResult result, int epoch) {
        return result.steps().get(epoch - 1).parameters().stream().mapToDouble(ParameterDiff::gradientManual)
                .toArray();
    }

    /**
     * @param neuron e.g. {@code o2}
     * @param output {@code true} for \( out \), {@code false} for \( in \)
     * @return autograd's forward value of that neuron at this epoch, first sample
     * @throws IllegalArgumentException if there is no such neuron
     */
    public static double autogradNeuron(StepDiff step, String neuron, boolean output) {
        for (NeuronDiff n : step.neurons()) {
            if (n.sample() == 0 && n.neuron().equals(neuron)) {
                return output ? n.outAutograd() : n.inAutograd();
            }
        }
        throw new IllegalArgumentException("no neuron " + neuron);
    }

    /**
     * The lowest loss the output layer can reach at all: the loss with every target moved to the nearest output
     * the activation can produce ({@link Activation#nearestOutput}). For the lecture's ½Σ(o−y)² and
     * \( y_2 = -0.07 \) it is \( \tfrac12 \cdot 0.07^2 = 0.00245 \) for sigmoid and ReLU alike.
     *
     * @return \( \inf_w L(w) \) as far as the output range decides it
     */
    public static double outputFloor(NetworkSpec spec) {
        int n = spec.samples().size();
        Activation output = spec.activation(spec.layerCount());
        double[][] nearest = new double[n][];
        double[][] targets = new double[n][];
        for (int s = 0; s < n; s++) {
            Sample sample = spec.samples().get(s);
            targets[s] = sample.y();
            nearest[s] = new double[targets[s].length];
            for (int k = 0; k < nearest[s].length; k++) {
                nearest[s][k] = output.nearestOutput(targets[s][k]);
            }
        }
        return spec.loss().value(nearest, targets);
    }

    /** @return \( \max_i |a_i - b_i| \), for arrays of one length */
    public static double maxAbsDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    /** @return \( \max_i |a_i - f\,b_i| \) with \( f \) = {@code factor}, the expected ratio */
    public static double maxScaledDifference(double[] a, double factor, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - factor * b[i]));
        }
        return max;
    }
}
