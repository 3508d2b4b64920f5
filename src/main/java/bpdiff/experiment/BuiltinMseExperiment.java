package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;

/**
 * Question 7: the hand ½Σ(o−y)² against PyTorch's {@code MSELoss} and DJL's {@code L2Loss}.
 *
 * <p>Each variant is a constant times the hand loss; with \( N = 1 \) sample and \( K = 2 \) outputs the
 * factor \( f = \mathrm{scale}_{variant} / \tfrac12 \) is 1 for {@code mse-mean} (\( \tfrac1{NK} \sum \)),
 * 2 for {@code mse-sum} and {@code mse-per-output}, ½ for {@code djl-l2}. Every gradient then scales by the
 * same \( f \), which is measured as \( \max_p |g^{variant}_p - f \, g^{half\text{-}sse}_p| \) at the lecture
 * weights, for autograd and for the hand chain rule. Training with a variant at step \( \eta \) is training
 * ½Σ at step \( f\eta \), which the loss curves show.
 */
public final class BuiltinMseExperiment implements Experiment<BuiltinMseExperiment.Measured> {

    static final int EPOCHS = 20;
    static final List<LossFunction> VARIANTS =
            List.of(LossFunction.MSE_MEAN, LossFunction.MSE_SUM, LossFunction.MSE_PER_OUTPUT, LossFunction.DJL_L2);

    private static final About ABOUT = About.of("builtin-mse", "Built-in MSE losses against the hand ½Σ(o−y)²",
            "hand ½Σ(o−y)² vs MSELoss (mean, sum, per output) and DJL L2Loss: the factor and exact gradient scaling",
            new Question(7, "损失函数MSE用PyTorch自带函数 t.nn.MSELoss()替代,观察、总结并陈述",
                    "Replace the MSE loss by PyTorch's built-in t.nn.MSELoss(); observe, summarise and state."));

    /**
     * How one loss relates to ½Σ(o−y)².
     *
     * @param factor \( f = \mathrm{scale}_{variant} / \tfrac12 \)
     * @param lossRatio the measured \( L / L_{½Σ} \) at the lecture weights
     * @param maxAutogradScalingError \( \max_p |g_p - f\, g^{½Σ}_p| \) in autograd
     * @param maxHandScalingError the same by hand
     * @param maxAutogradVsFactorTimesHand \( \max_p |g^{autograd}_p - f\, g^{½Σ, hand}_p| \)
     * @param maxCurveVsHalfSseAtScaledStep \( \max_t |L_t / f - L^{½Σ}_t(\text{step } f)| \)
     */
    public record Factor(double factor, double lossRatio, double maxAutogradScalingError, double maxHandScalingError,
            double maxAutogradVsFactorTimesHand, double maxCurveVsHalfSseAtScaledStep) {}

    /**
     * One loss's measurements.
     *
     * @param threeWay hand, autograd and finite differences
     * @param factor how it relates to ½Σ(o−y)²
     * @param holds whether the factor finding holds
     * @param verdict the comparison's verdict
     * @param lossAutograd autograd's loss at every epoch
     */
    public record Variant(LossFunction loss, ThreeWay threeWay, Factor factor, boolean holds, String verdict,
            double[] lossAutograd) {}

    /**
     * What the comparison of the MSE losses measured.
     *
     * @param halfSse the reference, three ways
     * @param halfSseLoss autograd's ½Σ loss at every epoch
     * @param variants each built-in loss
     */
    public record Measured(ThreeWay halfSse, double[] halfSseLoss, List<Variant> variants) {

        /** One variant. */
        public Variant variant(LossFunction loss) {
            return variants.stream().filter(v -> v.loss() == loss).findFirst().orElseThrow();
        }
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Setup setup(Precision dtype) {
        List<Run> runs = new ArrayList<>(List.of(run(LossFunction.HALF_SSE, dtype)));
        VARIANTS.forEach(loss -> runs.add(run(loss, dtype)));
        return new Setup("The lecture network, " + EPOCHS + " epochs at step 1, autograd in " + dtype.id()
                + ", hand side the general chain rule for every loss (so that ½Σ and its variants round alike); "
                + "factors and gradient scaling measured at the lecture weights (epoch 1); each loss also three ways; "
                + "each run's loss ÷ f compared with ½Σ trained by hand at step f.", runs);
    }

    private static Run run(LossFunction loss, Precision dtype) {
        return Run.of(loss.id() + " " + dtype.id(), Networks.lecture().withEpochs(EPOCHS).withLoss(loss), dtype,
                HandDerivation.GENERAL);
    }

