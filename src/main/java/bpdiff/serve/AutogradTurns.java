package bpdiff.serve;

import bpdiff.gradient.Evaluation;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.Step;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Autograd evaluations of concurrent requests take turns. DJL's PyTorch engine allows one
 * {@code GradientCollector} open at a time in the whole process ({@code PtGradientCollector} keeps a static
 * flag and throws "already collecting" for a second one), while every other engine call is safe from several
 * threads with separate managers. So each request still has its own {@link bpdiff.gradient.DjlAutograd} and
 * its own native memory, and only the collector's span, one step at a time, is taken in turn: the hand side,
 * finite differences, building the graph and rendering run in parallel.
 */
final class AutogradTurns {

    /** Fair: a long computation's steps and a short one's alternate instead of one starving the other. */
    private static final ReentrantLock TURN = new ReentrantLock(true);

    private AutogradTurns() {}

    /**
     * An autograd source whose every evaluation and step waits for its turn.
     *
     * @param autograd a source that opens a gradient collector
     * @return the same source, taking turns
     */
    static GradientSource inTurn(GradientSource autograd) {
        return new GradientSource() {
            @Override
            public String name() {
                return autograd.name();
            }

            @Override
            public Evaluation evaluate(double[] weights) {
                TURN.lock();
                try {
                    return autograd.evaluate(weights);
                } finally {
                    TURN.unlock();
                }
            }

            @Override
            public Step step(double[] weights, double learningRate, boolean[] trainable) {
                TURN.lock();
                try {
                    return autograd.step(weights, learningRate, trainable);
                } finally {
                    TURN.unlock();
                }
            }
        };
    }
}
