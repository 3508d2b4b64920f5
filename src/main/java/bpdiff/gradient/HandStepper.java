package bpdiff.gradient;

import bpdiff.BadInputException;
import bpdiff.network.NetworkSpec;

/**
 * A hand derivation's training path: one epoch of gradient descent done in place, allocating nothing.
 *
 * <p>{@link #step} runs the forward pass, the loss, the hand-written backward pass and the update
 * \( w \leftarrow w - \eta \, \partial L / \partial w \) of every trainable parameter, in preallocated
 * scratch. Its numbers are bit for bit those of the matching {@link GradientSource}'s
 * {@link GradientSource#step}: the same operations in the same order, only without the records, lists and
 * arrays an {@link Evaluation} needs. A stepper is not thread-safe; give each thread its own.
 */
public interface HandStepper {

    /** @return the name of the derivation, as {@link GradientSource#name()} */
    String name();

    /**
     * Takes one step of gradient descent in place.
     *
     * @param weights the parameter values, in vector order; overwritten with the values after the step
     * @param learningRate \( \eta \)
     * @return the loss at the weights before the step
     */
    double step(double[] weights, double learningRate);

    /**
     * The gradient of the last {@link #step}: scratch, overwritten by the next step.
     *
     * @return \( \partial L / \partial w \) at the weights before the last step, in vector order
     */
    double[] gradient();

    /**
     * Creates the stepper of a hand derivation named as for {@code --manual}.
     *
     * @param id {@code buggy}, {@code corrected} or {@code general}
     * @param spec the network
     * @return the stepper
     * @throws BadInputException if the id is unknown or the homework's formulas do not fit the network
     */
    static HandStepper create(String id, NetworkSpec spec) {
        return switch (id) {
            case "buggy" -> new HandStepperHomework2(spec, PublishedHomework2.Variant.BUGGY);
            case "corrected" -> new HandStepperHomework2(spec, PublishedHomework2.Variant.CORRECTED);
            case "general" -> new HandStepperChainRule(spec);
            default -> throw new BadInputException(
                    "unknown hand derivation '" + id + "', expected buggy, corrected or general", "--manual");
        };
    }
}
