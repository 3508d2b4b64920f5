package bpdiff.check.diff;

import bpdiff.BadInputException;
import bpdiff.check.program.CheckOptions;
import bpdiff.check.program.GraphNode;
import bpdiff.check.program.ProgramCheck;
import bpdiff.check.program.ProgramReport;
import bpdiff.check.program.StartingWeights;
import bpdiff.diff.Tolerance;
import bpdiff.program.notebook.NotebookProgram;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bpdiff diff}: each program checked on its own ({@link ProgramCheck}: its loss differentiated by autograd
 * at its own weights at every epoch of its own loop), then the two compared epoch by epoch: the losses first (equal,
 * or by how much, and whether by a constant factor that explains the gradients' difference), the values both
 * forward passes name, then each parameter both have (by name, or paired by {@code --map}): the gradient each
 * subtracts and the weights each update makes, where they first differ and by how much, and which program's
 * gradient is autograd's of its own loss.
 *
 * <p>Two values are the same within {@link Tolerance#FLOAT64}, or {@link Tolerance#FLOAT32} when either program
 * computes in float32 (a {@code torch.Tensor}).
 */
public final class ProgramDiff {

    private ProgramDiff() {}

    /**
     * @param textA program A
     * @param sourceA its file name
     * @param textB program B
     * @param sourceB its file name
     * @param options how to check each program
     * @param map the pairs of parameters whose names differ
     * @return the comparison
     * @throws bpdiff.program.BadProgramException if a program cannot be checked
     * @throws BadInputException if the programs have no parameter in common (by name or starting weights) and none is
     *     mapped
     */
    public static DiffReport diff(String textA, String sourceA, String textB, String sourceB, CheckOptions options,
            ParameterMap map) {
        ProgramReport a = check(textA, sourceA, options);
        ProgramReport b = check(textB, sourceB, options);
        List<ParameterMap.Pair> pairs = new ArrayList<>(map.pairs(a.parameters(), b.parameters()));
        pairs.addAll(byStartingWeights(a, b, pairs));
        List<String> onlyA = new ArrayList<>(a.parameters());
        List<String> onlyB = new ArrayList<>(b.parameters());
        List<ParameterSeries[]> series = new ArrayList<>();
        for (ParameterMap.Pair p : pairs) {
            onlyA.remove(p.a().parameter());
            onlyB.remove(p.b().parameter());
            ParameterSeries sa = ParameterSeries.of(a, p.a());
            ParameterSeries sb = ParameterSeries.of(b, p.b());
            if (sa == null || sb == null) {
                (sa == null ? onlyA : onlyB).add((sa == null ? p.a() : p.b()).name() + " (its gradient is never "
                        + "computed)");
                continue;
            }
            series.add(new ParameterSeries[] {sa, sb});
        }
        if (series.isEmpty()) {
            throw new BadInputException("no parameter of " + sourceA + " (" + String.join(", ", a.parameters())
                    + ") is one of " + sourceB + "'s (" + String.join(", ", b.parameters()) + ") by its name or the "
                    + "weights it starts at: pair them with --map A's name=B's name,…", "--map");
        }
        boolean float32 = series.stream().anyMatch(s -> float32(s[0]) || float32(s[1]));
        Tolerance tolerance = float32 ? Tolerance.FLOAT32 : Tolerance.FLOAT64;
        int epochs = Math.min(a.epochs(), b.epochs());
        List<ComparedParameter> parameters = new ArrayList<>();
        for (ParameterSeries[] s : series) {
            parameters.add(compare(s[0], s[1], epochs, tolerance));
        }
        LossComparison loss = losses(a.losses(), b.losses(), epochs, parameters, tolerance);
        return new DiffReport(sourceA, sourceB, a.dtype(), a.engine(), a.loss(), b.loss(), a.epochs(), b.epochs(),
                a.losses(), b.losses(), loss, forward(a, b, tolerance), parameters, onlyA, onlyB, float32, a, b);
    }

    /** A program checked as {@code bpdiff check} checks it: a Jupyter notebook by its code cells, in order. */
    private static ProgramReport check(String text, String source, CheckOptions options) {
        return NotebookProgram.isNotebook(source) ? ProgramCheck.check(NotebookProgram.read(text, source), options)
                : ProgramCheck.check(text, source, options);
    }

    /**
     * The parameters neither {@code --map} nor their names pair, paired by the weights they start at
     * ({@link StartingWeights}): {@code w1} of A with {@code w[0]} of B, or with {@code W1[0, 0]}, or A's {@code W1}
     * element by element with B's {@code w1, w3, w2, w4}, or A's {@code W1} with B's {@code fc1.weight} transposed.
     */
    private static List<ParameterMap.Pair> byStartingWeights(ProgramReport a, ProgramReport b,
            List<ParameterMap.Pair> paired) {
        List<String> left = a.parameters().stream().filter(p -> paired.stream().noneMatch(q -> q.a().parameter()
                .equals(p))).toList();
        List<String> taken = paired.stream().map(q -> q.b().parameter()).toList();
        Map<String, double[]> starts = StartingWeights.of(a);
        starts.keySet().retainAll(left);
        List<ParameterMap.Pair> pairs = new ArrayList<>();
        StartingWeights.match(a.parameters(), starts, b, true).forEach((p, m) -> {
            if (m.parts().isEmpty() && taken.contains(m.parameter())) {
                return;
            }
            if (m.parts().isEmpty()) {
                int[] index = m.element() < 0 ? null
                        : StartingWeights.position(b.gradientClaim(m.parameter()).derivative().shape(), m.element());
                pairs.add(new ParameterMap.Pair(new ParameterMap.Name(p, p, null),
                        new ParameterMap.Name(m.label(), m.parameter(), index, m.transposed())));
                return;
            }
            int[] shape = a.gradientClaim(p).derivative().shape();
            for (int k = 0; k < m.parts().size(); k++) {
                int[] index = StartingWeights.position(shape, k);
                String name = p + java.util.Arrays.toString(index).replace(" ", "").replace(",", ", ");
                pairs.add(new ParameterMap.Pair(new ParameterMap.Name(name, p, index),
                        new ParameterMap.Name(m.parts().get(k), m.parts().get(k), null)));
            }
        });
        return pairs;
    }

    private static boolean float32(ParameterSeries s) {
        return s.epochs().stream().anyMatch(ParameterSeries.Values::float32);
    }

    private static ComparedParameter compare(ParameterSeries a, ParameterSeries b, int epochs, Tolerance tolerance) {
        List<EpochPair> pairs = new ArrayList<>();
        int first = -1;
        String what = null;
        double largest = 0;
        int wrongA = -1;
        int wrongB = -1;
        for (int k = 0; k < Math.min(epochs, Math.min(a.epochs().size(), b.epochs().size())); k++) {
            ParameterSeries.Values x = a.epochs().get(k);
            ParameterSeries.Values y = b.epochs().get(k);
            double gradient = difference(x.gradient(), y.gradient(), tolerance);
            double updated = difference(x.updated(), y.updated(), tolerance);
            boolean differs = gradient > 0 || updated > 0;
            if (differs && first < 0) {
                first = k + 1;
                what = gradient > 0 ? "gradient" : "updated weights";
                largest = gradient > 0 ? gradient : updated;
            }
            if (!x.right() && wrongA < 0) {
                wrongA = k + 1;
            }
            if (!y.right() && wrongB < 0) {
                wrongB = k + 1;
            }
            pairs.add(new EpochPair(k + 1, x.gradient(), y.gradient(), x.truth(), y.truth(), x.weights(), y.weights(),
                    x.updated(), y.updated(), x.right(), y.right(), differs));
        }
        return new ComparedParameter(a.name(), b.name(), first, what, largest, wrongA, wrongB, a.line(), b.line(),
                pairs);
    }

    /**
     * @return the largest difference of two values element by element when they differ beyond the tolerance, else
     *     0 (also when either is missing); a shape that differs is a difference of infinity
     */
    private static double difference(double[] x, double[] y, Tolerance tolerance) {
        if (x == null || y == null) {
            return 0;
        }
        if (x.length != y.length) {
            return Double.POSITIVE_INFINITY;
        }
        double largest = 0;
        boolean differs = false;
        for (int k = 0; k < x.length; k++) {
            differs |= !tolerance.agrees(y[k], x[k]);
            largest = Math.max(largest, Math.abs(x[k] - y[k]));
        }
        return differs ? (largest > 0 ? largest : Double.MIN_VALUE) : 0;
    }

    private static LossComparison losses(double[] a, double[] b, int epochs, List<ComparedParameter> parameters,
            Tolerance tolerance) {
        for (int k = 0; k < epochs; k++) {
            if (!tolerance.agrees(b[k], a[k])) {
                double factor = b[k] / a[k];
                int epoch = k + 1;
                boolean sameWeights = parameters.stream().allMatch(p -> sameWeightsAt(p, epoch, tolerance));
                boolean byFactor = parameters.stream().allMatch(p -> scaled(p, epoch, factor, tolerance));
                return new LossComparison(epoch, a[k], b[k], factor, sameWeights, byFactor);
            }
        }
        return new LossComparison(-1, epochs > 0 ? a[0] : Double.NaN, epochs > 0 ? b[0] : Double.NaN, 1, true, true);
    }

    /** Whether both programs' weights were the same when the epoch started. */
    private static boolean sameWeightsAt(ComparedParameter p, int epoch, Tolerance tolerance) {
        EpochPair e = p.epochs().get(epoch - 1);
        return difference(e.weightsA(), e.weightsB(), tolerance) == 0;
    }

    private static boolean scaled(ComparedParameter p, int epoch, double factor, Tolerance tolerance) {
        EpochPair e = p.epochs().get(epoch - 1);
        for (int k = 0; k < e.gradientA().length; k++) {
            if (!tolerance.agrees(e.gradientB()[k], e.gradientA()[k] * factor)) {
                return false;
            }
        }
        return true;
    }

    /** The values both forward passes name at epoch 1, compared; {@code null} if a program shows another epoch. */
    private static ForwardComparison forward(ProgramReport a, ProgramReport b, Tolerance tolerance) {
        if (a.shownEpoch() != 1 || b.shownEpoch() != 1) {
            return null;
        }
        Map<String, double[]> valuesA = named(a);
        Map<String, double[]> valuesB = named(b);
        List<String> common = new ArrayList<>();
        String different = null;
        for (Map.Entry<String, double[]> e : valuesA.entrySet()) {
            double[] other = valuesB.get(e.getKey());
            if (other == null) {
                continue;
            }
            common.add(e.getKey());
            if (different == null && difference(e.getValue(), other, tolerance) > 0) {
                different = e.getKey();
            }
        }
        return new ForwardComparison(common, different, different == null ? null : valuesA.get(different),
                different == null ? null : valuesB.get(different));
    }

    /** The computed values the forward pass names, but the loss (which {@link LossComparison} compares). */
    private static Map<String, double[]> named(ProgramReport report) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (GraphNode n : report.graph()) {
            if (n.name() != null && !n.op().equals("leaf") && !n.name().equals(report.loss())
                    && !bpdiff.check.program.LossNames.ALL.contains(n.name())) {
                out.putIfAbsent(n.name(), n.value());
            }
        }
        return out;
    }
}
