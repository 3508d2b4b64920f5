package bpdiff.report.run;

import bpdiff.experiment.ExperimentResult;
import bpdiff.experiment.Plot;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Draws the run's plots on the cores the experiments leave free, each as soon as its experiment has reported: the
 * first task loads Java2D, the fonts and the PNG encoder ({@link PlotRenderer#warmUp}) while the comparisons run, and
 * the report waits only for what is left. (Not earlier, while the engine loads: {@code libtorch_cpu.so}'s
 * {@code dlopen} holds the dynamic loader's lock, for which the fonts' native libraries would wait.) Every plot is the same bytes whatever thread draws it.
 */
public final class PlotPool implements AutoCloseable {

    private final ExecutorService pool;
    private final Map<String, Future<byte[]>> drawn = new LinkedHashMap<>();

    /** Starts the drawing threads, one per core but one (at least one), and warms them up. */
    public PlotPool() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bpdiff-plots");
            thread.setDaemon(true);
            return thread;
        });
        pool.submit(PlotRenderer::warmUp);
    }

    /**
     * Starts drawing an experiment's plots.
     *
     * @param result the experiment's result
     */
    public synchronized void submit(ExperimentResult result) {
        for (Plot plot : result.plots()) {
            drawn.put(plot.name(), pool.submit(() -> PlotRenderer.png(plot)));
        }
    }

    /**
     * Draws, on the calling thread, every submitted plot no drawing thread has started yet, so that the caller works
     * alongside them instead of waiting.
     */
    synchronized void help() {
        for (Future<byte[]> future : drawn.values()) {
            if (future instanceof FutureTask<byte[]> waiting) {
                // a no-op once another thread has started it
                waiting.run();
            }
        }
    }

    /**
     * A plot's PNG, drawn here if it was not submitted.
     *
     * @return its PNG bytes
     */
    byte[] png(Plot plot) {
        Future<byte[]> future;
        synchronized (this) {
            future = drawn.get(plot.name());
        }
        if (future == null) {
            return PlotRenderer.png(plot);
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing " + plot.name(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    /** Stops the threads. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
