package bpdiff.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.gradient.Evaluation;
import bpdiff.gradient.FiniteDifferences;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.gradient.Step;
import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import bpdiff.network.Parameter;
import bpdiff.network.Sample;
import bpdiff.testing.PyTorchReference;
import bpdiff.testing.SingleNeuron;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The comparison loop, with the hand chain rule standing in for autograd where the two must agree (it equals
 * PyTorch to ~1e-17, {@code ChainRuleTest}), and a {@link Faulty} source where one must go wrong at a chosen epoch.
 * Expected numbers come from PyTorch's reference files or are worked out in the comments.
 */
class ComparisonTest {

    /** A source that is another one, except at the epochs (counted from 1 over its calls) where it is changed. */
    static final class Faulty implements GradientSource {
        private final GradientSource delegate;
        private final BiFunction<Integer, Evaluation, Evaluation> change;
        private int calls;

        Faulty(GradientSource delegate, BiFunction<Integer, Evaluation, Evaluation> change) {
            this.delegate = delegate;
            this.change = change;
        }

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public Evaluation evaluate(double[] weights) {
            calls++;
            return change.apply(calls, delegate.evaluate(weights));
        }

        @Override
        public Step step(double[] weights, double learningRate, boolean[] trainable) {
            Evaluation e = evaluate(weights);
            double[] updated = weights.clone();
            for (int p = 0; p < updated.length; p++) {
                if (trainable[p]) {
                    updated[p] = weights[p] - learningRate * e.gradient()[p];
                }
            }
            return new Step(e, updated);
        }

        int calls() {
            return calls;
        }
    }

    private static Evaluation withGradient(Evaluation e, int parameter, double delta) {
        double[] g = e.gradient().clone();
        g[parameter] += delta;
        return new Evaluation(e.loss(), g, e.forward(), e.neuronGradient(), e.unreliable());
    }

    private static Evaluation withLoss(Evaluation e, double loss) {
        return new Evaluation(loss, e.gradient(), e.forward(), e.neuronGradient(), e.unreliable());
    }

    private static ComparisonResult compare(NetworkSpec spec, GradientSource manual, GradientSource autograd,
            GradientSource numeric, Mode mode) {
        return new Comparison(spec, manual, autograd, numeric, Precision.FLOAT64, mode).run();
    }

    private static ComparisonResult compare(NetworkSpec spec, GradientSource manual, GradientSource autograd) {
        return compare(spec, manual, autograd, new FiniteDifferences(spec), Mode.INDEPENDENT);
    }

    private static GradientSource chainRule(NetworkSpec spec) {
        return HandDerivation.GENERAL.source(spec);
    }

