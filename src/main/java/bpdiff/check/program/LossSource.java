package bpdiff.check.program;

import bpdiff.program.run.Events;

/**
 * Where a run's loss is read: from the variables of the listed names ({@link LossNames}, {@code --loss-name}), or,
 * when none of them held one recorded number before the first {@code backward()} (d2l's {@code l} of
 * {@code reduction='none'} holds one per sample), from the scalar tensors
 * {@code backward()} was called on (d2l's {@code l = loss(net(X), y); l.sum().backward()}): that tensor is what
 * autograd differentiates and what every {@code .grad} holds the gradient of. Decided once, at the first computation
 * of either kind that can be a loss, so that a run's epochs all have the same loss.
 */
final class LossSource {

    /** {@code null} until decided; then whether the losses are the {@code backward()} tensors. */
    private Boolean backward;

    /**
     * @param loss a computation of a loss, named or of a {@code backward()} call
     * @return whether it is taken as a computation of the run's loss (until decided, every named one is; asked again
     *     once decided, the same loss gives the final answer)
     */
    boolean takes(Events.Loss loss) {
        if (backward == null && loss.node() >= 0 && (loss.backward() || loss.value().size() == 1)) {
            backward = loss.backward();
        }
        return backward == null ? !loss.backward() : backward == loss.backward();
    }
}
