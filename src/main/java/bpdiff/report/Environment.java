package bpdiff.report;

import ai.djl.engine.Engine;
import bpdiff.cli.VersionProvider;
import bpdiff.gradient.Precision;
import bpdiff.gradient.PyTorchEngine;

/**
 * What a result was computed with: carried by every report so that two results can be told apart.
 *
 * @param bpdiff bpdiff's version
 * @param djl DJL's version
 * @param pytorch the PyTorch engine's version
 * @param dtype the engine's precision
 * @param os operating system and architecture, e.g. {@code Linux/amd64}
 */
public record Environment(String bpdiff, String djl, String pytorch, String dtype, String os) {

    /**
     * Reads the environment of this process; starts the engine if it is not running yet.
     *
     * @param precision the precision in use
     * @return the environment
     */
    public static Environment current(Precision precision) {
        return new Environment(VersionProvider.version(), Engine.getDjlVersion(), PyTorchEngine.get().getVersion(),
                precision.id(), System.getProperty("os.name") + "/" + System.getProperty("os.arch"));
    }

    /** @return one line for text reports */
    public String line() {
        return "bpdiff " + bpdiff + ", DJL " + djl + ", PyTorch " + pytorch + ", " + dtype + ", " + os;
    }
}
