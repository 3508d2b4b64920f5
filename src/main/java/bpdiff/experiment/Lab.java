package bpdiff.experiment;

import bpdiff.diff.Comparison;
import bpdiff.diff.ComparisonResult;
import bpdiff.gradient.BatchedAutograd;
import bpdiff.gradient.BatchedConfigurations;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.HandStepper;
import bpdiff.gradient.Precision;
import bpdiff.gradient.RecordedSteps;
import bpdiff.gradient.Step;
import bpdiff.gradient.TrainingSource;
import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What every experiment works with: the gradient sources, the {@code --dtype}, a progress printer, the finished
 * comparisons and the records of the experiments measured so far.
 *
 * <p>{@link #prepare} runs every declared comparison at once: one {@link BatchedAutograd} training per network and
 * precision, the configurations (initial weights, steps) as a tensor axis, spread over the cores ({@link Workers}).
 * A comparison's numbers are those of running it alone, and one asked for twice runs once. Experiments read
 * comparisons only through {@link #compare}, so that the {@code summary} experiment sees every one.
 */
public final class Lab {

    private final Sources sources;
    private final Precision precision;
    private final Consumer<String> progress;
    private final Map<String, Record> measured = new LinkedHashMap<>();
    private final List<ComparisonRecord> comparisons = new ArrayList<>();
    /** Comparisons finished, by what defines them (the label aside). */
    private final Map<ComparisonKey, ComparisonResult> done = new ConcurrentHashMap<>();
    /** Those an experiment has read, in the order first read: the summary counts them. */
    private final Map<ComparisonKey, Boolean> read = new LinkedHashMap<>();
    private String current = "";

    /**
     * @param sources where gradient sources come from
     * @param precision the default precision ({@code --dtype}); some experiments run both regardless
     * @param progress receives one line at a time during long experiments
     */
    public Lab(Sources sources, Precision precision, Consumer<String> progress) {
        this.sources = sources;
        this.precision = precision;
        this.progress = progress;
    }

    /** @return the gradient sources */
    public Sources sources() {
        return sources;
    }

    /** @return the precision asked for with {@code --dtype} */
    public Precision precision() {
        return precision;
    }

    /** Prints {@code line}, prefixed with the experiment's id (on standard error in {@code bpdiff run}). */
    public void progress(String line) {
        progress.accept(current + ": " + line);
    }

    /**
     * Runs comparisons ahead of the experiments that read them: autograd batched by network and precision, then
     * each comparison's hand derivation and finite differences against it, on every core.
     *
     * @param runs the comparisons the experiments declared (repeats run once)
     * @throws bpdiff.gradient.EngineUnavailableException if the PyTorch engine cannot start
     */
    public void prepare(List<Run> runs) {
        Map<ComparisonKey, Run> wanted = new LinkedHashMap<>();
        for (Run run : runs) {
            ComparisonKey key = ComparisonKey.of(run);
            if (!done.containsKey(key)) {
                wanted.putIfAbsent(key, run);
            }
        }
        Map<Batch, Map<Row, Integer>> batches = new LinkedHashMap<>();
        Map<Batch, List<Map.Entry<ComparisonKey, Run>>> runsOf = new LinkedHashMap<>();
        for (Map.Entry<ComparisonKey, Run> entry : wanted.entrySet()) {
            Run run = entry.getValue();
            batches.computeIfAbsent(Batch.of(run), b -> new LinkedHashMap<>())
                    .merge(Row.of(run.spec()), run.spec().epochs(), Math::max);
            runsOf.computeIfAbsent(Batch.of(run), b -> new ArrayList<>()).add(entry);
        }
        // the longest trainings first, so that the cores finish together; each batch then compares its own runs
        List<Batch> order = new ArrayList<>(batches.keySet());
        order.sort(Comparator.comparingInt((Batch b) -> work(batches.get(b))).reversed());
        Workers.each(order, batch -> {
            Map<Row, List<Step>> trained = train(batch, batches.get(batch));
            for (Map.Entry<ComparisonKey, Run> entry : runsOf.get(batch)) {
                Run run = entry.getValue();
                RecordedSteps autograd = new RecordedSteps("autograd", run.spec().initialWeights(),
                        trained.get(Row.of(run.spec())).subList(0, run.spec().epochs()));
                done.put(entry.getKey(), compare(run, autograd));
            }
        });
    }

    /** A rough measure of a batch's work: the epochs it trains (its longest row) plus those evaluated. */
    private static int work(Map<Row, Integer> rows) {
        int longest = rows.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return longest + rows.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One batched training of every configuration of a network and precision. */
    private Map<Row, List<Step>> train(Batch batch, Map<Row, Integer> rows) {
        List<Row> order = new ArrayList<>(rows.keySet());
        double[][] weights = new double[order.size()][];
        double[] rates = new double[order.size()];
        int[] epochs = new int[order.size()];
        for (int c = 0; c < order.size(); c++) {
            weights[c] = order.get(c).weights();
            rates[c] = order.get(c).learningRate();
            epochs[c] = rows.get(order.get(c));
        }
        List<List<Step>> steps;
        try (BatchedAutograd autograd = sources.batchedAutograd(batch.spec(), batch.dtype())) {
            steps = autograd.trajectories(new BatchedConfigurations(weights, rates), epochs);
        }
        Map<Row, List<Step>> byRow = new LinkedHashMap<>();
        for (int c = 0; c < order.size(); c++) {
            byRow.put(order.get(c), steps.get(c));
        }
        return byRow;
    }

    /**
     * A comparison an experiment reads: the one {@link #prepare} ran, or run now if it was not declared. The first
     * read of each is recorded for the summary.
     *
     * @return the result of {@code run}
     * @throws bpdiff.gradient.EngineUnavailableException if the PyTorch engine cannot start
     */
    public ComparisonResult compare(Run run) {
        ComparisonKey key = ComparisonKey.of(run);
        ComparisonResult result = done.get(key);
        if (result == null) {
            try (ClosableSource autograd = sources.autograd(run.spec(), run.dtype(), true)) {
                result = compare(run, autograd);
            }
            done.put(key, result);
        }
        if (read.put(key, Boolean.TRUE) == null) {
            comparisons.add(new ComparisonRecord(current, run.label(), run.derivation(), run.dtype(),
                    result.summary().comparedEpochs(), result.agrees(), Measures.maxHandVsAutograd(result),
                    Measures.maxNumericVsAutograd(result)));
        }
        return result;
    }

    /** Runs one comparison against an autograd side: recorded ahead, or stepping as it goes. */
    private ComparisonResult compare(Run run, TrainingSource autograd) {
        NetworkSpec spec = run.spec();
        return new Comparison(spec, sources.hand(run.derivation(), spec), autograd, sources.numeric(spec), run.dtype(),
                run.mode()).run();
    }

    /**
     * Trains with the general hand chain rule alone, the cheap way to sweep many settings ({@link HandStepper},
     * bit for bit {@code HandDerivation.GENERAL.source(spec).step}).
     *
     * @param spec the network with its step and epochs
     * @return the loss at the start of every epoch; NaN from the first epoch whose loss or weights are not
     *     finite
     */
    public double[] handLosses(NetworkSpec spec) {
        HandStepper hand = HandDerivation.GENERAL.stepper(spec);
        double[] losses = new double[spec.epochs()];
        Arrays.fill(losses, Double.NaN);
        double[] weights = spec.initialWeights();
        for (int epoch = 0; epoch < losses.length; epoch++) {
            double loss = hand.step(weights, spec.learningRate());
            if (!Double.isFinite(loss)) {
                break;
            }
            losses[epoch] = loss;
            if (!Arrays.stream(weights).allMatch(Double::isFinite)) {
                break;
            }
        }
        return losses;
    }

    /** @return the record of what the earlier {@code experiment} measured, or empty if it has not run */
    @SuppressWarnings("unchecked") // recorded under its experiment's class, by record()
    public <M extends Record> Optional<M> measured(Class<? extends Experiment<M>> experiment) {
        return Optional.ofNullable((M) measured.get(experiment.getName()));
    }

    /** @return every three-way comparison read so far, in order */
    public List<ComparisonRecord> comparisons() {
        return List.copyOf(comparisons);
    }

    /** Marks the start of experiment {@code id}; called by the runner. */
    void begin(String id) {
        current = id;
    }

    /** Keeps what {@code experiment} measured for those that read it; called by the runner. */
    void record(Experiment<?> experiment, Record record) {
        measured.put(experiment.getClass().getName(), record);
    }

    /**
     * What defines a comparison: the network by value ({@link NetworkSpec#equals} compares its arrays' contents,
     * initial weights included), autograd's precision, the mode and the hand derivation.
     */
    private record ComparisonKey(NetworkSpec spec, Precision dtype, bpdiff.diff.Mode mode, HandDerivation hand) {

        static ComparisonKey of(Run run) {
            return new ComparisonKey(run.spec(), run.dtype(), run.mode(), run.derivation());
        }
    }

    /**
     * What the runs of one batched training share: the network less its initial weights, step and epochs, the
     * precision, and, for a network trained one configuration at a time, that configuration.
     */
    private record Batch(NetworkSpec spec, Precision dtype, Row alone) {

        /**
         * The batch of a run: with the others of its network and precision, or alone where a batch would not give
         * a single run's bits ({@link BatchedAutograd#exactInBatches}).
         */
        static Batch of(Run run) {
            NetworkSpec spec = run.spec();
            return new Batch(spec.withInitialWeights(new double[spec.parameterCount()]).withLearningRate(1).withEpochs(1),
                    run.dtype(), BatchedAutograd.exactInBatches(spec) ? null : Row.of(spec));
        }
    }

    /** One row of a batched training: a configuration's initial weights and step, compared by value. */
    private record Row(double[] weights, double learningRate) {

        static Row of(NetworkSpec spec) {
            return new Row(spec.initialWeights(), spec.learningRate());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && Arrays.equals(weights, r.weights)
                    && Double.compare(learningRate, r.learningRate) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(weights) + Double.hashCode(learningRate);
        }

        @Override
        public String toString() {
            return "Row[" + Arrays.toString(weights) + ", " + learningRate + "]";
        }
    }
}
