package bpdiff.command;

import bpdiff.network.NetworkLoader;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The network a check or a comparison was asked to run on, read only when it is needed (a program check refuses a
 * network before reading it).
 *
 * @param label how messages name it: the file, {@code network} for a document in a request, or {@code null} for
 *     the lecture network built in
 * @param loader reads and validates it
 */
public record NetworkSource(String label, Supplier<NetworkSpec> loader) {

    /** @return the lecture network, named by an id rather than a file */
    public static NetworkSource lecture() {
        return new NetworkSource(null, Networks::lecture);
    }

    /**
     * A network file ({@code --network FILE}).
     *
     * @return the source, read when {@link #load()} is called
     */
    public static NetworkSource file(Path file) {
        return new NetworkSource(file.toString(), () -> NetworkLoader.load(file));
    }

    /**
     * A network read already (from a request).
     *
     * @param spec the network
     * @param label how messages name it
     */
    public static NetworkSource of(NetworkSpec spec, String label) {
        return new NetworkSource(label, () -> spec);
    }

    /**
     * @return the network
     * @throws bpdiff.BadInputException if its file cannot be read or is not a valid network
     */
    public NetworkSpec load() {
        return loader.get();
    }
}
