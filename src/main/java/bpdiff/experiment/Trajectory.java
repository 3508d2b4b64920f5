package bpdiff.experiment;

/**
 * How a training run's loss behaved, classified from its loss curve alone.
 *
 * <p>With \( L_t \) the loss at the start of epoch \( t = 1..T \) and \( L^* \) the floor the outputs can
 * reach ({@link Measures#outputFloor}), a run is, checked in this order:
 *
 * <ol>
 *   <li>{@link Kind#DIVERGED} if some \( L_t \) is not finite, or \( L_T &gt; L_1 \) (it ended worse than it
 *       began); from the first non-finite epoch, else the first epoch from which every loss exceeds \( L_1 \);
 *   <li>{@link Kind#OSCILLATED} if the loss ever rose, \( L_{t+1} &gt; L_t \) for some \( t \); from the first
 *       epoch \( t+1 \) that rose;
 *   <li>{@link Kind#CONVERGED} if it never rose and closed at least nine tenths of the gap to the floor,
 *       \( L_T - L^* \le \tfrac{1}{10}(L_1 - L^*) \); from the first epoch that did;
 *   <li>{@link Kind#STALLED} otherwise: it never rose but stopped short; from the first epoch within a tenth
 *       of its own total fall of the end, \( L_t - L_T \le \tfrac{1}{10}(L_1 - L_T) \).
 * </ol>
 *
 * @param kind the class
 * @param fromEpoch the epoch the class starts from, as defined for each class (from 1)
 */
public record Trajectory(Kind kind, int fromEpoch) {

    /** The share of the gap still open that counts as closed (converged) or as the plateau (stalled). */
    static final double TENTH = 0.1;

    /** The classes of a loss curve. */
    public enum Kind {
        /** Never rose and reached the floor's neighbourhood. */
        CONVERGED("converged"),
        /** Rose at least once. */
        OSCILLATED("oscillated"),
        /** Never rose, but stopped far from the floor. */
        STALLED("stalled"),
        /** Not finite, or ended above its start. */
        DIVERGED("diverged");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** @return the name written in tables and JSON */
        public String id() {
            return id;
        }
    }

    /**
     * Classifies a loss curve.
     *
     * @param losses \( L_1..L_T \); NaN once training stopped being finite
     * @param floor \( L^* \)
     * @return the class and its epoch
     */
    public static Trajectory classify(double[] losses, double floor) {
        int last = losses.length - 1;
        for (int t = 0; t <= last; t++) {
            if (!Double.isFinite(losses[t])) {
                return new Trajectory(Kind.DIVERGED, t + 1);
            }
        }
        if (losses[last] > losses[0]) {
            int from = last;
            while (from > 0 && losses[from - 1] > losses[0]) {
                from--;
            }
            return new Trajectory(Kind.DIVERGED, from + 1);
        }
        for (int t = 1; t <= last; t++) {
            if (losses[t] > losses[t - 1]) {
                return new Trajectory(Kind.OSCILLATED, t + 1);
            }
        }
        if (losses[last] - floor <= TENTH * (losses[0] - floor)) {
            return new Trajectory(Kind.CONVERGED, firstAtMost(losses, floor, TENTH * (losses[0] - floor)));
        }
        return new Trajectory(Kind.STALLED, firstAtMost(losses, losses[last], TENTH * (losses[0] - losses[last])));
    }

    private static int firstAtMost(double[] losses, double base, double gap) {
        for (int t = 0; t < losses.length; t++) {
            if (losses[t] - base <= gap) {
                return t + 1;
            }
        }
        return losses.length;
    }
}
