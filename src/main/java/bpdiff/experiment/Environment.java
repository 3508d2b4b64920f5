package bpdiff.experiment;

import ai.djl.engine.Engine;
import bpdiff.gradient.Precision;
import bpdiff.gradient.PyTorchEngine;

/**
 * What a run ran on, written to {@code results.json} so that two reports can be told apart.
 *
 * @param bpdiff bpdiff's version ({@code dev} when run from classes)
 * @param djl DJL's version
 * @param pytorch the PyTorch engine's version
 * @param dtype the precision asked for with {@code --dtype}
 * @param os the operating system ({@code os.name})
 * @param arch the architecture ({@code os.arch})
 */
public record Environment(String bpdiff, String djl, String pytorch, String dtype, String os, String arch) {

    /**
     * Describes this machine; starts the engine to learn its version.
     *
     * @param bpdiffVersion bpdiff's own version
     * @param precision the precision asked for
     * @return the environment
     * @throws bpdiff.gradient.EngineUnavailableException if the engine cannot start
     */
    public static Environment detect(String bpdiffVersion, Precision precision) {
        return new Environment(bpdiffVersion, Engine.getDjlVersion(), PyTorchEngine.get().getVersion(), precision.id(),
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }
}
