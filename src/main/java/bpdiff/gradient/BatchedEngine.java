package bpdiff.gradient;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The engine as the batched graph uses it: DJL's PyTorch engine (through {@link PyTorchEngine}) with one
 * intra-op thread, and the two calls where DJL's engine-neutral API costs native calls a step does not need.
 *
 * <p>One intra-op thread unless the user chose otherwise with {@code -Dai.djl.pytorch.num_threads=N}:
 * <p>bpdiff's tensors have a few to a few thousand elements. Where a kernel splits such work over OpenMP
 * threads, the split costs more than the arithmetic, and the idle threads spin between operations on the
 * same cores the step needs: a batched sweep of 1000 configurations ran about 1.5× slower with the default
 * of one thread per core. PyTorch in Python on the same machine runs with one thread as well. The setting is
 * read when the engine starts; if the engine has started before without it, the number is set directly.
 */
final class BatchedEngine {

    /** DJL's system property for the number of intra-op threads. */
    static final String THREADS = "ai.djl.pytorch.num_threads";

    private BatchedEngine() {}

    /**
     * \( A B \) for every row of a batch, {@code torch.bmm}. {@code NDArray.batchMatMul} asks the engine for
     * both shapes first, only to refuse scalars; the graph never has any.
     *
     * @param a {@code [C, n, m]}
     * @param b {@code [C, m, k]}
     * @return {@code [C, n, k]}, in {@code a}'s manager
     */
    static NDArray bmm(NDArray a, NDArray b) {
        return JniUtils.bmm((PtNDArray) a, (PtNDArray) b);
    }

    /**
     * Back-propagates from {@code target} with a given head gradient, {@code target.backward(head)}.
     * {@code GradientCollector.backward} makes the head itself, with four native calls for its shape, type,
     * device and values; a step that reuses one tensor of ones skips them. Must run inside an open
     * {@link ai.djl.training.GradientCollector}, which switches gradient recording on.
     *
     * @param target the loss
     * @param head \( \partial \,\mathrm{out} / \partial\, target \): ones of {@code target}'s shape and type
     */
    static void backward(NDArray target, NDArray head) {
        JniUtils.backward((PtNDArray) target, (PtNDArray) head, false, false);
    }

    /**
     * Returns the started engine, asking for one intra-op thread if nobody asked for another number.
     *
     * @return DJL's PyTorch engine
     * @throws EngineUnavailableException if the native library cannot be loaded
     */
    static synchronized Engine get() {
        boolean unset = System.getProperty(THREADS) == null;
        if (unset) {
            System.setProperty(THREADS, "1");
        }
        Engine engine = PyTorchEngine.get();
        if (unset && JniUtils.getNumThreads() != 1) {
            // the engine had already started without the property (e.g. to report its version)
            JniUtils.setNumThreads(1);
        }
        return engine;
    }
}
