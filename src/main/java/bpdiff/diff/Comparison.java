package bpdiff.diff;

import bpdiff.gradient.Evaluation;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.NeuronValues;
import bpdiff.gradient.Precision;
import bpdiff.gradient.Step;
import bpdiff.gradient.TrainingSource;
import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Runs the hand derivation, autograd and finite differences side by side for every epoch and compares
 * them parameter by parameter.
 *
 * <p>When a source's loss, gradient or updated weights stop being finite, or its outputs leave the loss's
 * domain, it is reported once ({@link NonFinite}, {@link OutOfDomain}) and no longer run; the others go on.
 * Epochs are compared only while both the hand side and autograd go on, so no table is filled with NaN rows,
 * and the {@link Summary} counts them: an epoch not compared is never a pass. Each compared epoch can be streamed
 * out as it is compared ({@link StepListener}); the result keeps those asked for and a {@link Tally} of all.
 */
public final class Comparison {

    private final NetworkSpec spec;
    private final TrainingSource manual;
    private final TrainingSource autograd;
    private final GradientSource numeric;
    private final Precision precision;
    private final Mode mode;

    /**
     * Sets up a comparison.
     *
     * @param spec the network, with its learning rate and epochs
     * @param manual the hand derivation, stepped
     * @param autograd DJL autograd, stepped
     * @param numeric finite differences, evaluated where the hand side stepped from
     * @param precision autograd's precision, which chooses the tolerance
     * @param mode whose weights each source is evaluated at
     */
    public Comparison(NetworkSpec spec, TrainingSource manual, TrainingSource autograd, GradientSource numeric,
            Precision precision, Mode mode) {
        this.spec = spec;
        this.manual = manual;
        this.autograd = autograd;
        this.numeric = numeric;
        this.precision = precision;
        this.mode = mode;
    }

    /** @return the comparison of every epoch, every one kept, and its summary */
    public ComparisonResult run() {
        return run(step -> { }, index -> true);
    }

    /**
     * Compares every epoch, handing each to {@code listener} as soon as it is compared, and keeps in the result only
     * the epochs {@code keep} chooses (and the first, the first mismatching and the last compared, always), so that
     * a long run needs no memory per epoch beyond the two loss curves.
     *
     * @param listener receives every compared epoch, in order
     * @param keep which compared epochs (by their index from 0) the result keeps
     * @return the kept epochs, the summary of all of them, and what the reports need of the others
     */
    public ComparisonResult run(StepListener listener, IntPredicate keep) {
        Tolerance tolerance = Tolerance.forAutograd(precision);
        Tolerance numericTolerance = Tolerance.forNumeric(precision);
        boolean[] trainable = spec.trainable();
        double lr = spec.learningRate();
        int epochs = spec.epochs();
        double[] weightsManual = spec.initialWeights();
        double[] weightsAutograd = spec.initialWeights();
        double[] lossManual = new double[epochs];
        double[] lossAutograd = new double[epochs];
        Arrays.fill(lossManual, Double.NaN);
        Arrays.fill(lossAutograd, Double.NaN);
        List<StepDiff> kept = new ArrayList<>();
        Tally tally = new Tally();
        StepDiff last = null;
        Stops stops = new Stops(spec);
        Localisation localisation = null;
        boolean manualAlive = true;
        boolean autogradAlive = true;
        boolean numericAlive = true;

        for (int epoch = 1; epoch <= epochs && (manualAlive || autogradAlive); epoch++) {
            Step stepAutograd = autogradAlive ? autograd.step(weightsAutograd, lr, trainable) : null;
            if (stepAutograd != null
                    && stops.stops(Side.AUTOGRAD, epoch, stepAutograd.evaluation(), stepAutograd.updated())) {
                stepAutograd = null;
                autogradAlive = false;
            }
            double[] at = mode == Mode.LOCKSTEP && autogradAlive ? weightsAutograd : weightsManual;
            Step stepManual = manualAlive ? manual.step(at, lr, trainable) : null;
            if (stepManual != null && stops.stops(Side.MANUAL, epoch, stepManual.evaluation(), stepManual.updated())) {
                stepManual = null;
                manualAlive = false;
            }
            Evaluation evalNumeric = numericAlive && stepManual != null ? numeric.evaluate(at) : null;
            if (evalNumeric != null && stops.numericStops(epoch, evalNumeric)) {
                evalNumeric = null;
                numericAlive = false;
            }
            if (stepManual != null) {
                lossManual[epoch - 1] = stepManual.evaluation().loss();
                weightsManual = stepManual.updated();
            }
            if (stepAutograd != null) {
                lossAutograd[epoch - 1] = stepAutograd.evaluation().loss();
                weightsAutograd = stepAutograd.updated();
            }
            if (stepManual != null && stepAutograd != null) {
                StepDiff row = compare(epoch, stepManual, stepAutograd, evalNumeric, tolerance, numericTolerance);
                boolean firstMismatching = !row.matches() && tally.firstMismatches().isEmpty();
                if (!row.matches() && localisation == null) {
                    localisation = row.localisation();
                }
                if (keep.test(tally.compared()) || tally.compared() == 0 || firstMismatching) {
                    kept.add(row);
                }
                tally.add(row);
                listener.compared(row);
                last = row;
            }
        }
        if (last != null && (kept.isEmpty() || kept.get(kept.size() - 1) != last)) {
            kept.add(last);
        }
        List<String> saturated = last == null ? List.of() : Saturation.of(spec, last.neurons());
        return new ComparisonResult(new ComparisonSetup(spec, precision, manual.name(), mode), kept, lossManual,
                lossAutograd, weightsManual, weightsAutograd,
                tally.summary(epochs, localisation, stops.nonFinite(), stops.outOfDomain(), saturated)
                        .explainedBy(Float32Clamp.at(tally.firstMismatching(), spec, precision)), tally);
    }

    private StepDiff compare(int epoch, Step stepManual, Step stepAutograd, Evaluation evalNumeric,
            Tolerance tolerance, Tolerance numericTolerance) {
        Evaluation m = stepManual.evaluation();
        Evaluation a = stepAutograd.evaluation();
        List<ParameterDiff> parameters = new ArrayList<>();
        for (int p = 0; p < spec.parameterCount(); p++) {
            double g = evalNumeric == null ? Double.NaN : evalNumeric.gradient()[p];
            boolean reliable = evalNumeric != null
                    && (evalNumeric.unreliable() == null || !evalNumeric.unreliable()[p]);
            parameters.add(ParameterDiff.of(spec.parameters().get(p).name(), m.gradient()[p], a.gradient()[p], g,
                    reliable, stepManual.updated()[p], stepAutograd.updated()[p], tolerance, numericTolerance));
        }
        List<NeuronDiff> neurons = new ArrayList<>();
        int samples = Math.min(m.forward().size(), a.forward().size());
        for (int s = 0; s < samples; s++) {
            NeuronValues fm = m.forward().get(s);
            NeuronValues fa = a.forward().get(s);
            for (int l = 1; l <= spec.layerCount(); l++) {
                for (int j = 0; j < spec.layerSizes()[l]; j++) {
                    neurons.add(new NeuronDiff(s, spec.neuronName(l, j), fm.in()[l - 1][j], fa.in()[l - 1][j],
                            fm.out()[l - 1][j], fa.out()[l - 1][j]));
                }
            }
        }
        Localisation where = Localisation.locate(spec, epoch, m, a, tolerance);
        return new StepDiff(epoch, m.loss(), a.loss(), evalNumeric == null ? Double.NaN : evalNumeric.loss(),
                neurons, parameters, where);
    }
}