    @Override
    public Measured measure(Lab lab) {
        NetworkSpec halfSse = Networks.lecture().withEpochs(EPOCHS);
        int samples = halfSse.samples().size();
        int outputs = halfSse.layerSizes()[halfSse.layerCount()];
        ComparisonResult reference = lab.compare(run(LossFunction.HALF_SSE, lab.precision()));
        double[] autogradHalf = Measures.autogradGradient(reference, 1);
        double[] handHalf = Measures.handGradient(reference, 1);
        double lossHalf = reference.steps().get(0).lossAutograd();
        List<Variant> variants = new ArrayList<>();
        for (LossFunction loss : VARIANTS) {
            double factor = loss.scale(samples, outputs) / LossFunction.HALF_SSE.scale(samples, outputs);
            ComparisonResult result = lab.compare(run(loss, lab.precision()));
            double ratio = result.steps().get(0).lossAutograd() / lossHalf;
            double autogradScaling = Measures.maxScaledDifference(Measures.autogradGradient(result, 1), factor, autogradHalf);
            double handScaling = Measures.maxScaledDifference(Measures.handGradient(result, 1), factor, handHalf);
            double againstHand = Measures.maxScaledDifference(Measures.autogradGradient(result, 1), factor, handHalf);
            double[] equivalent = lab.handLosses(halfSse.withLearningRate(factor * halfSse.learningRate()));
            double trajectory = 0;
            for (int t = 0; t < EPOCHS; t++) {
                trajectory = Math.max(trajectory, Math.abs(result.lossAutograd()[t] / factor - equivalent[t]));
            }
            boolean exact = exactPowerOfTwo(factor) ? autogradScaling == 0 && handScaling == 0
                    : result.tolerance().agrees(autogradScaling, 0) && result.tolerance().agrees(handScaling, 0);
            boolean holds = result.tolerance().agrees(ratio, factor) && exact && result.tolerance().agrees(againstHand, 0)
                    && result.tolerance().agrees(trajectory, 0);
            variants.add(new Variant(loss, ThreeWay.of(loss.id(), result),
                    new Factor(factor, ratio, autogradScaling, handScaling, againstHand, trajectory), holds,
                    result.summary().verdict().id(), result.lossAutograd()));
        }
        return new Measured(ThreeWay.of("half-sse", reference), reference.lossAutograd(), variants);
    }

    @Override
    public Section report(Measured m, Precision dtype) {
        List<Finding> findings = new ArrayList<>();
        findings.add(m.halfSse().finding("three-way-half-sse"));
        List<List<String>> rows = new ArrayList<>();
        List<Series> curves = new ArrayList<>(List.of(Series.overEpochs("half-sse", m.halfSseLoss())));
        StringBuilder factors = new StringBuilder();
        double maxAutogradScaling = Double.NEGATIVE_INFINITY;
        double maxHandScaling = Double.NEGATIVE_INFINITY;
        for (Variant v : m.variants()) {
            Factor f = v.factor();
            double factor = f.factor();
            findings.add(v.threeWay().finding("three-way-" + v.loss().id()));
            findings.add(Finding.of("factor-" + v.loss().id(),
                    v.loss().id() + " is " + Text.number(factor) + " × ½Σ(o−y)², and every gradient is " + Text.number(factor)
                            + " × the ½Σ gradient" + (exactPowerOfTwo(factor) ? " exactly (a power of two scales without rounding)"
                            : " up to rounding"),
                    v.holds(), f));
            rows.add(List.of(v.loss().id(), Text.number(factor), Text.number(f.lossRatio()),
                    Text.number(f.maxAutogradScalingError()), Text.number(f.maxHandScalingError()),
                    Text.number(f.maxCurveVsHalfSseAtScaledStep()), v.verdict(),
                    Text.number(v.lossAutograd()[EPOCHS - 1])));
            curves.add(Series.overEpochs(v.loss().id(), v.lossAutograd()));
            factors.append(factors.length() == 0 ? "" : ", ").append(v.loss().id()).append(" ").append(Text.number(factor));
            maxAutogradScaling = Math.max(maxAutogradScaling, f.maxAutogradScalingError());
            maxHandScaling = Math.max(maxHandScaling, f.maxHandScalingError());
        }
        String conclusion = "Against the hand ½Σ(o−y)² the factors are " + factors + " (two outputs, one sample), and every "
                + "gradient scales by exactly that factor (largest deviation " + Text.number(maxAutogradScaling)
                + " in autograd, " + Text.number(maxHandScaling)
                + " by hand). So MSELoss() (mean) trains exactly like the homework's loss, while mse-sum or one MSELoss per "
                + "output doubles the step and L2Loss halves it: the homework's \"missing ½\" is this factor.";
        return new Section(
                List.of(new Table("Each loss against ½Σ(o−y)² at the lecture weights",
                        List.of("loss", "factor f", "L / L½Σ", "max |g − f·g½Σ| autograd", "max |g − f·g½Σ| hand",
                                "max |L/f − L½Σ(step f)|", "three-way", "loss at epoch " + EPOCHS), rows)),
                List.of(Plot.lines("builtin-mse-loss", "Loss curves: the MSE variants (step 1)", "epoch", "loss", true, curves)),
                findings, conclusion);
    }

    private static boolean exactPowerOfTwo(double factor) {
        return factor > 0 && factor == Math.scalb(1.0, Math.getExponent(factor));
    }
}
