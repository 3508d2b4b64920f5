package bpdiff.check;

import bpdiff.BadInputException;
import bpdiff.Position;
import bpdiff.diff.Tolerance;
import bpdiff.gradient.Evaluation;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.NeuronValues;
import bpdiff.gradient.Step;
import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a student's derivation against autograd, line by line, at the initial weights and optionally
 * at every epoch of a training run.
 *
 * <p>The formulas are evaluated for the first sample of the network (the lecture has only one): its
 * inputs, targets and forward values, and the weights of the epoch. They are compared with autograd's
 * derivatives of that sample's loss, so {@link #firstSample} is the spec the autograd and
 * finite-difference sources must be built on. The training run itself ({@code --epochs}) steps the
 * weights by autograd's gradient of the whole spec.
 */
public final class DerivationChecker {

    private final NetworkNames names;
    private final GradientSource autograd;
    private final GradientSource numeric;
    private final GradientSource trainer;
    private final Tolerance tolerance;
    private final String dtype;

    /**
     * Prepares a check.
     *
     * @param spec the network, all samples
     * @param autograd autograd on {@link #firstSample}{@code (spec)}, with neuron gradients
     * @param numeric finite differences on {@link #firstSample}{@code (spec)}
     * @param trainer the source whose steps train the weights for {@code --epochs}: autograd on
     *     {@code spec}
     * @param tolerance when a formula counts as matching autograd
     * @param dtype the precision's name, for the report
     */
    public DerivationChecker(NetworkSpec spec, GradientSource autograd, GradientSource numeric,
            GradientSource trainer, Tolerance tolerance, String dtype) {
        this.names = new NetworkNames(spec);
        this.autograd = autograd;
        this.numeric = numeric;
        this.trainer = trainer;
        this.tolerance = tolerance;
        this.dtype = dtype;
    }

    /**
     * The spec with only its first sample, whose loss the formulas are checked against.
     *
     * @param spec the network
     * @return {@code spec} itself if it has one sample, else a copy with the first one only
     */
    public static NetworkSpec firstSample(NetworkSpec spec) {
        if (spec.samples().size() == 1) {
            return spec;
        }
        return spec.withSamples(spec.samples().subList(0, 1));
    }

    /**
     * Checks a derivation.
     *
     * @param derivation the parsed file
     * @param epochs how many epochs to check, at least 1 (1: the initial weights only)
     * @return the report, with the values of the first failing epoch (or of epoch 0)
     * @throws BadInputException if the file is empty, uses an unknown name or checks nothing
     */
    public CheckReport check(Derivation derivation, int epochs) {
        validate(derivation, names.spec());
        Dependencies dependencies = new Dependencies(derivation);
        Judge judge = new Judge(derivation, dependencies, names, tolerance);
        int size = derivation.assignments().size();
        int[] firstFailing = new int[size];
        Arrays.fill(firstFailing, -1);
        int shown = -1;
        Point shownPoint = null;
        NetworkSpec spec = names.spec();
        double[] weights = spec.initialWeights();
        for (int epoch = 0; epoch < epochs; epoch++) {
            boolean last = epoch + 1 == epochs;
            Evaluation truth;
            double[] next = null;
            if (trainer == autograd && !last) {
                // one engine run gives both the values to check and the step
                Step step = autograd.step(weights, spec.learningRate(), spec.trainable());
                truth = step.evaluation();
                next = step.updated();
            } else {
                truth = autograd.evaluate(weights);
                if (!last) {
                    next = trainer.step(weights, spec.learningRate(), spec.trainable()).updated();
                }
            }
            Point point = point(epoch, weights, truth);
            List<FormulaResult> results = judge.results(point, false);
            boolean anyFailed = false;
            for (int k = 0; k < size; k++) {
                if (results.get(k).failed()) {
                    anyFailed = true;
                    if (firstFailing[k] < 0) {
                        firstFailing[k] = epoch + 1;
                    }
                }
            }
            if (shownPoint == null || (shown < 0 && anyFailed)) {
                shownPoint = point;
                shown = anyFailed ? epoch + 1 : -1;
            }
            weights = next;
        }
        List<FormulaResult> results = new ArrayList<>();
        List<FormulaResult> judged = judge.results(shownPoint, true);
        for (int k = 0; k < size; k++) {
            results.add(judged.get(k).withFirstFailingEpoch(firstFailing[k]));
        }
        return new CheckReport(derivation.source(), names.spec().name(), dtype, epochs, Math.max(shown, 1), shown,
                results, firstWrong(results), Coverage.notChecked(derivation, names, results, shownPoint));
    }

