package bpdiff.check.program;

import bpdiff.program.tape.TapeAutograd;
import bpdiff.program.tape.TapeFiniteDifferences;
import java.util.HashSet;
import java.util.Set;

/**
 * Autograd and finite differences for an epoch: autograd for every value the loss depends on (and, for the
 * values its claims are about, for each of their uses: what a missing path is diagnosed from); finite
 * differences for all of them when that is cheap, else for the parameters and the claimed derivatives, each as
 * long as it is not too large to move element by element (then its numeric value is left out, not guessed).
 */
final class EpochTruth {

    /** The most element operations finite differences may cost in all (some seconds), shared by the epochs. */
    static final long BUDGET = 400_000_000L;

    private EpochTruth() {}

    /**
     * @param epoch the epoch; receives its replay and finite differences
     * @param autograd the engine
     * @param epochs how many epochs share the budget
     */
    static void compute(Epoch epoch, TapeAutograd autograd, int epochs) {
        long budget = Math.max(2_000_000L, BUDGET / Math.max(1, epochs));
        Set<Integer> targets = new HashSet<>();
        epoch.claims.forEach(c -> targets.add(c.targetNode()));
        epoch.replay = autograd.replay(epoch.closure, targets::contains);
        Set<Integer> all = new HashSet<>();
        long total = 0;
        for (int id : epoch.closure.nodes()) {
            if (epoch.closure.wantsGradient(id)) {
                all.add(id);
                total += TapeFiniteDifferences.cost(epoch.closure, id);
            }
        }
        if (total <= budget) {
            epoch.numeric = TapeFiniteDifferences.compute(epoch.closure, all);
            return;
        }
        Set<Integer> wanted = new HashSet<>(epoch.parameterNodes);
        epoch.claims.forEach(c -> wanted.add(c.targetNode()));
        wanted.retainAll(all);
        Set<Integer> which = new HashSet<>();
        long spent = 0;
        for (int id : epoch.closure.nodes()) {
            long cost = TapeFiniteDifferences.cost(epoch.closure, id);
            if (wanted.contains(id) && spent + cost <= budget) {
                which.add(id);
                spent += cost;
            }
        }
        epoch.numeric = TapeFiniteDifferences.compute(epoch.closure, which);
    }
}
