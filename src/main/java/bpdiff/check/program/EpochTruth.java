package bpdiff.check.program;

import bpdiff.program.tape.Replay;
import bpdiff.program.tape.TapeAutograd;
import bpdiff.program.tape.TapeFiniteDifferences;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The true derivatives at one epoch: autograd's, by replaying the epoch's forward pass on the engine, and
 * central finite differences in double as the referee.
 *
 * <p>Finite differences evaluate the forward pass four times per element of every value they differentiate, so
 * they are bounded: within {@link #BUDGET} elementary operations an epoch they cover every value the loss depends
 * on, beyond it the parameters and the claims' targets first; and they are computed only where a report shows or
 * needs them (see {@link EpochStream}).
 */
final class EpochTruth {

    /** Elementary operations finite differences may spend on one epoch. */
    static final long BUDGET = 200_000_000L;

    private EpochTruth() {}

    /**
     * Replays an epoch with autograd: the loss and the gradient of every value it depends on, and the
     * per-path gradients into the claims' targets.
     *
     * @param epoch the epoch
     * @param autograd the engine
     * @param checkpoint the caller's, called between operations of a long replay
     */
    static void replay(Epoch epoch, TapeAutograd autograd, Runnable checkpoint) {
        epoch.replay = autograd.replay(epoch.closure, targets(epoch)::contains, id -> true, checkpoint);
    }

    /**
     * Replays epochs with autograd, those of one shape together, differentiating only what the claims are about
     * (the parameters and each reading of each claim) and measuring no paths: what judging needs. An epoch a report
     * shows or diagnoses is replayed again whole ({@link #replay(Epoch, TapeAutograd)}).
     *
     * @param epochs the epochs
     * @param autograd the engine
     * @param checkpoint the caller's, called between operations of a long replay
     */
    static void replay(List<Epoch> epochs, TapeAutograd autograd, Runnable checkpoint) {
        List<IntPredicate> paths = new ArrayList<>();
        List<IntPredicate> gradients = new ArrayList<>();
        IntPredicate none = id -> false;
        for (Epoch e : epochs) {
            paths.add(none);
            bpdiff.program.tape.NodeSet wanted = new bpdiff.program.tape.NodeSet(e.closure.tape());
            for (Claim c : e.claims) {
                for (Claim.Reading r : c.readings()) {
                    if (r.node() >= 0) {
                        wanted.add(r.node());
                    }
                }
            }
            for (int node : e.parameterNodes) {
                if (node >= 0) {
                    wanted.add(node);
                }
            }
            gradients.add(id -> id >= 0 && wanted.contains(id));
        }
        List<Replay> replays = autograd.replayAll(epochs.stream().map(e -> e.closure).toList(), paths, gradients,
                checkpoint);
        for (int k = 0; k < epochs.size(); k++) {
            epochs.get(k).replay = replays.get(k);
        }
    }

    /** The nodes the epoch's claims may be read as derivatives of: their paths are measured. */
    private static Set<Integer> targets(Epoch epoch) {
        Set<Integer> targets = new HashSet<>();
        epoch.claims.forEach(c -> c.readings().forEach(r -> targets.add(r.node())));
        return targets;
    }

    /**
     * Computes the epoch's finite differences.
     *
     * @param epoch the epoch
     * @param checkpoint the caller's, called between evaluations of the forward pass
     */
    static void numeric(Epoch epoch, Runnable checkpoint) {
        Set<Integer> all = new HashSet<>();
        long total = 0;
        int[] nodes = epoch.closure.nodes();
        long[] costs = TapeFiniteDifferences.costs(epoch.closure);
        for (int k = 0; k < nodes.length; k++) {
            if (epoch.closure.wantsGradient(nodes[k])) {
                all.add(nodes[k]);
                total += costs[k];
            }
        }
        if (total <= BUDGET) {
            epoch.numeric = TapeFiniteDifferences.compute(epoch.closure, all, checkpoint);
            return;
        }
        Set<Integer> wanted = new HashSet<>(epoch.parameterNodes);
        epoch.claims.forEach(c -> wanted.add(c.targetNode()));
        wanted.retainAll(all);
        Set<Integer> which = new HashSet<>();
        long spent = 0;
        for (int k = 0; k < nodes.length; k++) {
            if (wanted.contains(nodes[k]) && spent + costs[k] <= BUDGET) {
                which.add(nodes[k]);
                spent += costs[k];
            }
        }
        epoch.numeric = TapeFiniteDifferences.compute(epoch.closure, which, checkpoint);
    }

    /**
     * Marks an epoch as not refereed by finite differences.
     *
     * @param epoch the epoch
     */
    static void unrefereed(Epoch epoch) {
        epoch.numeric = new TapeFiniteDifferences.Result(Map.of(), Set.of());
    }
}
