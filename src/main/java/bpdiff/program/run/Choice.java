package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.Index;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.Shapes;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * numpy's legacy {@code np.random.choice(a, size=None, replace=True, p=None)}, drawing what numpy draws: with
 * replacement {@code randint(0, n, size)}, or with probabilities the first index whose normalised cumulative sum
 * exceeds a {@code random_sample} ({@code searchsorted(side='right')}); without replacement the first {@code size}
 * of a {@code permutation(n)}, or with probabilities rounds of draws that keep the new distinct indices in the order
 * they first came, the chosen ones' probabilities set to 0 between rounds.
 */
final class Choice {

    private Choice() {}

    /**
     * @param machine the interpreter
     * @param random the generator drawn from
     * @param a the call's arguments
     * @param at where
     * @return the chosen element(s) of {@code a}, or indices when {@code a} is an int
     */
    static Value choose(Interpreter machine, Draws random, Arguments a, Span at) {
        Value population = a.required(0, "a");
        boolean counted = population instanceof PyInt || population instanceof PyBool;
        PyArray array = counted ? null : population instanceof PyArray x ? x
                : new PyArray(Numbers.array(population), Value.NO_NODE);
        long n;
        if (counted) {
            n = Numbers.toLong(population);
        } else if (array.value().ndim() != 1) {
            throw new ProgramError("a must be 1-dimensional");
        } else {
            n = array.value().dim(0);
        }
        Value sizeValue = a.get(1, "size");
        boolean scalar = sizeValue == null || sizeValue == PyNone.NONE;
        int[] shape = scalar ? new int[0] : Creation.dims(machine, sizeValue);
        int size = Shapes.size(shape);
        if (n <= 0 && size != 0) {
            throw new ProgramError(counted ? "a must be greater than 0 unless no samples are taken"
                    : "'a' cannot be empty unless no samples are taken");
        }
        Value replaceValue = a.get(2, "replace");
        boolean replace = replaceValue == null || Truth.of(replaceValue);
        Value pValue = a.get(3, "p");
        double[] p = pValue == null || pValue == PyNone.NONE ? null : probabilities(pValue, n);
        long[] chosen = new long[size];
        if (replace && p == null) {
            for (int k = 0; k < size; k++) {
                chosen[k] = random.integer(0, n);
            }
        } else if (replace) {
            double[] cdf = cdf(p);
            for (int k = 0; k < size; k++) {
                chosen[k] = searchRight(cdf, random.uniform());
            }
        } else if (size > n) {
            throw new ProgramError("Cannot take a larger sample than population when 'replace=False'");
        } else if (p == null && random instanceof NumpyGenerator) {
            generatorSample(machine, random, n, chosen);
        } else if (p == null) {
            machine.recorder.checkSize(n); // numpy's legacy choice shuffles all n
            int[] order = RandomFunctions.shuffled(random, (int) n);
            for (int k = 0; k < size; k++) {
                chosen[k] = order[k];
            }
        } else if (random instanceof NumpyGenerator) {
            throw new ProgramError("Generator.choice with replace=False and p is not supported: use replace=True, "
                    + "or np.random.choice");
        } else {
            withoutReplacement(random, p, chosen);
        }
        if (counted) {
            return scalar ? new PyInt(chosen[0]) : new PyArray(ints(shape, chosen), Value.NO_NODE);
        }
        List<Index> index = List.of(scalar ? new Index.At(chosen[0]) : new Index.Positions(shape, chosen));
        return ArraySubscripts.gather(machine, array, index, at);
    }

