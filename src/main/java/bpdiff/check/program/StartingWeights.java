package bpdiff.check.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which parameter of a program is which of a reference program's where their names differ ({@code grade
 * --reference}, and {@code diff}'s program A against B). The homework fixes the
 * initial weights ({@code w1, …, w8 = 0.2, -0.4, …}), so a submission that keeps them in a list ({@code w[0]} …
 * {@code w[7]}), in matrices ({@code W1 = np.array([[0.2, 0.5], [-0.4, 0.6]])}) or under other names starts each at
 * one of the reference's values. A reference parameter the submission has no gradient of by its name is matched to
 * the submission's parameter, unknown to the reference, whose weights at the first epoch are the reference's (the
 * same shape, every element within \( 10^{-6} \) relative: a PyTorch program's float32 weights round the literals at
 * \( 6 \cdot 10^{-8} \)), or else, for a single weight, to the one element of such a parameter that starts at it,
 * or, for a reference matrix or vector, to the submission's single weights that start at its elements, one each.
 * A match must be one to one: where two could match, neither is, and random initial weights match nothing. A
 * reference matrix also matches a parameter that starts at its transpose (numpy's {@code W1} of inputs × outputs,
 * {@code nn.Linear}'s weight of outputs × inputs), when asked ({@code diff}, {@code grade}).
 */
public final class StartingWeights {

    /** Float32's rounding of the homework's literals, with room: the weights are typed, not computed. */
    private static final double SAME = 1e-6;

    /**
     * The submission's parameter, or one element of it, that stands for a reference parameter; or the submission's
     * single weights that stand for the elements of a reference matrix.
     *
     * @param parameter the submission's parameter ({@code null} for single weights)
     * @param element the element's row-major position, or −1 for the whole parameter
     * @param label how the feedback names it: {@code w[0]}, {@code W1[0, 1]}, {@code (w1, w3, w2, w4)}
     * @param parts for a reference matrix, the single weight that stands for each element, row-major; else empty
     * @param transposed whether the whole parameter is the reference's matrix transposed (numpy's {@code W} of
     *     inputs × outputs against {@code nn.Linear}'s weight of outputs × inputs)
     */
    public record Match(String parameter, int element, String label, List<String> parts, boolean transposed) {

        /** Makes the list unmodifiable. */
        public Match {
            parts = List.copyOf(parts);
        }

        /**
         * A match as it stands, not transposed.
         *
         * @param parameter the submission's parameter ({@code null} for single weights)
         * @param element the element's row-major position, or −1 for the whole parameter
         * @param label how the feedback names it
         * @param parts for a reference matrix, the single weight that stands for each element; else empty
         */
        public Match(String parameter, int element, String label, List<String> parts) {
            this(parameter, element, label, parts, false);
        }

        /**
         * @param parameter a parameter of the submission, standing for itself or the reference's of another name
         * @return the match of the whole parameter
         */
        public static Match whole(String parameter) {
            return new Match(parameter, -1, parameter, List.of());
        }

        /**
         * @param submitted a parameter of the submission
         * @return whether it is part of this match
         */
        public boolean uses(String submitted) {
            return submitted.equals(parameter) || parts.contains(submitted);
        }
    }

    private StartingWeights() {}

    /**
     * @param report a program's check
     * @return each parameter's weights at the first epoch, row-major, for the parameters whose update is checked
     */
    public static Map<String, double[]> of(ProgramReport report) {
        Map<String, double[]> starts = new LinkedHashMap<>();
        for (String p : report.parameters()) {
            double[] w = weights(report, p);
            if (w != null) {
                starts.put(p, w);
            }
        }
        return starts;
    }

    /**
     * @param parameters the reference's parameters
     * @param starts their first-epoch weights ({@link #of})
     * @param report the other program's check
     * @return for each matched reference parameter, what stands for it in the other program
     */
    public static Map<String, Match> match(List<String> parameters, Map<String, double[]> starts,
            ProgramReport report) {
        return match(parameters, starts, report, false);
    }

    /**
     * As {@link #match(List, Map, ProgramReport)}, and, when asked, a reference matrix matches a parameter of the
     * submission that starts at its transpose ({@code W1} of inputs × outputs, {@code fc1.weight} of outputs ×
     * inputs).
     *
     * @param parameters the reference's parameters
     * @param starts their first-epoch weights ({@link #of})
     * @param report the other program's check
     * @param transposes whether a transposed matrix matches
     * @return for each matched reference parameter, what stands for it in the other program
     */
    public static Map<String, Match> match(List<String> parameters, Map<String, double[]> starts,
            ProgramReport report, boolean transposes) {
        List<String> unknown = report.parameters().stream().filter(q -> !parameters.contains(q))
                .filter(q -> weights(report, q) != null).toList();
        Map<String, Match> matched = new LinkedHashMap<>();
        for (String p : parameters) {
            double[] start = starts.get(p);
            if (start == null || report.quantities().stream().anyMatch(q -> q.derivative().target().equals(p))) {
                continue;
            }
            List<Match> candidates = new ArrayList<>();
            for (String q : unknown) {
                double[] w = weights(report, q);
                int[] shape = report.gradientClaim(q).derivative().shape();
                if (same(start, w)) {
                    candidates.add(Match.whole(q));
                } else if (transposes && shape.length == 2 && shape[0] != 1 && shape[1] != 1
                        && same(start, transpose(w, shape))) {
                    candidates.add(new Match(q, -1, q + " (transposed)", List.of(), true));
                } else if (start.length == 1) {
                    for (int e = 0; e < w.length; e++) {
                        if (same(start[0], w[e])) {
                            candidates.add(new Match(q, e, q + index(report.gradientClaim(q).derivative().shape(), e),
                                    List.of()));
                        }
                    }
                }
            }
            if (candidates.isEmpty() && start.length > 1) {
                candidates.add(singleWeights(start, unknown, report));
            }
            if (candidates.size() == 1 && candidates.get(0) != null && startsAlike(starts, start) == 1) {
                matched.put(p, candidates.get(0));
            }
        }
        return matched;
    }

    /**
     * @return the submission's single weights that start at each element of {@code start}, one different weight for
     *     each element, or {@code null} if some element has none or more than one
     */
    private static Match singleWeights(double[] start, List<String> unknown, ProgramReport report) {
        List<String> parts = new ArrayList<>();
        for (double element : start) {
            List<String> at = unknown.stream().filter(q -> weights(report, q).length == 1
                    && same(element, weights(report, q)[0])).toList();
            if (at.size() != 1 || parts.contains(at.get(0))) {
                return null;
            }
            parts.add(at.get(0));
        }
        return new Match(null, -1, "(" + String.join(", ", parts) + ")", parts);
    }

    /**
     * @param values a matrix, row-major
     * @param shape its shape, rows × columns
     * @return its transpose, row-major
     */
    public static double[] transpose(double[] values, int[] shape) {
        int rows = shape[0];
        int columns = shape[1];
        double[] out = new double[values.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                out[j * rows + i] = values[i * columns + j];
            }
        }
        return out;
    }

    /** How many reference parameters start at these weights. */
    private static long startsAlike(Map<String, double[]> starts, double[] start) {
        return starts.values().stream().filter(w -> same(w, start)).count();
    }

    private static double[] weights(ProgramReport report, String parameter) {
        CheckedQuantity claim = report.gradientClaim(parameter);
        return claim == null || claim.history().isEmpty() ? null : claim.history().get(0).weights();
    }

    /**
     * @param a weights, row-major
     * @param b other weights, row-major
     * @return whether they are the same typed weights: as many, each within \( 10^{-6} \) relative
     */
    static boolean same(double[] a, double[] b) {
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int k = 0; k < a.length; k++) {
            if (!same(a[k], b[k])) {
                return false;
            }
        }
        return true;
    }

    /** One weight of {@link #same(double[], double[])}. */
    static boolean same(double a, double b) {
        return Math.abs(a - b) <= SAME * Math.max(1e-3, Math.abs(a));
    }

    /**
     * @param shape an array's shape
     * @param flat a row-major position in it
     * @return the element's index in each dimension: {@code [1, 0]} of a 2×2 matrix for 2
     */
    public static int[] position(int[] shape, int flat) {
        int[] at = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            at[d] = flat % shape[d];
            flat /= shape[d];
        }
        return at;
    }

    /** numpy's index of a row-major position: {@code [1, 0]} of a 2×2 matrix for 2. */
    private static String index(int[] shape, int flat) {
        if (shape.length == 0) {
            return "";
        }
        int[] at = position(shape, flat);
        StringBuilder s = new StringBuilder("[");
        for (int d = 0; d < at.length; d++) {
            s.append(d == 0 ? "" : ", ").append(at[d]);
        }
        return s.append(']').toString();
    }
}
