package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;

/**
 * Question 5: the homework's own sigmoid \( 1 / (1 + e^{-z}) \), built from DJL ops, against the engine's
 * built-in {@code torch.sigmoid}.
 *
 * <p>Both are trained {@value #EPOCHS} epochs with autograd in float32 and in float64 (each also three ways
 * against the hand chain rule and finite differences). The two autograd runs are then compared epoch by
 * epoch: loss, every gradient and every updated weight; the largest difference is given absolutely and in
 * float32 units in the last place ({@link bpdiff.diff.Tolerance#float32Ulps}).
 */
public final class BuiltinSigmoidExperiment implements Experiment<Dtypes<BuiltinSigmoidExperiment.InPrecision>> {

    static final int EPOCHS = 100;
    private static final List<Precision> PRECISIONS = List.of(Precision.FLOAT32, Precision.FLOAT64);

    private static final About ABOUT = About.of("builtin-sigmoid", "Hand-written sigmoid against torch.sigmoid",
            "hand-written sigmoid 1/(1+e^-z) vs torch.sigmoid: largest difference over 100 epochs, float32 and float64",
            new Question(5, "激活函数Sigmoid用PyTorch自带函数torch.sigmoid(),观察、总结并陈述",
                    "Use PyTorch's built-in torch.sigmoid() as the activation; observe, summarise and state."));

    /**
     * How far autograd with {@code torch.sigmoid} is from autograd with the hand-written sigmoid, in one precision.
     *
     * @param maxAbsDifference \( \max |a - b| \) over every loss, gradient and updated weight of every epoch
     * @param maxLossDifference \( \max_t |L^a_t - L^b_t| \)
     * @param maxFloat32Ulps the largest float32 ULP distance
     * @param valueAtMaxUlps the value at which it occurs
     * @param finalLossOwn the loss at the last epoch with the hand-written sigmoid
     * @param finalLossBuiltin with {@code torch.sigmoid}
     */
    public record Difference(double maxAbsDifference, double maxLossDifference, long maxFloat32Ulps,
            double valueAtMaxUlps, double finalLossOwn, double finalLossBuiltin) {}

    /**
     * One precision's measurements.
     *
     * @param own three-way with the hand-written sigmoid
     * @param builtin three-way with {@code torch.sigmoid}
     * @param withinTolerance whether every pair of values agrees within the precision's tolerance
     * @param difference how far the two are apart
     * @param ulpsPerEpoch the largest ULP distance of each epoch
     */
    public record InPrecision(Precision precision, ThreeWay own, ThreeWay builtin, boolean withinTolerance,
            Difference difference, double[] ulpsPerEpoch) {}

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Setup setup(Precision dtype) {
        List<Run> runs = new ArrayList<>();
        for (Precision precision : PRECISIONS) {
            runs.add(own(precision));
            runs.add(builtin(precision));
        }
        return new Setup("The lecture network, " + EPOCHS + " epochs at step 1, once with the sigmoid written as DJL ops "
                + "(1 / (1 + exp(−z)), as the homework) and once with the engine's built-in sigmoid, in float32 and "
                + "float64; every run also three ways against the hand chain rule and finite differences.", runs);
    }

    private static Run own(Precision precision) {
        return Run.of("sigmoid " + precision.id(), Networks.lecture().withEpochs(EPOCHS), precision);
    }

    private static Run builtin(Precision precision) {
        return Run.of("builtin-sigmoid " + precision.id(),
                Networks.lecture().withEpochs(EPOCHS).withActivation(Activation.BUILTIN_SIGMOID), precision);
    }

    @Override
    public Dtypes<InPrecision> measure(Lab lab) {
        return Dtypes.of(precision -> {
            ComparisonResult own = lab.compare(own(precision));
            ComparisonResult builtin = lab.compare(builtin(precision));
            AutogradDifference d = AutogradDifference.of(own, builtin);
            return new InPrecision(precision, ThreeWay.of("hand-written sigmoid, " + precision.id(), own),
                    ThreeWay.of("torch.sigmoid, " + precision.id(), builtin), d.withinTolerance(),
                    new Difference(d.maxAbs(), d.maxLoss(), d.maxUlps(), d.valueAtMaxUlps(),
                            own.lossAutograd()[EPOCHS - 1], builtin.lossAutograd()[EPOCHS - 1]), d.ulpsPerEpoch());
        });
    }

    @Override
    public Section report(Dtypes<InPrecision> m, Precision dtype) {
        List<Finding> findings = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        StringBuilder conclusion = new StringBuilder();
        for (InPrecision p : m.both()) {
            String id = p.precision().id();
            Difference d = p.difference();
            findings.add(p.own().finding("three-way-sigmoid-" + id));
            findings.add(p.builtin().finding("three-way-builtin-" + id));
            findings.add(Finding.of("builtin-equals-own-" + id,
                    "in " + id + " torch.sigmoid and the hand-written 1/(1+e^-z) give the same loss, gradients and "
                            + "weights at every epoch, up to rounding (within the " + id + " tolerance)",
                    p.withinTolerance(), d));
            rows.add(List.of(id, Text.number(d.finalLossOwn()), Text.number(d.finalLossBuiltin()),
                    Text.number(d.maxLossDifference()), Text.number(d.maxAbsDifference()), Long.toString(d.maxFloat32Ulps()),
                    d.maxFloat32Ulps() == 0 ? "" : Text.number(d.valueAtMaxUlps())));
            series.add(Series.overEpochs(id, p.ulpsPerEpoch()));
            conclusion.append(id).append(": largest difference ").append(Text.number(d.maxAbsDifference())).append(" (")
                    .append(d.maxFloat32Ulps()).append(" float32 ULPs");
            if (d.maxFloat32Ulps() > 0) {
                conclusion.append(", at a value of ").append(Text.number(d.valueAtMaxUlps()))
                        .append(" where one float32 ULP is ").append(Text.number(Math.ulp((float) d.valueAtMaxUlps())));
            }
            conclusion.append(p.precision() == Precision.FLOAT32 ? "); " : "). ");
        }
        conclusion.insert(0, "torch.sigmoid and the hand-written 1/(1+e^-z) train the same network: over " + EPOCHS
                + " epochs, ");
        boolean rounding = m.float32().withinTolerance() && m.float64().withinTolerance();
        conclusion.append(rounding
                ? "The differences are rounding of a differently computed kernel, not a different function; the homework's "
                        + "\"no obvious difference\" is confirmed, and the hand derivative σ(1−σ) serves both."
                : "The two differ by more than rounding (see the findings).");
        return new Section(
                List.of(new Table("Autograd with the hand-written sigmoid against torch.sigmoid, " + EPOCHS + " epochs",
                        List.of("dtype", "loss at epoch " + EPOCHS + " (own)", "loss at epoch " + EPOCHS + " (torch.sigmoid)",
                                "max |Δ loss|", "max |Δ| (loss, dL/dw, w)", "max float32 ULPs", "at value"), rows)),
                List.of(Plot.lines("builtin-sigmoid-ulps", "torch.sigmoid vs 1/(1+e^-z): largest difference per epoch",
                        "epoch", "float32 ULPs (loss, gradients, weights)", false, series)),
                findings, conclusion.toString());
    }
}
