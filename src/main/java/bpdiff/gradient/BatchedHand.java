package bpdiff.gradient;

import bpdiff.network.NetworkSpec;

/**
 * A hand derivation trained on many configurations at once, the allocation-free counterpart of
 * {@link BatchedAutograd}: every epoch steps every configuration once with a {@link HandStepper}.
 *
 * <p>One configuration's steps form a single dependency chain (each needs the weights of the one before,
 * and each waits on two \( e^{x} \) and two divisions in a row), so one training is bound by latency. Steps of
 * different configurations are independent, and interleaving them, configuration by configuration within an
 * epoch, lets the processor overlap them. Row {@code c} is exactly what the stepper gives for configuration
 * {@code c} alone: the same calls with the same numbers, bit for bit.
 */
public final class BatchedHand {

    private final HandStepper stepper;

    /**
     * Prepares the stepper of a hand derivation.
     *
     * @param derivation {@code buggy}, {@code corrected} or {@code general}
     * @param spec the network
     * @throws bpdiff.BadInputException as {@link HandStepper#create}
     */
    public BatchedHand(String derivation, NetworkSpec spec) {
        this.stepper = HandStepper.create(derivation, spec);
    }

    /**
     * Trains every configuration for {@code epochs} epochs.
     *
     * @param configurations the rows: initial weights and step sizes
     * @param epochs how many steps of gradient descent
     * @return every configuration's loss at every epoch and its final weights
     */
    public BatchedTraining train(BatchedConfigurations configurations, int epochs) {
        int rows = configurations.size();
        double[][] weights = new double[rows][];
        for (int c = 0; c < rows; c++) {
            weights[c] = configurations.initialWeights()[c].clone();
        }
        double[] rates = configurations.learningRates();
        double[][] losses = new double[rows][epochs];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int c = 0; c < rows; c++) {
                losses[c][epoch] = stepper.step(weights[c], rates[c]);
            }
        }
        return new BatchedTraining(losses, weights);
    }
}
