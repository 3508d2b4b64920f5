package bpdiff.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.diff.Comparison;
import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Mode;
import bpdiff.gradient.BatchedAutograd;
import bpdiff.gradient.DjlAutograd;
import bpdiff.gradient.Environment;
import bpdiff.gradient.FiniteDifferences;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.Initialization;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkLoader;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import bpdiff.report.CompareJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runs the lab trains batched ({@link Lab#prepare}: the configurations of a network as a tensor axis, the
 * groups and comparisons on every core) give the same comparison, to the last byte of its JSON, as each run alone
 * with {@link DjlAutograd} stepping one epoch at a time: the sweeps of the homework's experiments (steps, seeds, the
 * zero start), in both dtypes, with every activation (the built-in sigmoid trained alone), several losses, lockstep
 * and a broken derivation.
 */
class BatchedRunsTest {

    private static final Environment ENVIRONMENT = new Environment("test", "test", "test", "test", "test", "test");

    @Test
    void batchedRunsAreTheRunsAloneByteForByte() {
        NetworkSpec lecture = Networks.lecture().withEpochs(30);
        List<Run> runs = new ArrayList<>();
        for (Precision dtype : Precision.values()) {
            for (double step : new double[] {0.1, 1, 10, 100}) {
                runs.add(Run.of("step " + step, lecture.withLearningRate(step), dtype, HandDerivation.GENERAL));
            }
            for (int seed = 1; seed <= 3; seed++) {
                runs.add(Run.of("seed " + seed, Initialization.RANDOM.apply(lecture, seed), dtype));
            }
            runs.add(Run.of("zero", Initialization.ZERO.apply(lecture, 0), dtype));
            runs.add(Run.of("builtin", lecture.withActivation(Activation.BUILTIN_SIGMOID), dtype));
            runs.add(Run.of("builtin fast", lecture.withActivation(Activation.BUILTIN_SIGMOID).withLearningRate(3), dtype));
            runs.add(Run.of("relu", lecture.withActivation(Activation.RELU), dtype));
            runs.add(Run.of("relu short", lecture.withActivation(Activation.RELU).withEpochs(7), dtype));
            runs.add(Run.of("bce", lecture.withLoss(LossFunction.BCE), dtype));
            runs.add(Run.of("softmax-ce", lecture.withLoss(LossFunction.SOFTMAX_CE).withLearningRate(2), dtype));
            runs.add(new Run("buggy lockstep", lecture, dtype, Mode.LOCKSTEP, HandDerivation.BUGGY));
        }
        assertBatchedIsAlone(runs);
    }

    /**
     * tanh ({@code torch.tanh}), the leaky ReLU and the identity compute every element alone, whatever the batch's
     * size, so their configurations share a batch (and {@link bpdiff.gradient.BatchedAutograd#exactInBatches} says so);
     * this holds them to it: several steps and random starts of each on the lecture network, and of the example networks
     * with an activation per layer, each to the byte of its run alone.
     */
    @Test
    void newActivationsAndPerLayerNetworksBatchedAreTheirRunsAlone() {
        NetworkSpec lecture = Networks.lecture().withEpochs(30);
        List<Run> runs = new ArrayList<>();
        for (Precision dtype : Precision.values()) {
            for (Activation activation : List.of(Activation.TANH, Activation.LEAKY_RELU, Activation.IDENTITY)) {
                NetworkSpec spec = lecture.withActivation(activation);
                for (double step : new double[] {0.1, 1, 3}) {
                    runs.add(Run.of(activation.id() + " step " + step, spec.withLearningRate(step), dtype,
                            HandDerivation.GENERAL));
                }
                for (int seed = 1; seed <= 3; seed++) {
                    runs.add(Run.of(activation.id() + " seed " + seed, Initialization.RANDOM.apply(spec, seed), dtype));
                }
            }
            for (String example : List.of("regression-tanh", "classifier", "leaky")) {
                NetworkSpec spec = NetworkLoader.load(Path.of("examples", "networks", example + ".json"));
                runs.add(Run.of(example, spec, dtype));
                for (int seed = 1; seed <= 4; seed++) {
                    runs.add(Run.of(example + " seed " + seed, Initialization.RANDOM.apply(spec, seed), dtype));
                }
            }
        }
        assertTrue(runs.stream().allMatch(r -> BatchedAutograd.exactInBatches(r.spec())));
        assertBatchedIsAlone(runs);
    }

    private static void assertBatchedIsAlone(List<Run> runs) {
        Lab lab = new Lab(Sources.standard(), Precision.FLOAT64, line -> { });
        lab.prepare(runs);
        for (Run run : runs) {
            ComparisonResult alone;
            try (DjlAutograd autograd = new DjlAutograd(run.spec(), run.dtype())) {
                alone = new Comparison(run.spec(), run.derivation().source(run.spec()), autograd,
                        new FiniteDifferences(run.spec()), run.dtype(), run.mode()).run();
            }
            assertEquals(CompareJson.render(alone, ENVIRONMENT), CompareJson.render(lab.compare(run), ENVIRONMENT),
                    run.label() + " " + run.dtype());
        }
        assertEquals(runs.size(), lab.comparisons().size());
    }
}
