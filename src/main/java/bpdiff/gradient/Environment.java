package bpdiff.gradient;

import ai.djl.engine.Engine;
import bpdiff.Version;

/**
 * What a result was computed with: carried by every report ({@code compare}'s JSON and Markdown,
 * {@code run}'s results.json and report) so that two results can be told apart.
 *
 * @param bpdiff bpdiff's version ({@code dev} when run from classes)
 * @param djl DJL's version
 * @param pytorch the PyTorch engine's version
 * @param dtype the engine's precision
 * @param os the operating system ({@code os.name})
 * @param arch the architecture ({@code os.arch})
 */
public record Environment(String bpdiff, String djl, String pytorch, String dtype, String os, String arch) {

    /**
     * Reads the environment of this process; starts the engine if it is not running yet.
     *
     * @param precision the precision in use
     * @return the environment
     * @throws EngineUnavailableException if the engine cannot start
     */
    public static Environment current(Precision precision) {
        return new Environment(Version.current(), Engine.getDjlVersion(), EngineBridge.version(),
                precision.id(), System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /** @return one line for text reports */
    public String line() {
        return "bpdiff " + bpdiff + ", DJL " + djl + ", PyTorch " + pytorch + ", " + dtype + ", " + os + "/" + arch;
    }
}