    /**
     * Checks, before any engine starts, that a derivation can be checked on a network: it is not empty,
     * every name it uses is known or assigned above, and it assigns at least one known derivative.
     *
     * @param derivation the parsed file
     * @param spec the network
     * @throws BadInputException otherwise, at {@code file:line:column} for a name
     */
    public static void validate(Derivation derivation, NetworkSpec spec) {
        NetworkNames names = new NetworkNames(spec);
        if (derivation.assignments().isEmpty()) {
            throw new BadInputException("the derivation is empty: it has no 'name = expression' line",
                    Position.of(derivation.source()));
        }
        NameCheck.check(derivation, names.all());
        if (derivation.assignments().stream().noneMatch(a -> names.derivativeOf(a.name()) != null)) {
            throw new BadInputException("nothing to check: no line assigns a derivative such as d_"
                    + names.parameters().get(0) + ", d_" + names.spec().neuronName(names.spec().layerCount(), 0)
                    + " or delta_" + names.spec().neuronName(1, 0) + " (bpdiff check --names lists them)",
                    Position.of(derivation.source()));
        }
    }

    private Point point(int epoch, double[] weights, Evaluation truth) {
        if (truth.neuronGradient().isEmpty() || truth.forward().isEmpty()) {
            throw new IllegalStateException(autograd.name() + " gave no neuron values to check against");
        }
        NeuronValues forward = truth.forward().get(0);
        NetworkSpec spec = names.spec();
        Map<String, Double> network = new HashMap<>();
        NetworkNames.LEARNING_RATE.forEach(n -> network.put(n, spec.learningRate()));
        double[] x = spec.samples().get(0).x();
        double[] y = spec.samples().get(0).y();
        for (int i = 0; i < x.length; i++) {
            network.put(names.inputs().get(i), x[i]);
        }
        for (int k = 0; k < y.length; k++) {
            network.put(names.targets().get(k), y[k]);
        }
        for (int p = 0; p < weights.length; p++) {
            network.put(names.parameters().get(p), weights[p]);
        }
        for (int l = 1; l <= spec.layerCount(); l++) {
            for (int j = 0; j < spec.layerSizes()[l]; j++) {
                network.put(names.in(l, j), forward.in()[l - 1][j]);
                network.put(names.out(l, j), forward.out()[l - 1][j]);
            }
        }
        return new Point(epoch, weights.clone(), Collections.unmodifiableMap(new LinkedHashMap<>(network)), truth.gradient(),
                numeric.evaluate(weights).gradient(), forward, truth.neuronGradient().get(0));
    }

    /** The root of the wrong parameter gradients, else of the wrong neuron derivatives. */
    private static FormulaResult firstWrong(List<FormulaResult> results) {
        FormulaResult first = firstCause(results, true);
        return first != null ? first : firstCause(results, false);
    }

    private static FormulaResult firstCause(List<FormulaResult> results, boolean parametersOnly) {
        int line = Integer.MAX_VALUE;
        for (FormulaResult r : results) {
            boolean parameter = r.checked() && r.target().kind() == DerivativeTarget.Kind.PARAMETER;
            if (r.failed() && (parameter || !parametersOnly)) {
                line = Math.min(line, r.causeLine());
            }
        }
        for (FormulaResult r : results) {
            if (r.assignment().line() == line && r.failed()) {
                return r;
            }
        }
        return null;
    }
}
