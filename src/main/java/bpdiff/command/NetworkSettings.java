package bpdiff.command;

import bpdiff.BadInputException;
import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.Initialization;
import bpdiff.network.Limits;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;

/**
 * The options that choose the network and how it is trained, as given on the command line ({@code --network
 * --dtype --epochs --lr --activation --loss --init --seed}) or in a request's body (the same names without
 * dashes); {@code null} where one was not given. Every check of their values is here, so that a bad one is
 * refused with the same one-line message wherever it was given, naming the flag or the field.
 *
 * @param network the network, or {@code null} for the lecture network (not given)
 * @param precision the engine's precision
 * @param epochs epochs of gradient descent, or {@code null}
 * @param learningRate the step \( \eta \), or {@code null}
 * @param activations one activation for every computed layer, or one per computed layer (hidden layers first), or
 *     {@code null} for the network's
 * @param loss the loss, or {@code null} for the network's
 * @param init how the initial weights are chosen, or {@code null} for the network's own
 * @param seed the seed of {@code init random}, or {@code null} for 1
 * @param style how messages name the options
 */
public record NetworkSettings(NetworkSource network, Precision precision, Integer epochs, Double learningRate,
        List<Activation> activations, LossFunction loss, Initialization init, Long seed, OptionStyle style) {

    /** The seed of {@code --init random} when none is given. */
    public static final long DEFAULT_SEED = 1;

    /**
     * @return the network to run, every option applied
     * @throws BadInputException if an option or the network is bad, or the loss cannot be taken on its targets or
     *     initial outputs ({@link LossDomainCheck})
     */
    public NetworkSpec spec() {
        NetworkSpec spec = network == null ? Networks.lecture() : network.load();
        if (epochs != null && (epochs < 1 || epochs > Limits.MAX_EPOCHS)) {
            throw epochsOutOfRange(epochs, style);
        }
        if (learningRate != null && !(Double.isFinite(learningRate) && learningRate > 0)) {
            throw learningRateNotPositive(learningRate, style);
        }
        if (activations != null) {
            spec = withActivations(spec, activations, style);
        }
        if (loss != null) {
            spec = spec.withLoss(loss);
        }
        if (learningRate != null) {
            spec = spec.withLearningRate(learningRate);
        }
        if (epochs != null) {
            spec = spec.withEpochs(epochs);
        }
        NetworkSpec initialised = (init == null ? Initialization.GIVEN : init).apply(spec,
                seed == null ? DEFAULT_SEED : seed);
        LossDomainCheck.check(initialised, network == null ? null : network.label(), loss != null, activations != null,
                style);
        return initialised;
    }

    /**
     * @return what is compared as it is but is not what the loss expects ({@code softmax-ce} targets outside
     *     [0, 1], {@link LossDomainCheck#warnings}), each as one line {@code bpdiff: warning: … (flag)}; usually none
     * @throws BadInputException as {@link #spec()} does
     */
    public List<String> warnings() {
        return LossDomainCheck.warnings(spec(), network == null ? null : network.label(), loss != null, style);
    }

    /** @throws BadInputException naming the option unless there is one name, or exactly one per computed layer */
    private static NetworkSpec withActivations(NetworkSpec spec, List<Activation> names, OptionStyle style) {
        if (names.size() == 1) {
            return spec.withActivation(names.get(0));
        }
        String option = style.name("activation");
        if (names.size() != spec.layerCount()) {
            throw new BadInputException(option + " names " + names.size() + " activations, but network " + spec.name()
                    + " has " + spec.layerCount() + " computed layers (give one name for all of them, or one per"
                    + " computed layer, hidden layers first, output last)", option);
        }
        return spec.withActivations(names);
    }

    /**
     * @param fallback the command's own default (the network file's epochs are {@link #spec()}'s default, not every
     *     command's)
     * @return the epochs asked for, else {@code fallback}
     */
    public int epochsOr(int fallback) {
        return epochs == null ? fallback : epochs;
    }

    /**
     * Refuses the options that describe a network, for a program: it runs with its own network, loss and epochs.
     *
     * @throws BadInputException naming the first such option given
     */
    public void refuseForProgram() {
        List<String> given = given();
        if (!given.isEmpty()) {
            String option = style.name(given.get(0));
            throw new BadInputException(option + " applies to formula lists; a program is checked as it runs: its "
                    + "own network, loss and epochs (change its N to check more epochs)", option);
        }
    }

    /** The options given that describe a network, in the order the command's help lists them. */
    private List<String> given() {
        List<String> given = new ArrayList<>();
        addIf(given, network, "network");
        addIf(given, epochs, "epochs");
        addIf(given, learningRate, "lr");
        addIf(given, activations, "activation");
        addIf(given, loss, "loss");
        addIf(given, init, "init");
        addIf(given, seed, "seed");
        return given;
    }

    private static void addIf(List<String> given, Object value, String option) {
        if (value != null) {
            given.add(option);
        }
    }

    /**
     * @param found the value given, as written; also one that is not a whole number (a request's {@code 2.5})
     * @return the exception for epochs out of range
     */
    public static BadInputException epochsOutOfRange(Object found, OptionStyle style) {
        return new BadInputException("epochs must be between 1 and " + Limits.MAX_EPOCHS + ", found " + found,
                style.name("epochs"));
    }

    /** @return the exception for a learning rate {@code found} (as written) that is not finite and above 0 */
    public static BadInputException learningRateNotPositive(Object found, OptionStyle style) {
        return new BadInputException("the learning rate must be a finite number greater than 0, found " + found,
                style.name("lr"));
    }
}
