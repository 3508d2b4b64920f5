package bpdiff.gradient;

import bpdiff.BadInputException;
import bpdiff.network.Initialization;
import bpdiff.network.NetworkSpec;

/**
 * The rows of a batched run: one initial weight vector and one learning rate per configuration.
 *
 * <p>A sweep of step sizes repeats the spec's weights with a different \( \eta \) per row; a batch of seeds
 * repeats \( \eta \) with weights drawn by {@link Initialization#RANDOM} from a different seed per row. The
 * losses of every epoch come back from one run, so a sweep over epochs needs no extra rows.
 *
 * @param initialWeights {@code [C][P]}: each configuration's starting weights, in vector order
 * @param learningRates {@code [C]}: each configuration's \( \eta \)
 */
public record BatchedConfigurations(double[][] initialWeights, double[] learningRates) {

    /**
     * Checks the shapes.
     *
     * @throws BadInputException if there are no rows, or the two arrays disagree on their number
     */
    public BatchedConfigurations {
        if (initialWeights.length == 0 || initialWeights.length != learningRates.length) {
            throw new BadInputException("a batch needs one learning rate per configuration, got "
                    + initialWeights.length + " weight rows and " + learningRates.length + " rates", "batch");
        }
    }

    /**
     * One row per step size, all from the spec's initial weights.
     *
     * @param spec the network
     * @param learningRates the step sizes
     * @return {@code learningRates.length} configurations
     */
    public static BatchedConfigurations ofLearningRates(NetworkSpec spec, double... learningRates) {
        double[][] weights = new double[learningRates.length][];
        for (int c = 0; c < weights.length; c++) {
            weights[c] = spec.initialWeights();
        }
        return new BatchedConfigurations(weights, learningRates.clone());
    }

    /**
     * One row per seed, the weights drawn by {@link Initialization#RANDOM}, all with the spec's step size.
     *
     * @param spec the network
     * @param seeds the seeds
     * @return {@code seeds.length} configurations
     */
    public static BatchedConfigurations ofSeeds(NetworkSpec spec, long... seeds) {
        double[][] weights = new double[seeds.length][];
        double[] rates = new double[seeds.length];
        for (int c = 0; c < weights.length; c++) {
            weights[c] = Initialization.RANDOM.apply(spec, seeds[c]).initialWeights();
            rates[c] = spec.learningRate();
        }
        return new BatchedConfigurations(weights, rates);
    }

    /** @return {@code C}, the number of configurations */
    public int size() {
        return learningRates.length;
    }
}