    @Test
    void threeAgreeingEpochsOfTheLectureAreAMatchWithPyTorchsLosses() {
        NetworkSpec spec = Networks.lecture().withEpochs(3);
        ComparisonResult result = compare(spec, HandDerivation.CORRECTED.source(spec), chainRule(spec));
        assertTrue(result.agrees());
        assertEquals(Verdict.MATCH, result.summary().verdict());
        assertEquals(3, result.summary().comparedEpochs());
        assertEquals(3, result.epochs());
        assertEquals(List.of(1, 2, 3), result.steps().stream().map(StepDiff::epoch).toList());
        assertEquals("corrected", result.manual());
        assertEquals("lecture", result.networkName());
        assertEquals(Mode.INDEPENDENT, result.mode());
        assertEquals(Tolerance.FLOAT64, result.tolerance());
        assertEquals(1.0, result.learningRate());
        assertEquals("half-sse", result.lossId());
        assertEquals(PyTorchReference.WEIGHTS, result.parameterNames());
        JsonNode pytorch = PyTorchReference.pytorchCase("float64", "sigmoid/half-sse/given/lr1/e100").get("steps");
        for (int e = 0; e < 3; e++) {
            double loss = pytorch.get(e).get("loss").asDouble();
            assertEquals(loss, result.lossManual()[e], 1e-15);
            assertEquals(loss, result.lossAutograd()[e], 1e-15);
            assertEquals(loss, result.steps().get(e).lossManual(), 1e-15);
            assertEquals(loss, result.steps().get(e).lossAutograd(), 1e-15);
            assertEquals(loss, result.steps().get(e).lossNumeric(), 1e-15);
            for (ParameterDiff p : result.steps().get(e).parameters()) {
                assertEquals(NumericAgreement.BOTH, p.numericSidesWith(), p.name());
            }
        }
        double[] after3 = PyTorchReference.weights(pytorch.get(2).get("updated"));
        assertArrayEquals(after3, result.finalManual(), 1e-15);
        assertArrayEquals(after3, result.finalAutograd(), 1e-15);
        // the forward values of epoch 1: PyTorch's out_h1 = 0.5621765008857981, for sample 0
        NeuronDiff h1 = result.steps().get(0).neurons().get(0);
        assertEquals("h1", h1.neuron());
        assertEquals(0, h1.sample());
        assertEquals(0.5621765008857981, h1.outManual(), 1e-15);
        assertEquals(0.5621765008857981, h1.outAutograd(), 1e-15);
        assertEquals(0.25, h1.inManual(), 1e-15);
        assertEquals(0.25, h1.inAutograd(), 1e-15);
        assertEquals(4, result.steps().get(0).neurons().size(), "h1, h2, o1, o2 of one sample");
        assertEquals(List.of(), result.summary().saturated());
    }

    @Test
    void aStreamedComparisonKeepsFewEpochsButCountsAndHandsOutEvery() {
        NetworkSpec spec = Networks.lecture().withEpochs(40);
        // the hand side adds 0.01 to dL/dw3 from its 17th epoch on
        Faulty hand = new Faulty(chainRule(spec), (epoch, e) -> epoch >= 17 ? withGradient(e, 2, 0.01) : e);
        List<StepDiff> seen = new java.util.ArrayList<>();
        ComparisonResult streamed = new Comparison(spec, hand, chainRule(spec), new FiniteDifferences(spec),
                Precision.FLOAT64, Mode.INDEPENDENT).run(seen::add, index -> false);
        assertEquals(40, seen.size(), "the listener sees every compared epoch, in order");
        assertEquals(List.of(1, 17, 40), streamed.steps().stream().map(StepDiff::epoch).toList(),
                "kept: the first, the first mismatching and the last");
        assertEquals(40, streamed.summary().comparedEpochs());
        assertEquals(17, streamed.summary().firstMismatchEpoch());
        assertEquals(17, streamed.tally().firstMismatches().get("w3").epoch());
        assertEquals(seen.get(16).parameters().get(2), streamed.tally().firstMismatches().get("w3").diff());

        Faulty again = new Faulty(chainRule(spec), (epoch, e) -> epoch >= 17 ? withGradient(e, 2, 0.01) : e);
        ComparisonResult whole = compare(spec, again, chainRule(spec));
        assertEquals(40, whole.steps().size());
        assertEquals(whole.summary(), streamed.summary(), "the same verdict from the tally as from every epoch");
    }

