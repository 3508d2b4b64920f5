package bpdiff.check.program;

import bpdiff.program.tape.Tape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps out of the check the claims computed from a strict part of the samples their epoch's loss is computed over
 * ({@link Samples}): Zhou's per-sample step {@code self.w1 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1}
 * at the weights where the program printed the mean loss of all four samples. The step descends the sample's loss,
 * not that one, so its gradient is not checked against it: a finding says so and proposes the sample's loss as a
 * {@code --loss-expr} ({@link LossSuggestion}). A step computed from all the samples the loss reads (a full-batch
 * step, even by a forward pass of its own) is kept.
 */
final class OtherSamples {

    /** Where a claim is made: the decision is the program's, made once per claim. */
    private record Site(Claim.Kind kind, String name, int line, int column) {}

    private final Map<Site, Boolean> misfits = new HashMap<>();

    /**
     * Removes from each epoch the claims computed from a strict part of its loss's samples, and reports them.
     *
     * @param tape the tape, holding the segment
     * @param parameters the nodes of the parameters' values
     * @param epochs the segment's epochs, with their claims
     * @param findings where the claims left out are reported
     * @param source the program's text, for the loss proposed
     */
    void drop(Tape tape, Set<Integer> parameters, List<Epoch> epochs, Findings findings, String source) {
        Samples samples = new Samples(tape, parameters);
        for (Epoch e : epochs) {
            Map<Integer, java.util.BitSet> loss = null;
            for (java.util.Iterator<Claim> it = e.claims.iterator(); it.hasNext(); ) {
                Claim c = it.next();
                Site site = new Site(c.kind(), c.name(), c.span().line(), c.span().column());
                Boolean misfit = misfits.get(site);
                if (misfit == null) {
                    if (loss == null) {
                        loss = samples.read(e.closure.nodes());
                    }
                    misfit = c.valueNode() >= 0 && !tape.isReleased(c.valueNode())
                            && fromPart(samples, Ancestry.of(tape, c.valueNode(), parameters).toArray(), loss, e, c);
                    misfits.put(site, misfit);
                    if (misfit) {
                        findings.otherSamples(c.target(), c.span(), e.loss,
                                LossSuggestion.of(tape, c.valueNode(), parameters, c.scope(), source));
                    }
                }
                if (misfit) {
                    it.remove();
                }
            }
        }
    }

    /** Whether a claim's computation reads a strict part of the samples its epoch's loss reads. */
    private static boolean fromPart(Samples samples, int[] claim, Map<Integer, java.util.BitSet> loss, Epoch e, Claim c) {
        if (!samples.isParameter(c.targetNode())) {
            return false; // the gradient of a unit's value reads the unit's own target alone, and no step descends it
        }
        Map<Integer, java.util.BitSet> read = samples.inputs(claim);
        return Samples.isPart(read, loss)
                || !Samples.overlap(read, loss) && samples.fewerPasses(claim, e.closure.nodes(), c.targetNode());
    }
}
