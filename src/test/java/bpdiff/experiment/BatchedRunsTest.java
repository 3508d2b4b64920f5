package bpdiff.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bpdiff.diff.Comparison;
import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Mode;
import bpdiff.gradient.DjlAutograd;
import bpdiff.gradient.Environment;
import bpdiff.gradient.FiniteDifferences;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.Initialization;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import bpdiff.report.CompareJson;
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
