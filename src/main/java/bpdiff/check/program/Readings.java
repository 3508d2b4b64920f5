package bpdiff.check.program;

import bpdiff.diff.Tolerance;
import bpdiff.program.array.NdArray;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which reading of an ambiguous claim is judged: the first, in {@link ClaimNames#targets}'s order, that agrees
 * with autograd at the first epoch the claim is made, else the first reading. The choice holds for every later
 * epoch, so that a claim is one quantity with one history; a choice other than the first reading is noted.
 */
final class Readings {

    private final Map<String, String> chosen = new HashMap<>();
    private final Findings findings;

    Readings(Findings findings) {
        this.findings = findings;
    }

    /**
     * Reads every ambiguous claim of an epoch as its chosen variable.
     *
     * @param epoch an epoch whose replay is known
     * @param tolerance when a value agrees with autograd
     */
    void choose(Epoch epoch, Tolerance tolerance) {
        List<Claim> claims = epoch.claims;
        for (int k = 0; k < claims.size(); k++) {
            Claim c = claims.get(k);
            if (!c.ambiguous()) {
                continue;
            }
            String site = c.kind() + " " + c.name() + " " + c.span().line() + ":" + c.span().column();
            String name = chosen.computeIfAbsent(site, s -> firstAgreeing(c, epoch, tolerance));
            for (Claim.Reading r : c.readings()) {
                if (r.name().equals(name)) {
                    claims.set(k, c.readAs(r));
                }
            }
            if (!name.equals(c.readings().get(0).name()) && c.readings().stream().anyMatch(r -> r.name().equals(name))) {
                findings.note(c.name() + " (line " + c.span().line() + ") is read as ∂L/∂" + name + ", the reading "
                        + "that agrees with autograd (the name can also mean " + String.join(", ", c.readings().stream()
                        .map(Claim.Reading::name).filter(n -> !n.equals(name)).map(n -> "∂L/∂" + n).toList()) + ")");
            }
        }
    }

    private static String firstAgreeing(Claim c, Epoch epoch, Tolerance tolerance) {
        for (Claim.Reading r : c.readings()) {
            NdArray truth = epoch.replay.gradient().get(r.node());
            if (truth != null && Agreement.agrees(c.value(), truth, tolerance)) {
                return r.name();
            }
        }
        return c.readings().get(0).name();
    }
}