    @Test
    void aWrongGradientAtEpochTwoIsLocatedThereAndLockstepKeepsItToItself() {
        NetworkSpec spec = Networks.lecture().withEpochs(3);
        // the hand side adds 0.01 to dL/dw1 at its second epoch only
        Faulty hand = new Faulty(chainRule(spec), (epoch, e) -> epoch == 2 ? withGradient(e, 0, 0.01) : e);
        ComparisonResult lockstep = compare(spec, hand, chainRule(spec), new FiniteDifferences(spec), Mode.LOCKSTEP);
        assertEquals(Verdict.MISMATCH, lockstep.summary().verdict());
        assertEquals(2, lockstep.summary().firstMismatchEpoch());
        assertEquals(List.of("w1"), lockstep.summary().mismatched(), "at autograd's weights the error stays in w1");
        assertEquals(WrongSide.MANUAL, lockstep.summary().wrongSide());
        assertEquals(3, lockstep.summary().comparedEpochs());
        assertTrue(lockstep.steps().get(0).matches());
        assertTrue(lockstep.steps().get(2).matches(), "epoch 3 is evaluated at autograd's weights again");
        assertEquals(NumericAgreement.AUTOGRAD, lockstep.steps().get(1).parameters().get(0).numericSidesWith());

        Faulty drifting = new Faulty(chainRule(spec), (epoch, e) -> epoch == 2 ? withGradient(e, 0, 0.01) : e);
        ComparisonResult independent = compare(spec, drifting, chainRule(spec));
        assertEquals(2, independent.summary().firstMismatchEpoch());
        assertTrue(independent.summary().mismatched().size() > 1, "the wrong step drifts into every weight");
        assertTrue(!independent.steps().get(2).matches(), "and stays wrong at epoch 3");
        assertEquals(WrongSide.MANUAL, independent.summary().wrongSide());
    }

    @Test
    void theFirstMismatchingEpochsLocalisationIsKept() {
        NetworkSpec spec = Networks.lecture().withEpochs(3);
        // the hand side's dL/dout_o2 is off by 1 from epoch 2 on
        Faulty hand = new Faulty(chainRule(spec), (epoch, e) -> {
            if (epoch < 2) {
                return e;
            }
            double[][] out = e.neuronGradient().get(0).out().clone();
            out[1] = out[1].clone();
            out[1][1] += epoch;
            return new Evaluation(e.loss(), withGradient(e, 5, 1.0).gradient(), e.forward(),
                    List.of(new bpdiff.gradient.NeuronValues(e.neuronGradient().get(0).in(), out)));
        });
        ComparisonResult result = compare(spec, hand, chainRule(spec), new FiniteDifferences(spec), Mode.LOCKSTEP);
        Localisation where = result.summary().localisation();
        assertEquals(2, where.epoch(), "the first mismatching epoch's, not a later one's");
        assertEquals("out_o2", where.quantity());
        assertEquals(2, where.manual() - where.autograd(), 1e-12);
        assertNull(result.steps().get(0).localisation());
    }

    @Test
    void bothSidesNonFiniteAtEpochOneIsDiverged() {
        // relu 1-1-1, w1 = w2 = 1, x = 1, y = 1e200: o = 1, loss ½(1 - 1e200)² = ½·1e400 = inf on both sides
        NetworkSpec spec = twoLayerRelu(1e200);
        ComparisonResult result = compare(spec, chainRule(spec), chainRule(spec));
        assertEquals(Verdict.DIVERGED, result.summary().verdict());
        assertEquals(new Divergence(1, "loss", false), result.summary().diverged());
        assertEquals(0, result.summary().comparedEpochs());
        assertEquals(List.of(new NonFinite(Side.AUTOGRAD, 1, "loss"), new NonFinite(Side.MANUAL, 1, "loss")),
                result.summary().nonFinite());
        assertTrue(result.steps().isEmpty());
        assertTrue(Double.isNaN(result.lossManual()[0]), "a stopped source's loss is not recorded");
        assertTrue(!result.agrees());
    }

    @Test
    void bothSidesNonFiniteAtALaterEpochIsDivergedThere() {
        // y = 1e150: epoch 1 has o = 1, e = 1 - 1e150, and both weights become 1 + (1e150 - 1)·1 ≈ 1e150;
        // epoch 2 has h = 1e150, o = 1e300, loss ½(1e300)² = inf
        NetworkSpec spec = twoLayerRelu(1e150);
        ComparisonResult result = compare(spec, chainRule(spec), chainRule(spec));
        assertEquals(Verdict.DIVERGED, result.summary().verdict());
        assertEquals(new Divergence(2, "loss", false), result.summary().diverged());
        assertEquals(1, result.summary().comparedEpochs());
        assertEquals(0.5 * (1 - 1e150) * (1 - 1e150), result.lossManual()[0]);
        assertEquals(1 + (1e150 - 1), result.finalManual()[0], "the weights after the last finite step");
    }

