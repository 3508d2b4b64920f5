package bpdiff.cli;

import bpdiff.command.NetworkSettings;
import bpdiff.command.NetworkSource;
import bpdiff.command.OptionStyle;
import bpdiff.gradient.Precision;
import bpdiff.network.Initialization;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that choose the network and how it is trained, shared by every command that runs one. Their values
 * are checked by {@link NetworkSettings}, which the server's API uses too, so that a bad one is exit status 2 with
 * one line naming the flag.
 */
public final class NetworkOptions {

    @Option(names = "--network", paramLabel = "FILE",
            description = "Network file (JSON, see docs/network-files.md). Default: the lecture network.")
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

    @Option(names = "--init", paramLabel = "KIND",
            description = "Initial weights: ${COMPLETION-CANDIDATES} (from the network, U[0,1) seeded, or all 0)."
                    + " Default: given.")
    private Initialization init;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for --init random (SplittableRandom). Default: 1.")
    private Long seed;

    /**
     * The options as given, to be checked and applied by {@link NetworkSettings#spec()}.
     *
     * @return the settings, {@code null} where an option was not given
     */
    public NetworkSettings settings() {
        return new NetworkSettings(network == null ? null : NetworkSource.file(network), dtype, epochs, learningRate,
                activations == null ? null : activations.activations(), loss, init, seed, OptionStyle.COMMAND_LINE);
    }

    /**
     * The network with every option applied.
     *
     * @return the spec to run
     * @throws bpdiff.BadInputException if an option or the network file is bad, or the loss cannot be taken on its
     *     targets or initial outputs
     */
    public NetworkSpec spec() {
        return settings().spec();
    }

    /**
     * The engine's precision.
     *
     * @return float32 or float64
     */
    public Precision precision() {
        return dtype;
    }

    /** @return {@code --network}'s file, or {@code null} for the lecture network */
    Path networkFile() {
        return network;
    }
}
