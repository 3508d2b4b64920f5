package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Question 5: the homework's own sigmoid \( 1 / (1 + e^{-z}) \), built from DJL ops, against the engine's
 * built-in {@code torch.sigmoid}.
 *
 * <p>Both are trained {@value #EPOCHS} epochs with autograd in float32 and in float64 (each also three ways
 * against the hand chain rule and finite differences). The two autograd runs are then compared epoch by
 * epoch: loss, every gradient and every updated weight; the largest difference is given absolutely and in
 * float32 units in the last place ({@link bpdiff.diff.Tolerance#float32Ulps}).
 */
public final class BuiltinSigmoidExperiment implements Experiment {

    static final int EPOCHS = 100;

    @Override
    public String id() {
        return "builtin-sigmoid";
    }

    @Override
    public String description() {
        return "hand-written sigmoid 1/(1+e^-z) vs torch.sigmoid: largest difference over 100 epochs, float32 and float64";
    }

    @Override
    public Question question() {
        return new Question(5, "激活函数Sigmoid用PyTorch自带函数torch.sigmoid(),观察、总结并陈述",
                "Use PyTorch's built-in torch.sigmoid() as the activation; observe, summarise and state.");
    }

    @Override
    public ExperimentResult run(Lab lab) {
        NetworkSpec spec = Networks.lecture().withEpochs(EPOCHS);
        List<Finding> findings = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        StringBuilder conclusion = new StringBuilder();
        for (Precision precision : List.of(Precision.FLOAT32, Precision.FLOAT64)) {
            ComparisonResult own = lab.compare("sigmoid " + precision.id(), spec, precision);
            ComparisonResult builtin = lab.compare("builtin-sigmoid " + precision.id(),
                    spec.withActivation(Activation.BUILTIN_SIGMOID), precision);
            findings.add(Agreement.of("three-way-sigmoid-" + precision.id(), "hand-written sigmoid, " + precision.id(), own));
            findings.add(Agreement.of("three-way-builtin-" + precision.id(), "torch.sigmoid, " + precision.id(), builtin));

            AutogradDifference d = AutogradDifference.of(own, builtin);
            findings.add(Finding.of("builtin-equals-own-" + precision.id(),
                    "in " + precision.id() + " torch.sigmoid and the hand-written 1/(1+e^-z) give the same loss, gradients and "
                            + "weights at every epoch, up to rounding (within the " + precision.id() + " tolerance)",
                    d.withinTolerance(), "maxAbsDifference", d.maxAbs(), "maxLossDifference", d.maxLoss(),
                    "maxFloat32Ulps", d.maxUlps(), "valueAtMaxUlps", d.valueAtMaxUlps(),
                    "finalLossOwn", own.lossAutograd()[EPOCHS - 1], "finalLossBuiltin", builtin.lossAutograd()[EPOCHS - 1]));
            rows.add(List.of(precision.id(), Text.number(own.lossAutograd()[EPOCHS - 1]),
                    Text.number(builtin.lossAutograd()[EPOCHS - 1]), Text.number(d.maxLoss()), Text.number(d.maxAbs()),
                    Long.toString(d.maxUlps()), d.maxUlps() == 0 ? "" : Text.number(d.valueAtMaxUlps())));
            series.add(Series.overEpochs(precision.id(), d.ulpsPerEpoch()));
            conclusion.append(precision.id()).append(": largest difference ").append(Text.number(d.maxAbs())).append(" (")
                    .append(d.maxUlps()).append(" float32 ULPs");
            if (d.maxUlps() > 0) {
                conclusion.append(", at a value of ").append(Text.number(d.valueAtMaxUlps()))
                        .append(" where one float32 ULP is ").append(Text.number(Math.ulp((float) d.valueAtMaxUlps())));
            }
            conclusion.append(precision == Precision.FLOAT32 ? "); " : "). ");
        }
        conclusion.insert(0, "torch.sigmoid and the hand-written 1/(1+e^-z) train the same network: over " + EPOCHS
                + " epochs, ");
        boolean rounding = findings.stream().filter(f -> f.id().startsWith("builtin-equals-own")).allMatch(Finding::holds);
        conclusion.append(rounding
                ? "The differences are rounding of a differently computed kernel, not a different function; the homework's "
                        + "\"no obvious difference\" is confirmed, and the hand derivative σ(1−σ) serves both."
                : "The two differ by more than rounding (see the findings).");
        return new ExperimentResult(id(), "Hand-written sigmoid against torch.sigmoid", question(),
                "The lecture network, " + EPOCHS + " epochs at step 1, once with the sigmoid written as DJL ops "
                        + "(1 / (1 + exp(−z)), as the homework) and once with the engine's built-in sigmoid, in float32 and "
                        + "float64; every run also three ways against the hand chain rule and finite differences.",
                List.of(new Table("Autograd with the hand-written sigmoid against torch.sigmoid, " + EPOCHS + " epochs",
                        List.of("dtype", "loss at epoch " + EPOCHS + " (own)", "loss at epoch " + EPOCHS + " (torch.sigmoid)",
                                "max |Δ loss|", "max |Δ| (loss, dL/dw, w)", "max float32 ULPs", "at value"), rows)),
                List.of(Plot.lines("builtin-sigmoid-ulps", "torch.sigmoid vs 1/(1+e^-z): largest difference per epoch",
                        "epoch", "float32 ULPs (loss, gradients, weights)", false, series)),
                findings, conclusion.toString(), Map.of());
    }
}