    @Test
    void oneSideNonFiniteAloneIsAMismatch() {
        NetworkSpec spec = Networks.lecture().withEpochs(4);
        Faulty autograd = new Faulty(chainRule(spec), (epoch, e) -> epoch == 3 ? withLoss(e, Double.NaN) : e);
        ComparisonResult result = compare(spec, chainRule(spec), autograd);
        assertEquals(Verdict.MISMATCH, result.summary().verdict());
        assertEquals(3, result.summary().firstMismatchEpoch());
        assertEquals(2, result.summary().comparedEpochs());
        assertEquals(List.of(new NonFinite(Side.AUTOGRAD, 3, "loss")), result.summary().nonFinite());
        assertEquals(3, autograd.calls(), "a stopped source is not run again");
        assertTrue(Double.isFinite(result.lossManual()[3]), "the other side goes on to the end");
        assertTrue(Double.isNaN(result.lossAutograd()[2]));
    }

    @Test
    void autogradGoesOnWhenTheHandSideStops() {
        NetworkSpec spec = Networks.lecture().withEpochs(4);
        Faulty hand = new Faulty(chainRule(spec), (epoch, e) -> epoch == 2 ? withLoss(e, Double.NaN) : e);
        ComparisonResult result = compare(spec, hand, chainRule(spec));
        assertEquals(List.of(new NonFinite(Side.MANUAL, 2, "loss")), result.summary().nonFinite());
        assertEquals(2, hand.calls());
        assertEquals(PyTorchReference.pytorchCase("float64", "sigmoid/half-sse/given/lr1/e100").get("steps").get(3)
                .get("loss").asDouble(), result.lossAutograd()[3], 1e-15, "autograd's curve goes on to epoch 4");
        assertEquals(1, result.summary().comparedEpochs());
    }

    @Test
    void theFirstNonFiniteQuantityIsNamed() {
        NetworkSpec spec = Networks.lecture().withEpochs(2);
        Faulty gradient = new Faulty(chainRule(spec), (epoch, e) -> withGradient(e, 2, Double.POSITIVE_INFINITY));
        assertEquals(List.of(new NonFinite(Side.MANUAL, 1, "gradient of w3")),
                compare(spec, gradient, chainRule(spec)).summary().nonFinite());
        // a finite gradient of about 1e10 times the step 1e300 overflows: w4 - 1e310 = -inf
        NetworkSpec hugeStep = spec.withLearningRate(1e300);
        Faulty updated = new Faulty(chainRule(hugeStep), (epoch, e) -> withGradient(e, 3, 1e10));
        assertEquals(new NonFinite(Side.MANUAL, 1, "updated w4"),
                compare(hugeStep, updated, chainRule(hugeStep)).summary().nonFinite().get(0));
    }

    @Test
    void outputsLeavingBcesDomainStopBothSidesAndNameTheOutput() {
        // relu, w1 = 0.5, y = 1: o = 0.5, dL/do = (0.5 - 1)/(0.5·0.5) = -2, w1 ← 0.5 + 2 = 2.5; epoch 2: o = 2.5 > 1
        NetworkSpec spec = SingleNeuron.of(Activation.RELU, LossFunction.BCE, 0.5, 1.0).withEpochs(3);
        ComparisonResult result = compare(spec, chainRule(spec), chainRule(spec));
        assertEquals(Verdict.DIVERGED, result.summary().verdict());
        assertEquals(new Divergence(2, "out_o1 = 2.5 (sample 1)", true), result.summary().diverged());
        assertEquals(1, result.summary().comparedEpochs());
        assertEquals(Math.log(2), result.lossManual()[0], 1e-15, "-log 0.5");
        assertEquals(List.of(new OutOfDomain(Side.AUTOGRAD, 2, "out_o1 = 2.5 (sample 1)"),
                new OutOfDomain(Side.MANUAL, 2, "out_o1 = 2.5 (sample 1)")), result.summary().outOfDomain());
        assertEquals(List.of(), result.summary().nonFinite(), "the output is named, not the NaN loss it causes");
    }

