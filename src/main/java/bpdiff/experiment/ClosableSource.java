package bpdiff.experiment;

import bpdiff.gradient.GradientSource;

/** A gradient source that holds native memory (DJL autograd) and must be closed, in try-with-resources. */
public interface ClosableSource extends GradientSource, AutoCloseable {

    /** Frees the source's native memory; closing never fails. */
    @Override
    void close();
}
