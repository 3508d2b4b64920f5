package bpdiff.gradient;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The two engine calls where DJL's engine-neutral API costs native calls a step does not need. The engine
 * itself, with one intra-op thread, comes from {@link PyTorchEngine#get()}.
 */
final class BatchedEngine {

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
}
