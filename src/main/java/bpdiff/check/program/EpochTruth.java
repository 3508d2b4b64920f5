package bpdiff.check.program;

import bpdiff.program.tape.TapeAutograd;
import bpdiff.program.tape.TapeFiniteDifferences;
import java.util.HashSet;
import java.util.Set;

/**
 * Autograd and finite differences for an epoch: autograd for every value the loss depends on; finite
 * differences for all of them when that is cheap, else for the parameters and the claimed derivatives.
 */
final class EpochTruth {

    /** The most node computations finite differences may cost per epoch before only what is claimed is done. */
    static final long BUDGET = 2_000_000;

    private EpochTruth() {}

    /**
     * @param epoch the epoch; receives its replay and finite differences
     * @param autograd the engine
     */
    static void compute(Epoch epoch, TapeAutograd autograd) {
        epoch.replay = autograd.replay(epoch.closure);
        Set<Integer> all = new HashSet<>();
        for (int id : epoch.closure.nodes()) {
            if (epoch.closure.wantsGradient(id)) {
                all.add(id);
            }
        }
        if (TapeFiniteDifferences.cost(epoch.closure, all) <= BUDGET) {
            epoch.numeric = TapeFiniteDifferences.compute(epoch.closure, all);
            return;
        }
        Set<Integer> which = new HashSet<>(epoch.parameterNodes);
        epoch.claims.forEach(c -> which.add(c.targetNode()));
        which.retainAll(all);
        epoch.numeric = TapeFiniteDifferences.compute(epoch.closure, which);
    }
}
