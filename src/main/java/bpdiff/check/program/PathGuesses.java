package bpdiff.check.program;

import bpdiff.check.Guess;
import bpdiff.check.MistakeCode;
import bpdiff.program.array.Elementwise;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.ShapeException;
import bpdiff.program.tape.Edge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The guess that a back-propagated path is missing: a value reaches the loss through every use of it, so
 * \( \partial L / \partial v = \sum_{\text{uses}} \partial L / \partial v|_{\text{use}} \); autograd gives each
 * use's part. The claim is compared with every partial sum over a non-empty proper subset of the uses.
 */
final class PathGuesses {

    /** Partial sums are tried for values used up to this many times (2^8 subsets). */
    private static final int MAX_USES = 8;

    private PathGuesses() {}

    /**
     * @param c the wrong claim
     * @return one guess per proper subset of the uses of the claim's target
     */
    static List<Guess> missing(WrongClaim c) {
        List<Edge> uses = new ArrayList<>();
        List<NdArray> parts = new ArrayList<>();
        for (Map.Entry<Edge, NdArray> path : c.epoch.replay.paths().entrySet()) {
            Edge edge = path.getKey();
            if (c.tape().node(edge.consumer()).inputs()[edge.position()] == c.claim.targetNode()) {
                uses.add(edge);
                parts.add(path.getValue());
            }
        }
        List<Guess> guesses = new ArrayList<>();
        if (uses.size() < 2 || uses.size() > MAX_USES) {
            return guesses;
        }
        String target = c.claim.target();
        for (int subset = 1; subset < (1 << uses.size()) - 1; subset++) {
            NdArray partial = null;
            List<String> kept = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int k = 0; k < uses.size(); k++) {
                String through = through(c, uses.get(k));
                if ((subset & (1 << k)) != 0) {
                    partial = partial == null ? parts.get(k) : add(partial, parts.get(k));
                    kept.add(through);
                } else {
                    missing.add(through);
                }
            }
            guesses.add(new Guess(MistakeCode.MISSING_PATH,
                    "the path" + (missing.size() == 1 ? "" : "s") + " through " + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing: only the path" + (kept.size() == 1 ? "" : "s")
                    + " through " + String.join(", ", kept) + " " + (kept.size() == 1 ? "is" : "are")
                    + " back-propagated to " + target, partial, c.student));
        }
        return guesses;
    }

    /** A use, in the program's names: {@code w6 * out_h1 (→ in_o2)}. */
    private static String through(WrongClaim c, Edge edge) {
        String use = ProgramWiring.describe(c.tape(), edge.consumer());
        String into = ProgramWiring.flowsInto(c.epoch.closure, edge.consumer());
        return use + (into == null || into.equals(use) ? "" : " (→ " + into + ")");
    }

    private static NdArray add(NdArray a, NdArray b) {
        try {
            return Elementwise.binary(a, b, Double::sum);
        } catch (ShapeException e) {
            return a;
        }
    }
}
