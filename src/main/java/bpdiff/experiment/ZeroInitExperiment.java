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
public final class ZeroInitExperiment implements Experiment<Dtypes<ZeroInitExperiment.InPrecision>> {

    static final int EPOCHS = 100;
    /** The pairs that stay equal: {@code {w1, w2}, {w3, w4}, {w5, w7}, {w6, w8}} as vector positions. */
    private static final String[][] PAIRS = {{"w1", "w2"}, {"w3", "w4"}, {"w5", "w7"}, {"w6", "w8"}};
    private static final List<Precision> PRECISIONS = List.of(Precision.FLOAT32, Precision.FLOAT64);

    private static final About ABOUT = About.of("zero-init", "All-zero initial weights",
            "all-zero initial weights: the two hidden units stay identical (w1=w2, w3=w4, w5=w7, w6=w8) for ever",
            RandomInitExperiment.QUESTION);

    /**
     * The symmetry after training, in one precision.
     *
     * @param brokenAtEpochAutograd the first epoch after which a pair differs in autograd, or 0
     * @param brokenAtEpochHand the same by hand
     * @param w1 autograd's final w1
     * @param finalLoss autograd's loss at the last epoch
     */
    public record Symmetry(int brokenAtEpochAutograd, int brokenAtEpochHand, double w1, double w2, double w3, double w4,
            double w5, double w6, double w7, double w8, double finalLoss) {}

    /**
     * One precision's measurements.
     *
     * @param result the comparison
     * @param threeWay hand, autograd and finite differences
     * @param symmetric whether no pair ever parted on either side, at every one of {@value #EPOCHS} epochs
     * @param symmetry the numbers
     */
    public record InPrecision(Precision precision, ComparisonResult result, ThreeWay threeWay, boolean symmetric,
            Symmetry symmetry) {}

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Setup setup(Precision dtype) {
        return new Setup("The lecture network with w1..w8 = 0, step 1, " + EPOCHS + " epochs, float32 and float64, three ways; "
                + "the four pairs compared with == after every epoch.", PRECISIONS.stream().map(ZeroInitExperiment::run).toList());
    }

    private static Run run(Precision precision) {
        return Run.of("zero init " + precision.id(), Initialization.ZERO.apply(Networks.lecture().withEpochs(EPOCHS), 0),
                precision);
    }

    @Override
    public Dtypes<InPrecision> measure(Lab lab) {
        return Dtypes.of(precision -> {
            Run run = run(precision);
            ComparisonResult result = lab.compare(run);
            int brokeAutograd = firstBroken(run.spec(), result, true);
            int brokeHand = firstBroken(run.spec(), result, false);
            boolean symmetric = brokeAutograd == 0 && brokeHand == 0 && result.steps().size() == EPOCHS;
            double[] end = result.finalAutograd();
            return new InPrecision(precision, result, ThreeWay.of("zero init, " + precision.id(), result), symmetric,
                    new Symmetry(brokeAutograd, brokeHand, end[0], end[1], end[2], end[3], end[4], end[5], end[6], end[7],
                            result.lossAutograd()[EPOCHS - 1]));
        });
    }

    @Override
    public Section report(Dtypes<InPrecision> m, Precision dtype) {
        NetworkSpec spec = run(dtype).spec();
        List<Finding> findings = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Series> weights = new ArrayList<>();
        boolean neverBroke = true;
        for (InPrecision p : m.both()) {
            ComparisonResult result = p.result();
            Symmetry s = p.symmetry();
            neverBroke &= p.symmetric();
            findings.add(p.threeWay().finding("three-way-" + p.precision().id()));
            findings.add(Finding.of("symmetry-never-broke-" + p.precision().id(),
                    "in " + p.precision().id() + ", w1 = w2, w3 = w4, w5 = w7, w6 = w8 exactly after every one of " + EPOCHS
                            + " epochs, in autograd and by hand",
                    p.symmetric(), s));
            for (String[] pair : PAIRS) {
                int a = spec.parameterIndex(pair[0]);
                int b = spec.parameterIndex(pair[1]);
                rows.add(List.of(p.precision().id(), pair[0] + " / " + pair[1], Text.number(result.finalAutograd()[a]),
                        Text.number(result.finalAutograd()[b]), Text.number(result.finalManual()[a]),
                        Text.number(result.finalManual()[b]),
                        s.brokenAtEpochAutograd() == 0 && s.brokenAtEpochHand() == 0 ? "yes" : "no"));
            }
            if (p.precision() == dtype) {
                for (int q = 0; q < spec.parameterCount(); q++) {
                    weights.add(Series.overEpochs(spec.parameters().get(q).name(), updated(result, q)));
                }
            }
        }
        Symmetry f64 = m.float64().symmetry();
        String conclusion = neverBroke
                ? "From all-zero weights the symmetry never broke: after " + EPOCHS + " epochs, in float32 and float64, "
                        + "autograd and the hand chain rule both hold w1 = w2 = " + Text.number(f64.w1())
                        + ", w3 = w4 = " + Text.number(f64.w3()) + ", w5 = w7 = "
                        + Text.number(f64.w5()) + ", w6 = w8 = " + Text.number(f64.w6())
                        + " (float64), bit for bit. The two hidden units compute the same thing for ever, so the network "
                        + "learns like one with a single hidden unit; random starts exist to break this symmetry."
                : "From all-zero weights the symmetry broke (see the findings): a pair of weights that the chain rule "
                        + "keeps equal came apart, so some source does not compute the chain rule.";
        return new Section(
                List.of(new Table("Weight pairs after " + EPOCHS + " epochs (zero start)",
                        List.of("dtype", "pair", "autograd", "autograd", "hand", "hand", "equal at every epoch"), rows)),
                List.of(Plot.lines("zero-init-weights", "Zero start: weights per epoch (pairs coincide)", "epoch", "weight",
                        false, weights)),
                findings, conclusion);
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
}
