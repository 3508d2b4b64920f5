package bpdiff.gradient;

import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * DJL autograd's training of one network, computed ahead on a thread of its own while the caller compares: the
 * autograd side of {@code bpdiff compare}, so that the engine's work and the hand derivation, finite differences and
 * output overlap on two cores.
 *
 * <p>The thread trains up to {@value #CHUNK} epochs at a time with {@link BatchedAutograd#trajectories} (the weights stay
 * on the engine, every epoch's weights are then evaluated in one pass with every neuron's gradients), or, for the
 * engine's built-in sigmoid, whose kernel rounds by batch size, with {@link DjlAutograd#step} one epoch at a time.
 * Either way each step is what {@link DjlAutograd#step} gives alone, bit for bit. At most {@value #CHUNKS_AHEAD}
 * chunks wait, so memory stays flat however many epochs there are.
 *
 * <p>{@link #step} hands the steps out in order and, like {@link RecordedSteps}, only from the weights the previous
 * one ended at (the comparison passes autograd its own weights back). Close it when done: that stops the thread.
 */
public final class AutogradAhead implements TrainingSource, AutoCloseable {

    /**
     * The most epochs trained and evaluated together, enough to spread the evaluation's cost; the first chunk is
     * {@value #FIRST_CHUNK} epochs and each next one twice the last, so that the caller can start comparing at once.
     */
    static final int CHUNK = 256;
    /** The first chunk's epochs. */
    static final int FIRST_CHUNK = 8;
    /** Chunks that may wait for the caller. */
    static final int CHUNKS_AHEAD = 4;

    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread thread;
    private List<Step> current = List.of();
    private int next;
    private double[] expected;
    private int remaining;

    /**
     * Starts training the network's initial weights at its step for its epochs.
     *
     * @param spec the network, with its initial weights, step and epochs
     * @param precision float32 or float64
     * @throws EngineUnavailableException if the engine cannot start
     */
    public AutogradAhead(NetworkSpec spec, Precision precision) {
        PyTorchEngine.get();
        this.expected = spec.initialWeights();
        this.remaining = spec.epochs();
        this.thread = new Thread(() -> train(spec, precision), "bpdiff-autograd");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public String name() {
        return "autograd";
    }

    /**
     * The next epoch's step.
     *
     * @param weights the weights after the previous step (the initial weights first)
     * @param learningRate ignored: the training runs at the network's own
     * @param trainable ignored likewise
     * @return the step
     * @throws IllegalStateException if the weights are not where the training is, or it has no more epochs
     * @throws RuntimeException what the training thread failed with
     */
    @Override
    public Step step(double[] weights, double learningRate, boolean[] trainable) {
        if (!Arrays.equals(weights, expected) || remaining == 0) {
            throw new IllegalStateException("the training ahead does not continue from these weights");
        }
        if (next == current.size()) {
            current = take();
            next = 0;
        }
        Step step = current.get(next++);
        expected = step.updated();
        remaining--;
        return step;
    }

    @SuppressWarnings("unchecked") // the thread puts lists of steps, or what it failed with
    private List<Step> take() {
        Object chunk;
        try {
            chunk = chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for autograd", e);
        }
        if (chunk instanceof RuntimeException failure) {
            throw failure;
        }
        if (chunk instanceof Error failure) {
            throw failure;
        }
        return (List<Step>) chunk;
    }

    /** The thread: chunk after chunk until every epoch is trained, or the caller closes. */
    private void train(NetworkSpec spec, Precision precision) {
        try {
            int left = spec.epochs();
            if (BatchedAutograd.exactInBatches(spec)) {
                try (BatchedAutograd batched = new BatchedAutograd(spec, precision);
                        BatchedAutograd.Training training = batched.start(new BatchedConfigurations(
                                new double[][] {spec.initialWeights()}, new double[] {spec.learningRate()}))) {
                    int chunk = FIRST_CHUNK;
                    while (left > 0) {
                        int epochs = Math.min(chunk, left);
                        chunk = Math.min(CHUNK, 2 * chunk);
                        // the weights stay on the engine between chunks; only the path comes back, to be evaluated
                        double[][][] path = training.advance(epochs, true).path();
                        left -= epochs;
                        put(batched.steps(path, new int[] {epochs}).get(0));
                    }
                }
            } else {
                try (DjlAutograd single = new DjlAutograd(spec, precision)) {
                    double[] weights = spec.initialWeights();
                    boolean[] trainable = spec.trainable();
                    while (left > 0) {
                        int epochs = Math.min(CHUNK, left);
                        List<Step> steps = new ArrayList<>(epochs);
                        for (int e = 0; e < epochs; e++) {
                            Step step = single.step(weights, spec.learningRate(), trainable);
                            steps.add(step);
                            weights = step.updated();
                        }
                        left -= epochs;
                        put(steps);
                    }
                }
            }
        } catch (InterruptedException e) {
            // closed: the caller needs no more epochs
        } catch (RuntimeException | Error e) {
            try {
                chunks.offer(e, 1, TimeUnit.MINUTES);
            } catch (InterruptedException closed) {
                // nobody waits for it any more
            }
        }
    }

    private void put(List<Step> steps) throws InterruptedException {
        chunks.put(steps);
    }

    /** Stops the training thread and waits for it to free the engine's memory. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
