package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.Initialization;
import bpdiff.network.Limits;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkLoader;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that choose the network and how it is trained, shared by every command that runs one.
 * Each value is checked here, so that a bad one is exit status 2 with one line naming the flag.
 */
public final class NetworkOptions {

    @Option(names = "--network", paramLabel = "FILE",
            description = "Network file (JSON, see README). Default: the lecture network.")
    private Path network;

    @Option(names = "--dtype", paramLabel = "TYPE", defaultValue = "float64",
            description = "Engine precision: ${COMPLETION-CANDIDATES} (float32 as the homework's torch.Tensor)."
                    + " Default: ${DEFAULT-VALUE}.")
    private Precision dtype;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs of gradient descent. Default: from the network (1 for the lecture).")
    private Integer epochs;

    @Option(names = "--lr", paramLabel = "X", description = "Learning rate (step). Default: from the network (1 for the lecture).")
    private Double learningRate;

    @Option(names = "--activation", paramLabel = "NAME[,NAME…]", completionCandidates = ActivationList.Names.class,
            converter = ActivationList.Converter.class,
            description = "${COMPLETION-CANDIDATES}: one for every computed layer, or one per computed layer, hidden"
                    + " layers first, output last (relu,identity). Default: from the network.")
    private ActivationList activations;

    @Option(names = "--loss", paramLabel = "NAME", description = "${COMPLETION-CANDIDATES}. Default: from the network.")
    private LossFunction loss;

    @Option(names = "--init", paramLabel = "KIND", defaultValue = "given",
            description = "Initial weights: ${COMPLETION-CANDIDATES} (from the network, U[0,1) seeded, or all 0)."
                    + " Default: ${DEFAULT-VALUE}.")
    private Initialization init;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed for --init random (SplittableRandom). Default: ${DEFAULT-VALUE}.")
    private long seed;

    /**
     * The network with every option applied.
     *
     * @return the spec to run
     * @throws BadInputException if an option or the network file is bad, or the loss cannot be taken on its
     *     targets or initial outputs ({@link LossDomainCheck})
     */
    public NetworkSpec spec() {
        NetworkSpec spec = network == null ? Networks.lecture() : NetworkLoader.load(network);
        if (epochs != null && (epochs < 1 || epochs > Limits.MAX_EPOCHS)) {
            throw new BadInputException("epochs must be between 1 and " + Limits.MAX_EPOCHS + ", found " + epochs,
                    "--epochs");
        }
        if (learningRate != null && !(Double.isFinite(learningRate) && learningRate > 0)) {
            throw new BadInputException("the learning rate must be a finite number greater than 0, found "
                    + learningRate, "--lr");
        }
        if (activations != null) {
            spec = withActivations(spec, activations.activations());
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
        NetworkSpec initialised = init.apply(spec, seed);
        LossDomainCheck.check(initialised, network, loss != null, activations != null);
        return initialised;
    }

    /**
     * Applies {@code --activation}: one name for every computed layer, or exactly one per computed layer.
     *
     * @throws BadInputException naming the flag when the count is neither
     */
    private static NetworkSpec withActivations(NetworkSpec spec, List<Activation> names) {
        if (names.size() == 1) {
            return spec.withActivation(names.get(0));
        }
        if (names.size() != spec.layerCount()) {
            throw new BadInputException("--activation names " + names.size() + " activations, but network "
                    + spec.name() + " has " + spec.layerCount() + " computed layers (give one name for all of them, or"
                    + " one per computed layer, hidden layers first, output last)", "--activation");
        }
        return spec.withActivations(names);
    }

    /**
     * The engine's precision.
     *
     * @return float32 or float64
     */
    public Precision precision() {
        return dtype;
    }

    /**
     * The {@code --epochs} value, or a command's own default when it was not given (the network file's
     * epochs are the default of {@link #spec()}, not of every command).
     *
     * @param fallback the command's default
     * @return the epochs asked for
     */
    public int epochsOr(int fallback) {
        return epochs == null ? fallback : epochs;
    }

    /** @return the {@code --seed} value */
    public long seed() {
        return seed;
    }
}