    private static double[] probabilities(Value pValue, long n) {
        NdArray p = Numbers.array(pValue);
        if (p.ndim() != 1) {
            throw new ProgramError("'p' must be 1-dimensional");
        }
        if (p.size() != n) {
            throw new ProgramError("'a' and 'p' must have same size");
        }
        double[] values = p.withDType(DType.FLOAT64).data();
        double sum = 0;
        double compensation = 0;
        for (double v : values) {
            double y = v - compensation;
            double t = sum + y;
            compensation = (t - sum) - y;
            sum = t;
        }
        if (Double.isNaN(sum)) {
            throw new ProgramError("probabilities contain NaN");
        }
        for (double v : values) {
            if (v < 0) {
                throw new ProgramError("probabilities are not non-negative");
            }
        }
        if (Math.abs(sum - 1.0) > Math.sqrt(Math.ulp(1.0))) {
            throw new ProgramError("probabilities do not sum to 1");
        }
        return values;
    }

    /** {@code cdf = p.cumsum(); cdf /= cdf[-1]}. */
    private static double[] cdf(double[] p) {
        double[] cdf = new double[p.length];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            sum += p[k];
            cdf[k] = sum;
        }
        for (int k = 0; k < cdf.length; k++) {
            cdf[k] /= sum;
        }
        return cdf;
    }

    /** {@code searchsorted(side='right')}: the first position whose value exceeds {@code u}. */
    private static int searchRight(double[] cdf, double u) {
        int low = 0;
        int high = cdf.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cdf[mid] <= u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static void withoutReplacement(Draws random, double[] given, long[] chosen) {
        int positive = 0;
        for (double v : given) {
            positive += v > 0 ? 1 : 0;
        }
        if (positive < chosen.length) {
            throw new ProgramError("Fewer non-zero entries in p than size");
        }
        double[] p = given.clone();
        int found = 0;
        while (found < chosen.length) {
            double[] x = new double[chosen.length - found];
            for (int k = 0; k < x.length; k++) {
                x[k] = random.uniform();
            }
            for (int k = 0; k < found; k++) {
                p[(int) chosen[k]] = 0;
            }
            double[] cdf = cdf(p);
            Set<Integer> fresh = new LinkedHashSet<>();
            for (double u : x) {
                fresh.add(searchRight(cdf, u));
            }
            for (int index : new ArrayList<>(fresh)) {
                chosen[found++] = index;
            }
        }
    }

    /**
     * A {@code Generator}'s choice without replacement ({@code shuffle=True}): for more than 10,000 to choose from
     * and more than a fiftieth of them chosen, the tail of a Fisher–Yates pass that stops after {@code size}
     * swaps; otherwise Floyd's sample (for \( j \) from \( n - k \) to \( n - 1 \): a uniform \( v \le j \),
     * or \( j \) itself when \( v \) was chosen already), then shuffled. Both draw by Lemire's method.
     */
    private static void generatorSample(Interpreter machine, Draws random, long n, long[] chosen) {
        int size = chosen.length;
        if (n > 10_000 && size > n / 50) {
            machine.recorder.checkSize(n);
            long[] order = new long[(int) n];
            for (int k = 0; k < n; k++) {
                order[k] = k;
            }
            lemireShuffle(random, order, (int) n, (int) Math.max(n - size, 1));
            System.arraycopy(order, (int) n - size, chosen, 0, size);
            return;
        }
        Set<Long> taken = new HashSet<>();
        for (long j = n - size; j < n; j++) {
            long v = random.integer(0, j + 1);
            long pick = taken.contains(v) ? j : v;
            taken.add(pick);
            chosen[(int) (j - n + size)] = pick;
        }
        lemireShuffle(random, chosen, size, 1);
    }

    /** {@code _shuffle_int}: for {@code i} from {@code n - 1} down to {@code first}, swap with a uniform {@code j <= i}. */
    private static void lemireShuffle(Draws random, long[] order, int n, int first) {
        for (int i = n - 1; i >= first; i--) {
            int j = (int) random.integer(0, i + 1L);
            long t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static NdArray ints(int[] shape, long[] values) {
        double[] data = new double[values.length];
        for (int k = 0; k < data.length; k++) {
            data[k] = values[k];
        }
        return new NdArray(shape, data, DType.INT64);
    }
}
