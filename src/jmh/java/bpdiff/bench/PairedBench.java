package bpdiff.bench;

import bpdiff.command.ComparisonSettings;
import bpdiff.command.OptionStyle;
import bpdiff.command.Watch;
import bpdiff.diff.Mode;
import bpdiff.gradient.BatchedAutograd;
import bpdiff.gradient.BatchedConfigurations;
import bpdiff.gradient.DjlAutograd;
import bpdiff.gradient.Environment;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import bpdiff.report.CompareJson;
import bpdiff.report.CompareText;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The speed goals of {@code make bench}, measured so that they cannot flatter: each Java block is paired with the
 * PyTorch-in-Python block it is compared with, the two run one right after the other (A B A B …) under the same load,
 * and each goal's figure is the median of the pairs' ratios with their min–max. A goal is met only when the largest
 * ratio meets it. The Python side is {@code tools/bench_pytorch.py --serve}, a long-lived process that times its own
 * blocks with one intra-op thread, as bpdiff's engine runs.
 *
 * <ul>
 *   <li>a {@code compare} epoch (hand derivation, autograd with every neuron's gradient, finite differences and the
 *       diff, as {@code bpdiff compare} does them) against one step of the homework's loop in PyTorch (eight scalar
 *       tensors, its own sigmoid): at most 0.5; with every epoch written as JSON, for reference;
 *   <li>DJL batched training per configuration-step against PyTorch's batched loop, 1000 configurations: at most 1;
 *   <li>{@link DjlAutograd#step} alone against the homework's step, for reference.
 * </ul>
 *
 * <p>Usage: {@code PairedBench <python> <bench_pytorch.py> <out.json> [pairs]}; prints the table, writes the pairs.
 */
public final class PairedBench {

    /**
     * Epochs per compare block and per homework block: about a fifth of a second, long enough for compare's
     * autograd to run ahead at its steady pace, short against the load's swings.
     */
    private static final int EPOCHS = 1000;
    /** Configurations and epochs of a batched block, as {@code tools/bench_pytorch.py}'s batched loop. */
    private static final int CONFIGURATIONS = 1000;
    private static final int BATCHED_EPOCHS = 50;
    private static final int BATCHED_CALLS = 2;
    /**
     * Untimed blocks before a goal's pairs: Java's JIT needs about ten thousand compare epochs before its times
     * settle (measured: 1090, 180, 200, 200, 120, 110 µs per epoch over the first blocks), Python's interpreter a
     * block or two.
     */
    private static final int JAVA_WARM_UP = 10;
    private static final int PYTHON_WARM_UP = 3;

    private PairedBench() {}

    /** One timed block of either side. */
    private interface Block {
        /** @return the seconds it took */
        double seconds() throws IOException;
    }

    /**
     * One goal: a Java block, its Python counterpart, and the bar the ratio must stay under.
     *
     * @param name what is compared
     * @param java the Java block
     * @param python the Python block
     * @param bar the largest ratio that meets the goal, or NaN for a figure without a goal
     * @param javaPer what one block's time is divided by for a per-step figure
     * @param pythonPer likewise for Python
     */
    private record Goal(String name, Block java, Block python, double bar, double javaPer, double pythonPer) {}

    /**
     * What the pairs of one goal measured.
     *
     * @param name the goal
     * @param bar its bar, NaN without one
     * @param ratios each pair's ratio, in the order measured
     * @param javaMicros each Java block per step, µs
     * @param pythonMicros each Python block per step, µs
     */
    record Pairs(String name, double bar, List<Double> ratios, List<Double> javaMicros, List<Double> pythonMicros) {}

    /**
     * Runs the pairs.
     *
     * @param args the Python interpreter, the script, the output file and the number of pairs
     * @throws Exception if a side cannot run
     */
    public static void main(String[] args) throws Exception {
        String python = args[0];
        String script = args[1];
        Path out = Path.of(args[2]);
        int pairs = args.length > 3 ? Integer.parseInt(args[3]) : 21;
        String loadBefore = Load.now();
        Process server = new ProcessBuilder(python, script, "--serve").redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<Pairs> measured = new ArrayList<>();
        try (BufferedWriter request = new BufferedWriter(new OutputStreamWriter(server.getOutputStream(),
                StandardCharsets.UTF_8));
                BufferedReader answer = new BufferedReader(new InputStreamReader(server.getInputStream(),
                        StandardCharsets.UTF_8))) {
            List<Goal> goals = new ArrayList<>();
            for (Precision dtype : Precision.values()) {
                goals.add(new Goal("compare epoch / PyTorch homework step, " + dtype, () -> compareBlock(dtype, false),
                        () -> ask(request, answer, "homework-step " + dtype + " " + EPOCHS), 0.5, EPOCHS, EPOCHS));
            }
            for (Precision dtype : Precision.values()) {
                goals.add(new Goal("compare --format json epoch / PyTorch homework step, " + dtype,
                        () -> compareBlock(dtype, true),
                        () -> ask(request, answer, "homework-step " + dtype + " " + EPOCHS), Double.NaN, EPOCHS, EPOCHS));
            }
            for (Precision dtype : Precision.values()) {
                BatchedAutograd batched = new BatchedAutograd(Networks.lecture(), dtype);
                BatchedConfigurations sweep = sweep();
                goals.add(new Goal("DJL batched / PyTorch batched, per configuration-step, " + dtype,
                        () -> timed(() -> {
                            for (int call = 0; call < BATCHED_CALLS; call++) {
                                batched.train(sweep, BATCHED_EPOCHS);
                            }
                        }),
                        () -> ask(request, answer, "batched " + dtype + " " + CONFIGURATIONS + " " + BATCHED_CALLS), 1.0,
                        (double) BATCHED_CALLS * CONFIGURATIONS * BATCHED_EPOCHS,
                        (double) BATCHED_CALLS * CONFIGURATIONS * BATCHED_EPOCHS));
            }
            for (Precision dtype : Precision.values()) {
                DjlAutograd single = new DjlAutograd(Networks.lecture(), dtype, false);
                goals.add(new Goal("DjlAutograd.step / PyTorch homework step, " + dtype,
                        () -> timed(() -> steps(single)),
                        () -> ask(request, answer, "homework-step " + dtype + " " + EPOCHS), Double.NaN, EPOCHS, EPOCHS));
            }
            System.out.printf("paired bench: %d pairs per goal, Java then Python, load before %s%n", pairs, loadBefore);
            // warm every goal up before any is measured: the JIT compiles the code all goals share while the first
            // goal would otherwise be timed (measured: the first goal's Java side 1.6 times slower than the same
            // work timed later), the engine's allocator settles, and the interpreter's caches on the other side
            for (Goal goal : goals) {
                warmUp(goal, JAVA_WARM_UP, PYTHON_WARM_UP);
            }
            for (Goal goal : goals) {
                warmUp(goal, 2, 1);
                List<Double> ratios = new ArrayList<>();
                List<Double> javaMicros = new ArrayList<>();
                List<Double> pythonMicros = new ArrayList<>();
                for (int pair = 0; pair < pairs; pair++) {
                    double java = goal.java().seconds() / goal.javaPer();
                    double py = goal.python().seconds() / goal.pythonPer();
                    ratios.add(java / py);
                    javaMicros.add(java * 1e6);
                    pythonMicros.add(py * 1e6);
                }
                measured.add(new Pairs(goal.name(), goal.bar(), ratios, javaMicros, pythonMicros));
                System.out.println("  " + line(measured.get(measured.size() - 1)));
            }
            request.write("quit\n");
            request.flush();
        } finally {
            server.waitFor();
        }
        String loadAfter = Load.now();
        System.out.printf("load after %s%n", loadAfter);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("loadBefore", loadBefore);
        result.put("loadAfter", loadAfter);
        result.put("pairs", measured);
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
    }

    /** Runs a goal's Java block {@code java} times and its Python block {@code python} times, untimed, interleaved. */
    private static void warmUp(Goal goal, int java, int python) throws IOException {
        for (int i = 0; i < Math.max(java, python); i++) {
            if (i < java) {
                goal.java().seconds();
            }
            if (i < python) {
                goal.python().seconds();
            }
        }
    }

    /** One line of the table: the median ratio, its min–max, the bar and whether the max meets it. */
    static String line(Pairs p) {
        double[] r = sorted(p.ratios());
        double[] j = sorted(p.javaMicros());
        double[] y = sorted(p.pythonMicros());
        String verdict = Double.isNaN(p.bar()) ? "" : r[r.length - 1] <= p.bar() ? "met" : "NOT met";
        return String.format(Locale.ROOT, "%-66s %6.3f (%5.3f–%5.3f)  %8s  Java %s, Python %s  %s", p.name(),
                median(r), r[0], r[r.length - 1], Double.isNaN(p.bar()) ? "" : "≤ " + p.bar(), micros(median(j)),
                micros(median(y)), verdict);
    }

    private static String micros(double value) {
        return value >= 1 ? String.format(Locale.ROOT, "%.1f µs", value) : String.format(Locale.ROOT, "%.1f ns",
                value * 1e3);
    }

    static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * {@value #EPOCHS} epochs of {@code bpdiff compare} on the lecture network as the command runs them (autograd
     * trained ahead, the hand side and finite differences here), with the text view (the default: three epochs kept)
     * or every epoch written as JSON; the output is discarded.
     */
    private static double compareBlock(Precision dtype, boolean asJson) {
        NetworkSpec spec = Networks.lecture().withEpochs(EPOCHS);
        Environment environment = new Environment("bench", "bench", "bench", dtype.id(), "bench", "bench");
        long start = System.nanoTime();
        // as bpdiff compare runs it (CompareCommand): the command's settings, watched by nothing
        ComparisonSettings settings = new ComparisonSettings(spec, dtype, HandDerivation.CORRECTED, Mode.INDEPENDENT,
                OptionStyle.COMMAND_LINE);
        GradientSource hand = settings.hand();
        if (asJson) {
            CompareJson json = CompareJson.start(Writer.nullWriter(), settings.setup(hand));
            json.finish(settings.run(hand, Watch.NONE, json, index -> false).summary(), environment);
        } else {
            CompareText.render(settings.run(hand, Watch.NONE, step -> { }, index -> false), environment);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void steps(DjlAutograd single) {
        NetworkSpec spec = Networks.lecture();
        double[] weights = spec.initialWeights();
        boolean[] trainable = spec.trainable();
        for (int i = 0; i < EPOCHS; i++) {
            weights = single.step(weights, spec.learningRate(), trainable).updated();
        }
    }

    /** Step sizes spread over [0.01, 10], as the Python side's. */
    private static BatchedConfigurations sweep() {
        double[] rates = new double[CONFIGURATIONS];
        for (int c = 0; c < CONFIGURATIONS; c++) {
            rates[c] = 0.01 * Math.pow(1000, c / (CONFIGURATIONS - 1.0));
        }
        return BatchedConfigurations.ofLearningRates(Networks.lecture(), rates);
    }

    private static double timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double ask(BufferedWriter request, BufferedReader answer, String line) throws IOException {
        request.write(line + "\n");
        request.flush();
        String seconds = answer.readLine();
        if (seconds == null) {
            throw new IOException("the Python side stopped answering");
        }
        return Double.parseDouble(seconds.trim());
    }
}
