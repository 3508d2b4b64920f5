package bpdiff.serve;

import bpdiff.gradient.Evaluation;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.Step;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A gradient source of one request: before each evaluation and step it checks the request's {@link Deadline},
 * and an autograd source also waits for its turn.
 *
 * <p>Autograd evaluations of concurrent requests take turns because DJL's PyTorch engine allows one
 * {@code GradientCollector} open at a time in the whole process ({@code PtGradientCollector} keeps a static
 * flag and throws "already collecting" for a second one), while every other engine call is safe from several
 * threads with separate managers. So each request still has its own {@link bpdiff.gradient.DjlAutograd} and
 * its own native memory, and only the collector's span, one step at a time, is taken in turn: the hand side,
 * finite differences, building the graph and rendering run in parallel.
 */
final class WatchedSource implements GradientSource {

    /** Fair: a long computation's steps and a short one's alternate instead of one starving the other. */
    private static final ReentrantLock AUTOGRAD_TURN = new ReentrantLock(true);

    private final GradientSource source;
    private final Deadline deadline;
    private final boolean autograd;

    /**
     * Watches a source.
     *
     * @param source the source
     * @param deadline the request's time limit
     * @param autograd whether the source opens a gradient collector, and so must take turns
     */
    WatchedSource(GradientSource source, Deadline deadline, boolean autograd) {
        this.source = source;
        this.deadline = deadline;
        this.autograd = autograd;
    }

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public Evaluation evaluate(double[] weights) {
        deadline.check();
        lock();
        try {
            return source.evaluate(weights);
        } finally {
            unlock();
        }
    }

    /** Keeps the source's own step (e.g. DJL's float32 arithmetic). */
    @Override
    public Step step(double[] weights, double learningRate, boolean[] trainable) {
        deadline.check();
        lock();
        try {
            return source.step(weights, learningRate, trainable);
        } finally {
            unlock();
        }
    }

    private void lock() {
        if (autograd) {
            AUTOGRAD_TURN.lock();
        }
    }

    private void unlock() {
        if (autograd) {
            AUTOGRAD_TURN.unlock();
        }
    }
}