    @Test
    void finiteDifferencesThatStopDoNotStopTheComparison() {
        NetworkSpec spec = Networks.lecture().withEpochs(3);
        Faulty numeric = new Faulty(new FiniteDifferences(spec), (epoch, e) -> withGradient(e, 0, Double.NaN));
        ComparisonResult result = compare(spec, chainRule(spec), chainRule(spec), numeric, Mode.INDEPENDENT);
        assertEquals(Verdict.MATCH, result.summary().verdict());
        assertEquals(List.of(new NonFinite(Side.NUMERIC, 1, "gradient of w1")), result.summary().nonFinite());
        assertEquals(1, numeric.calls(), "not run again");
        assertEquals(NumericAgreement.UNRELIABLE, result.steps().get(1).parameters().get(3).numericSidesWith());
        assertTrue(Double.isNaN(result.steps().get(1).lossNumeric()));
        assertTrue(Double.isNaN(result.steps().get(1).parameters().get(3).gradientNumeric()));

        // a non-finite gradient on a stencil already marked unreliable is no reason to stop
        boolean[] w1Unreliable = new boolean[8];
        w1Unreliable[0] = true;
        Faulty flagged = new Faulty(new FiniteDifferences(spec), (epoch, e) -> new Evaluation(e.loss(),
                withGradient(e, 0, Double.NaN).gradient(), e.forward(), e.neuronGradient(), w1Unreliable));
        ComparisonResult still = compare(spec, chainRule(spec), chainRule(spec), flagged, Mode.INDEPENDENT);
        assertEquals(List.of(), still.summary().nonFinite());
        assertEquals(3, flagged.calls());
        assertEquals(NumericAgreement.UNRELIABLE, still.steps().get(0).parameters().get(0).numericSidesWith());
        assertEquals(NumericAgreement.BOTH, still.steps().get(0).parameters().get(1).numericSidesWith());
        Faulty lossless = new Faulty(new FiniteDifferences(spec), (epoch, e) -> withLoss(e, Double.NaN));
        assertEquals(List.of(new NonFinite(Side.NUMERIC, 1, "loss")),
                compare(spec, chainRule(spec), chainRule(spec), lossless, Mode.INDEPENDENT).summary().nonFinite());
    }

    @Test
    void saturatedNeuronsAreThoseOfTheLastComparedEpoch() {
        // sigmoid, w1 = -20: o = σ(-20) = 2.06e-9, o(1-o) < 1e-6: saturated from the start
        NetworkSpec spec = SingleNeuron.of(Activation.SIGMOID, LossFunction.HALF_SSE, -20, 1.0);
        assertEquals(List.of("o1"), compare(spec, chainRule(spec), chainRule(spec)).summary().saturated());
    }

    /** relu 1-1-1 with both weights 1, x = 1, and target y, half-sse, step 1, 3 epochs. */
    private static NetworkSpec twoLayerRelu(double y) {
        return new NetworkSpec("relu-1-1-1", new int[] {1, 1, 1}, new String[][][] {{{"w1"}}, {{"w2"}}}, null,
                List.of(new Parameter("w1", 1, false), new Parameter("w2", 1, false)), Activation.RELU,
                LossFunction.HALF_SSE, 1, 3, List.of(new Sample(new double[] {1}, new double[] {y})));
    }
}
