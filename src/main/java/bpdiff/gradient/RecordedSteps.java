package bpdiff.gradient;

import java.util.Arrays;
import java.util.Iterator;

/**
 * Autograd's side of a comparison computed ahead of it ({@link BatchedAutograd#trajectories}): hands out the steps
 * in order, as {@link DjlAutograd#step} would have computed them one by one.
 *
 * <p>A comparison gives autograd back its own weights each epoch, so the weights asked for are always the start of
 * the next recorded step; anything else is a bug in the caller and fails loudly rather than returning numbers of
 * other weights.
 */
public final class RecordedSteps implements TrainingSource {

    private final String name;
    private final Iterator<Step> steps;
    private double[] expected;

    /**
     * Wraps a recorded training.
     *
     * @param name the source's name, {@code autograd}
     * @param initialWeights the weights the first step starts from
     * @param steps the steps, epoch by epoch
     */
    public RecordedSteps(String name, double[] initialWeights, Iterable<Step> steps) {
        this.name = name;
        this.expected = initialWeights.clone();
        this.steps = steps.iterator();
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * The next recorded step.
     *
     * @param weights the weights after the previous step (the initial weights first)
     * @param learningRate ignored: the recording was trained with its own
     * @param trainable ignored likewise
     * @return the recorded step
     * @throws IllegalStateException if the weights are not where the recording is, or it has no more steps
     */
    @Override
    public Step step(double[] weights, double learningRate, boolean[] trainable) {
        if (!Arrays.equals(weights, expected) || !steps.hasNext()) {
            throw new IllegalStateException("the recorded training does not continue from these weights");
        }
        Step next = steps.next();
        expected = next.updated();
        return next;
    }
}
