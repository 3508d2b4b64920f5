package bpdiff.experiment;

import bpdiff.gradient.HandDerivation;
import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Mode;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
public final class BuiltinMseExperiment implements Experiment {

    static final int EPOCHS = 20;
    static final List<LossFunction> VARIANTS =
            List.of(LossFunction.MSE_MEAN, LossFunction.MSE_SUM, LossFunction.MSE_PER_OUTPUT, LossFunction.DJL_L2);

    @Override
    public String id() {
        return "builtin-mse";
    }

    @Override
    public String description() {
        return "hand ½Σ(o−y)² vs MSELoss (mean, sum, per output) and DJL L2Loss: the factor and exact gradient scaling";
    }

    @Override
    public Question question() {
        return new Question(7, "损失函数MSE用PyTorch自带函数 t.nn.MSELoss()替代,观察、总结并陈述",
                "Replace the MSE loss by PyTorch's built-in t.nn.MSELoss(); observe, summarise and state.");
    }

    @Override
    public ExperimentResult run(Lab lab) {
        NetworkSpec halfSse = Networks.lecture().withEpochs(EPOCHS);
        int samples = halfSse.samples().size();
        int outputs = halfSse.layerSizes()[halfSse.layerCount()];
        ComparisonResult reference = lab.compare("half-sse " + lab.precision().id(), halfSse, lab.precision(),
                Mode.INDEPENDENT, HandDerivation.GENERAL);
        double[] autogradHalf = Measures.autogradGradient(reference, 1);
        double[] handHalf = Measures.handGradient(reference, 1);
        double lossHalf = reference.steps().get(0).lossAutograd();

        List<Finding> findings = new ArrayList<>();
        findings.add(Agreement.of("three-way-half-sse", "half-sse", reference));
        List<List<String>> rows = new ArrayList<>();
        List<Series> curves = new ArrayList<>(List.of(Series.overEpochs("half-sse", reference.lossAutograd())));
        StringBuilder factors = new StringBuilder();
        for (LossFunction loss : VARIANTS) {
            NetworkSpec spec = halfSse.withLoss(loss);
            double factor = loss.scale(samples, outputs) / LossFunction.HALF_SSE.scale(samples, outputs);
            ComparisonResult result = lab.compare(loss.id() + " " + lab.precision().id(), spec, lab.precision(),
                    Mode.INDEPENDENT, HandDerivation.GENERAL);
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
            findings.add(Agreement.of("three-way-" + loss.id(), loss.id(), result));
            findings.add(Finding.of("factor-" + loss.id(),
                    loss.id() + " is " + Text.number(factor) + " × ½Σ(o−y)², and every gradient is " + Text.number(factor)
                            + " × the ½Σ gradient" + (exactPowerOfTwo(factor) ? " exactly (a power of two scales without rounding)"
                            : " up to rounding"),
                    result.tolerance().agrees(ratio, factor) && exact && result.tolerance().agrees(againstHand, 0)
                            && result.tolerance().agrees(trajectory, 0),
                    "factor", factor, "lossRatio", ratio, "maxAutogradScalingError", autogradScaling,
                    "maxHandScalingError", handScaling, "maxAutogradVsFactorTimesHand", againstHand,
                    "maxCurveVsHalfSseAtScaledStep", trajectory));
            rows.add(List.of(loss.id(), Text.number(factor), Text.number(ratio), Text.number(autogradScaling),
                    Text.number(handScaling), Text.number(trajectory), result.summary().verdict().id(),
                    Text.number(result.lossAutograd()[EPOCHS - 1])));
            curves.add(Series.overEpochs(loss.id(), result.lossAutograd()));
            factors.append(factors.length() == 0 ? "" : ", ").append(loss.id()).append(" ").append(Text.number(factor));
        }
        String conclusion = "Against the hand ½Σ(o−y)² the factors are " + factors + " (two outputs, one sample), and every "
                + "gradient scales by exactly that factor (largest deviation " + Text.number(maxOf(findings,
                "maxAutogradScalingError")) + " in autograd, " + Text.number(maxOf(findings, "maxHandScalingError"))
                + " by hand). So MSELoss() (mean) trains exactly like the homework's loss, while mse-sum or one MSELoss per "
                + "output doubles the step and L2Loss halves it: the homework's \"missing ½\" is this factor.";
        return new ExperimentResult(id(), "Built-in MSE losses against the hand ½Σ(o−y)²", question(),
                "The lecture network, " + EPOCHS + " epochs at step 1, autograd in " + lab.precision().id()
                        + ", hand side the general chain rule for every loss (so that ½Σ and its variants round alike); "
                        + "factors and gradient scaling measured at the lecture weights (epoch 1); each loss also three ways; "
                        + "each run's loss ÷ f compared with ½Σ trained by hand at step f.",
                List.of(new Table("Each loss against ½Σ(o−y)² at the lecture weights",
                        List.of("loss", "factor f", "L / L½Σ", "max |g − f·g½Σ| autograd", "max |g − f·g½Σ| hand",
                                "max |L/f − L½Σ(step f)|", "three-way", "loss at epoch " + EPOCHS), rows)),
                List.of(Plot.lines("builtin-mse-loss", "Loss curves: the MSE variants (step 1)", "epoch", "loss", true, curves)),
                findings, conclusion, Map.of());
    }

    private static boolean exactPowerOfTwo(double factor) {
        return factor > 0 && factor == Math.scalb(1.0, Math.getExponent(factor));
    }

    private static double maxOf(List<Finding> findings, String name) {
        return findings.stream().map(f -> f.measured().get(name)).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
