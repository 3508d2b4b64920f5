package bpdiff.gradient;

import bpdiff.network.NetworkSpec;
import java.util.Arrays;

/**
 * A hand derivation's training path: one epoch of gradient descent done in place, allocating nothing.
 *
 * <p>{@link #step} runs the forward pass ({@link ChainRuleKernel#forward}), the loss, the hand-written backward pass
 * (the homework's formulas, {@link PublishedHomework2#backPropagate}, or the general recurrence,
 * {@link ChainRuleKernel#backward}) and the update ({@link GradientSource#descend}). Those are the very methods the
 * matching {@link GradientSource} runs, so its numbers are that source's, bit for bit, by construction; only the
 * records, lists and arrays an {@link Evaluation} needs are left out. Made by {@link HandDerivation#stepper}. Not
 * thread-safe; give each thread its own.
 */
public final class HandStepper {

    private final ChainRuleKernel kernel;
    /** The homework's formulas, or {@code null} for the general chain rule. */
    private final PublishedHomework2 homework;
    private final boolean[] trainable;
    private final double[] gradient;

    /**
     * Prepares the scratch of a network.
     *
     * @param spec the network
     * @param homework the homework's formulas, or {@code null} for the general chain rule
     */
    HandStepper(NetworkSpec spec, PublishedHomework2 homework) {
        this.kernel = new ChainRuleKernel(spec);
        this.homework = homework;
        this.trainable = spec.trainable();
        this.gradient = new double[spec.parameterCount()];
    }

    /** @return the name of the derivation, as {@link GradientSource#name()} */
    public String name() {
        return homework == null ? HandDerivation.GENERAL.id() : homework.name();
    }

    /**
     * Takes one step of gradient descent in place.
     *
     * @param weights the parameter values, in vector order; overwritten with the values after the step
     * @param learningRate \( \eta \)
     * @return the loss at the weights before the step
     */
    public double step(double[] weights, double learningRate) {
        kernel.forward(weights);
        double loss;
        if (homework != null) {
            loss = homework.backPropagate(weights, kernel, gradient);
        } else {
            loss = kernel.loss();
            Arrays.fill(gradient, 0.0);
            kernel.backward(weights, gradient);
        }
        GradientSource.descend(weights, gradient, learningRate, trainable, weights);
        return loss;
    }

    /**
     * The gradient of the last {@link #step}: scratch, overwritten by the next step.
     *
     * @return \( \partial L / \partial w \) at the weights before the last step, in vector order
     */
    public double[] gradient() {
        return gradient;
    }
}
