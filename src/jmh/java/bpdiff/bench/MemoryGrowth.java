package bpdiff.bench;

import ai.djl.engine.Engine;
import bpdiff.gradient.DjlAutograd;
import bpdiff.gradient.Precision;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Resident memory over a million {@link DjlAutograd#step}s: a leaked native handle per step would show as
 * growth of the process's {@code VmRSS} (from {@code /proc/self/status}).
 *
 * <p>Run with a fixed Java heap ({@code -Xms = -Xmx}, pre-touched), so that the heap's own growth cannot
 * pass for a leak; what remains is native memory. The growth is the RSS after the last step minus the RSS
 * after a warm-up; samples in between show whether it is flat or climbing.
 *
 * <p>Usage: {@code MemoryGrowth <out.json> [steps]}, default 1,000,000 steps of the training step
 * (float64, no neuron gradients).
 */
public final class MemoryGrowth {

    private static final int WARM_UP = 20_000;
    private static final int SAMPLES = 10;

    private MemoryGrowth() {}

    /**
     * One sample of the resident set.
     *
     * @param step how many steps had run
     * @param residentKiB {@code VmRSS} in KiB
     */
    record Sample(long step, long residentKiB) {}

    /**
     * The measurement, as written to JSON.
     *
     * @param steps the steps between the first and the last sample
     * @param seconds their wall time
     * @param growthMiB RSS after minus RSS before, in MiB
     * @param samples RSS along the way
     * @param djl DJL's version
     * @param engine the PyTorch engine's version
     */
    record Result(long steps, double seconds, double growthMiB, List<Sample> samples, String djl, String engine) {}

    /**
     * Runs the steps and writes the result.
     *
     * @param args the output file, and optionally the number of steps
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long steps = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
        NetworkSpec spec = Networks.lecture();
        boolean[] trainable = spec.trainable();
        List<Sample> samples = new ArrayList<>();
        long start;
        String engine;
        try (DjlAutograd autograd = new DjlAutograd(spec, Precision.FLOAT64, false)) {
            engine = autograd.engineVersion();
            double[] weights = spec.initialWeights();
            for (int i = 0; i < WARM_UP; i++) {
                weights = autograd.step(weights, 1e-3, trainable).updated();
            }
            System.gc();
            samples.add(new Sample(0, residentKiB()));
            start = System.nanoTime();
            long every = Math.max(1, steps / SAMPLES);
            for (long i = 1; i <= steps; i++) {
                weights = autograd.step(weights, 1e-3, trainable).updated();
                if (i % every == 0 || i == steps) {
                    samples.add(new Sample(i, residentKiB()));
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double growth = (samples.get(samples.size() - 1).residentKiB() - samples.get(0).residentKiB()) / 1024.0;
        Result result = new Result(steps, seconds, growth, samples, Engine.getDjlVersion(), engine);
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
        System.out.printf("  %,d DJL steps in %.0f s: resident memory %+.1f MiB%n", steps, seconds, growth);
    }

    /** @return {@code VmRSS} of this process in KiB, or −1 where {@code /proc} has none */
    static long residentKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
