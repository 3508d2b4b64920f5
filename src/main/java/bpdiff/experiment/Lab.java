package bpdiff.experiment;

import bpdiff.diff.Comparison;
import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Mode;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.HandStepper;
import bpdiff.gradient.Precision;
import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What every experiment works with: the gradient sources, the precision asked for with {@code --dtype},
 * a progress line printer (standard error), and the results of the experiments run so far.
 *
 * <p>{@link #compare} is the one way experiments run a three-way comparison, so that every comparison of
 * the run is recorded for the {@code summary} experiment. A comparison asked for twice (the same network,
 * initial weights, step, epochs, dtype, mode and hand derivation) runs once; the sources are deterministic.
 */
public final class Lab {

    private final Sources sources;
    private final Precision precision;
    private final Consumer<String> progress;
    private final Map<String, ExperimentResult> results = new LinkedHashMap<>();
    private final List<ComparisonRecord> comparisons = new ArrayList<>();
    /** Comparisons already run, by what defines them: two experiments may ask for the same one. */
    private final Map<ComparisonKey, ComparisonResult> done = new LinkedHashMap<>();
    private String current = "";

    /**
     * Creates a lab.
     *
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

    /**
     * Prints a progress line (on standard error in {@code bpdiff run}).
     *
     * @param line the line, without the experiment's id, which is prefixed
     */
    public void progress(String line) {
        progress.accept(current + ": " + line);
    }

    /**
     * Runs hand derivation, autograd and finite differences side by side, and records the comparison; returns
     * the earlier result if the same comparison has run already.
     *
     * @param label what is compared, for the summary
     * @param spec the network with its step and epochs
     * @param dtype autograd's precision
     * @param mode {@link Mode#INDEPENDENT} (each side trains its own weights) or {@link Mode#LOCKSTEP}
     * @param derivation the hand derivation, or {@code null} for the default ({@link HandDerivation#defaultFor})
     * @return the comparison
     */
    public ComparisonResult compare(String label, NetworkSpec spec, Precision dtype, Mode mode,
            HandDerivation derivation) {
        HandDerivation hand = derivation == null ? HandDerivation.defaultFor(spec) : derivation;
        ComparisonKey key = new ComparisonKey(spec, dtype, mode, hand);
        ComparisonResult cached = done.get(key);
        if (cached != null) {
            return cached;
        }
        ComparisonResult result;
        try (ClosableSource autograd = sources.autograd(spec, dtype, true)) {
            result = new Comparison(spec, sources.hand(hand, spec), autograd, sources.numeric(spec), dtype, mode).run();
        }
        done.put(key, result);
        comparisons.add(new ComparisonRecord(current, label, hand, dtype, result.summary().comparedEpochs(),
                result.agrees(),
                Measures.maxHandVsAutograd(result), Measures.maxNumericVsAutograd(result)));
        return result;
    }

    /**
     * {@link #compare(String, NetworkSpec, Precision, Mode, String)} with independent training and the
     * default hand derivation.
     *
     * @param label what is compared
     * @param spec the network
     * @param dtype autograd's precision
     * @return the comparison
     */
    public ComparisonResult compare(String label, NetworkSpec spec, Precision dtype) {
        return compare(label, spec, dtype, Mode.INDEPENDENT, null);
    }

    /**
     * Trains with the general hand chain rule alone, the cheap way to sweep many settings: the project's
     * allocation-free training path ({@link HandStepper}), bit for bit the numbers of
     * {@code HandDerivation.GENERAL.source(spec).step}.
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

    /**
     * An earlier experiment's result.
     *
     * @param id its id
     * @return the result, or empty if it has not run
     */
    public Optional<ExperimentResult> result(String id) {
        return Optional.ofNullable(results.get(id));
    }

    /** @return every three-way comparison run so far, in order */
    public List<ComparisonRecord> comparisons() {
        return List.copyOf(comparisons);
    }

    /**
     * Marks the start of an experiment; called by the runner.
     *
     * @param id the experiment's id
     */
    void begin(String id) {
        current = id;
    }

    /**
     * Keeps an experiment's result for those that read it; called by the runner.
     *
     * @param result the result
     */
    void record(ExperimentResult result) {
        results.put(result.id(), result);
    }

    /**
     * What defines a comparison: the network by value ({@link NetworkSpec#equals} compares its arrays' contents,
     * initial weights included), autograd's precision, the mode and the hand derivation.
     */
    private record ComparisonKey(NetworkSpec spec, Precision dtype, Mode mode, HandDerivation hand) {}
}
