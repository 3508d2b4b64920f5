package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.StepDiff;
import bpdiff.gradient.Precision;
import bpdiff.network.Initialization;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Question 10, the other extreme: all weights 0, which never breaks the symmetry of the two hidden units.
 *
 * <p>With \( w = 0 \), \( out_{h1} = out_{h2} = \sigma(0) \), so \( \partial L / \partial w_5 = \delta_{o1} out_{h1}
 * = \partial L / \partial w_7 \), likewise \( w_6, w_8 \), and with \( w_5 = w_7, w_6 = w_8 \) also
 * \( \partial L / \partial out_{h1} = \partial L / \partial out_{h2} \), so \( w_1, w_2 \) and \( w_3, w_4 \)
 * receive equal gradients. By induction \( w_1 = w_2, w_3 = w_4, w_5 = w_7, w_6 = w_8 \) at every epoch; the
 * experiment checks it exactly ({@code ==}, no tolerance) for autograd and the hand chain rule, in float32 and
 * float64, after every one of {@value #EPOCHS} epochs.
 */
public final class ZeroInitExperiment implements Experiment {

    static final int EPOCHS = 100;
    /** The pairs that stay equal: {@code {w1, w2}, {w3, w4}, {w5, w7}, {w6, w8}} as vector positions. */
    private static final String[][] PAIRS = {{"w1", "w2"}, {"w3", "w4"}, {"w5", "w7"}, {"w6", "w8"}};

    @Override
    public String id() {
        return "zero-init";
    }

    @Override
    public String description() {
        return "all-zero initial weights: the two hidden units stay identical (w1=w2, w3=w4, w5=w7, w6=w8) for ever";
    }

    @Override
    public Question question() {
        return RandomInitExperiment.QUESTION;
    }

    @Override
    public ExperimentResult run(Lab lab) {
        NetworkSpec spec = Initialization.ZERO.apply(Networks.lecture().withEpochs(EPOCHS), 0);
        List<Finding> findings = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Series> weights = new ArrayList<>();
        boolean neverBroke = true;
        for (Precision precision : List.of(Precision.FLOAT32, Precision.FLOAT64)) {
            ComparisonResult result = lab.compare("zero init " + precision.id(), spec, precision);
            findings.add(Agreement.of("three-way-" + precision.id(), "zero init, " + precision.id(), result));
            int brokeAutograd = firstBroken(spec, result, true);
            int brokeHand = firstBroken(spec, result, false);
            boolean symmetric = brokeAutograd == 0 && brokeHand == 0 && result.steps().size() == EPOCHS;
            neverBroke &= symmetric;
            double[] end = result.finalAutograd();
            findings.add(Finding.of("symmetry-never-broke-" + precision.id(),
                    "in " + precision.id() + ", w1 = w2, w3 = w4, w5 = w7, w6 = w8 exactly after every one of " + EPOCHS
                            + " epochs, in autograd and by hand",
                    symmetric, "brokenAtEpochAutograd", brokeAutograd, "brokenAtEpochHand", brokeHand,
                    "w1", end[0], "w2", end[1], "w3", end[2], "w4", end[3], "w5", end[4], "w6", end[5], "w7", end[6],
                    "w8", end[7], "finalLoss", result.lossAutograd()[EPOCHS - 1]));
            for (String[] pair : PAIRS) {
                int a = spec.parameterIndex(pair[0]);
                int b = spec.parameterIndex(pair[1]);
                rows.add(List.of(precision.id(), pair[0] + " / " + pair[1], Text.number(result.finalAutograd()[a]),
                        Text.number(result.finalAutograd()[b]), Text.number(result.finalManual()[a]),
                        Text.number(result.finalManual()[b]), brokeAutograd == 0 && brokeHand == 0 ? "yes" : "no"));
            }
            if (precision == lab.precision()) {
                for (int p = 0; p < spec.parameterCount(); p++) {
                    weights.add(Series.overEpochs(spec.parameters().get(p).name(), updated(result, p)));
                }
            }
        }
        String conclusion = neverBroke
                ? "From all-zero weights the symmetry never broke: after " + EPOCHS + " epochs, in float32 and float64, "
                        + "autograd and the hand chain rule both hold w1 = w2 = " + Text.number(number(findings, "w1"))
                        + ", w3 = w4 = " + Text.number(number(findings, "w3")) + ", w5 = w7 = "
                        + Text.number(number(findings, "w5")) + ", w6 = w8 = " + Text.number(number(findings, "w6"))
                        + " (float64), bit for bit. The two hidden units compute the same thing for ever, so the network "
                        + "learns like one with a single hidden unit; random starts exist to break this symmetry."
                : "From all-zero weights the symmetry broke (see the findings): a pair of weights that the chain rule "
                        + "keeps equal came apart, so some source does not compute the chain rule.";
        return new ExperimentResult(id(), "All-zero initial weights", question(),
                "The lecture network with w1..w8 = 0, step 1, " + EPOCHS + " epochs, float32 and float64, three ways; "
                        + "the four pairs compared with == after every epoch.",
                List.of(new Table("Weight pairs after " + EPOCHS + " epochs (zero start)",
                        List.of("dtype", "pair", "autograd", "autograd", "hand", "hand", "equal at every epoch"), rows)),
                List.of(Plot.lines("zero-init-weights", "Zero start: weights per epoch (pairs coincide)", "epoch", "weight",
                        false, weights)),
                findings, conclusion, Map.of());
    }

    /** The first epoch after which some pair differs on one side, or 0 if none ever does. */
    private static int firstBroken(NetworkSpec spec, ComparisonResult result, boolean autograd) {
        for (StepDiff step : result.steps()) {
            List<ParameterDiff> p = step.parameters();
            for (String[] pair : PAIRS) {
                ParameterDiff a = p.get(spec.parameterIndex(pair[0]));
                ParameterDiff b = p.get(spec.parameterIndex(pair[1]));
                boolean equal = autograd ? a.updatedAutograd() == b.updatedAutograd() && a.gradientAutograd() == b.gradientAutograd()
                        : a.updatedManual() == b.updatedManual() && a.gradientManual() == b.gradientManual();
                if (!equal) {
                    return step.epoch();
                }
            }
        }
        return 0;
    }

    private static double[] updated(ComparisonResult result, int parameter) {
        return result.steps().stream().mapToDouble(s -> s.parameters().get(parameter).updatedAutograd()).toArray();
    }

    private static double number(List<Finding> findings, String name) {
        return findings.stream().filter(f -> f.id().equals("symmetry-never-broke-float64")).findFirst()
                .map(f -> f.measured().get(name)).orElse(Double.NaN);
    }
}
