package bpdiff.check.program;

import bpdiff.check.Guess;
import bpdiff.check.PathCorrections;
import bpdiff.program.array.NdArray;
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

    private PathGuesses() {}

    /**
     * @param c the wrong claim
     * @return one guess per proper subset of the uses of the claim's target ({@link PathCorrections#subsets})
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
        return PathCorrections.subsets(parts, (kept, missing) -> "the path" + (missing.size() == 1 ? "" : "s")
                + " through " + String.join(", ", missing.stream().map(k -> through(c, uses.get(k))).toList())
                + (missing.size() == 1 ? " is" : " are") + " missing: only the path" + (kept.size() == 1 ? "" : "s")
                + " through " + String.join(", ", kept.stream().map(k -> through(c, uses.get(k))).toList()) + " "
                + (kept.size() == 1 ? "is" : "are") + " back-propagated to " + c.claim.target(), c.student);
    }

    /** A use, in the program's names: {@code w6 * out_h1 (→ in_o2)}. */
    private static String through(WrongClaim c, Edge edge) {
        String use = ProgramWiring.describe(c.tape(), edge.consumer());
        String into = ProgramWiring.flowsInto(c.epoch.closure, edge.consumer());
        return use + (into == null || into.equals(use) ? "" : " (→ " + into + ")");
    }
}
