package bpdiff.check.program;

import bpdiff.check.Agreement;
import bpdiff.diff.Tolerance;
import bpdiff.check.ValueText;
import bpdiff.program.array.Elementwise;
import bpdiff.program.array.NdArray;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which reading of a claim is judged: the first, in {@link ClaimNames#targets}'s order, that agrees with autograd at
 * the first epoch the claim is made, else the one the claims computed from it take it as (its autograd value in the
 * claim's place makes the most of them agree; the first reading when none makes more agree than it). A claim about an intermediate value (not a parameter,
 * whose gradient the update uses as it is) may also hold the derivative times the number of samples — the gradient
 * of the summed loss where the loss averages, deeplearning.ai's {@code dZ2 = A2 - Y} — or, in a program whose steps
 * add ({@code W += lr * H.T.dot(d)}), its negation, the descent direction ({@code error = y - out}). The choice holds
 * for every later epoch, so that a claim is one quantity with one history; a choice other than the plain first
 * reading is noted. While more than one reading agrees (a tanh's derivative is 1 where its output is 0, so
 * \( \partial L / \partial h \) and \( \partial L / \partial z \) agree at a first sample of zeros), the choice stays
 * open: the first of those readings that still agrees at a later epoch is chosen, so the reading chosen agrees at
 * every epoch where any did.
 */
final class Readings {

    private final Map<Site, Choice> chosen = new HashMap<>();

    /** Where a claim is made. */
    private record Site(Claim.Kind kind, String name, int line, int column) {}
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
            boolean named = c.kind() == Claim.Kind.NAMED;
            for (Claim.Reading r : c.readings()) {
                named &= !epoch.parameterNodes.contains(r.node());
            }
            boolean intermediate = named;
            if (!c.ambiguous() && !intermediate) {
                continue;
            }
            Site site = new Site(c.kind(), c.name(), c.span().line(), c.span().column());
            Choice before = chosen.get(site);
            Choice choice = before == null ? firstAgreeing(c, epoch, tolerance, intermediate)
                    : before.narrowed(c, epoch, tolerance);
            chosen.put(site, choice);
            for (Claim.Reading r : c.readings()) {
                if (r.name().equals(choice.name())) {
                    claims.set(k, c.readAs(r, choice.scale()));
                }
            }
            boolean read = false;
            for (Claim.Reading r : c.readings()) {
                read |= r.name().equals(choice.name());
            }
            if (!read || choice.name().equals(c.readings().get(0).name()) && choice.scale() == 1) {
                continue;
            }
            String others = String.join(", ", c.readings().stream().map(Claim.Reading::name)
                    .filter(n -> !n.equals(choice.name())).map(n -> "∂L/∂" + n).toList());
            findings.note(c.name() + " (" + findings.lines().lineText(c.span().line()) + ") is read as " + choice.label() + ", the reading "
                    + (choice.usedBelow() ? "the lines computed from it take it as" : "that agrees with autograd" + choice.why()) + (others.isEmpty() ? "" : " (the name can also mean "
                    + others + ")"));
        }
    }

    /**
     * A reading chosen: the variable and the multiple of its derivative the claim holds.
     *
     * @param agreeing the readings (scale 1) that have agreed at every epoch so far, when more than one: the choice
     *     is still open among them
     */
    private record Choice(String name, double scale, List<String> agreeing, boolean usedBelow) {

        Choice(String name, double scale) {
            this(name, scale, List.of(), false);
        }

        Choice(String name, double scale, List<String> agreeing) {
            this(name, scale, agreeing, false);
        }

        /** The choice after one more epoch: of the readings still open, those that agree at this one. */
        Choice narrowed(Claim c, Epoch epoch, Tolerance tolerance) {
            if (agreeing.size() < 2) {
                return this;
            }
            List<String> still = new java.util.ArrayList<>();
            for (Claim.Reading r : c.readings()) {
                NdArray truth = epoch.replay.gradient().get(r.node());
                if (agreeing.contains(r.name()) && truth != null && agrees(c, r, truth, tolerance)) {
                    still.add(r.name());
                }
            }
            return still.isEmpty() ? new Choice(name, scale) : choice(c, still);
        }

        String label() {
            String derivative = "∂L/∂" + name;
            return scale == 1 ? derivative : scale == -1 ? "−" + derivative : ValueText.of(scale) + "·" + derivative;
        }

        String why() {
            if (scale == -1 && name.startsWith("(-")) {
                return ", the negation of the gradient of the sigmoid's argument " + name + ", the pre-activation negated";
            }
            if (scale == -1) {
                return ", negated: the descent direction the program's steps add";
            }
            return scale == 1 ? "" : ", summed over the " + ValueText.of(scale) + " samples the loss averages over";
        }
    }

    private static Choice firstAgreeing(Claim c, Epoch epoch, Tolerance tolerance, boolean intermediate) {
        List<String> agreeing = new java.util.ArrayList<>();
        for (Claim.Reading r : c.readings()) {
            NdArray truth = epoch.replay.gradient().get(r.node());
            if (truth != null && agrees(c, r, truth, tolerance)) {
                agreeing.add(r.name());
            }
        }
        if (!agreeing.isEmpty()) {
            return choice(c, agreeing);
        }
        if (intermediate) {
            boolean ascent = epoch.claims.stream().anyMatch(u -> u.kind() == Claim.Kind.UPDATE && u.exprScale() < 0);
            for (Claim.Reading r : c.readings()) {
                NdArray truth = epoch.replay.gradient().get(r.node());
                if (truth == null) {
                    continue;
                }
                for (double scale : scales(truth.shape(), ascent)) {
                    if (Agreement.agrees(c.value(), Elementwise.unary(truth, v -> v * scale), tolerance)) {
                        return new Choice(r.name(), scale);
                    }
                }
            }
        }
        return usedBelow(c, epoch, tolerance);
    }

    /**
     * For a claim no reading of which agrees: the reading the claims computed from it take it as — the one whose
     * autograd value, put in the claim's place, makes the most other claims of the epoch agree (the first reading
     * when none makes more agree than it), so that a mistake on the claim's line is not passed on as a mistake of
     * the lines below ({@code dH = (dO @ W2) * H * (1 - H)} with {@code W2.T} meant is read as ∂L/∂(input of H),
     * as {@code dW1 = X.T @ dH} takes it).
     */
    private static Choice usedBelow(Claim c, Epoch epoch, Tolerance tolerance) {
        Choice first = new Choice(c.readings().get(0).name(), 1);
        if (c.readings().size() < 2 || c.valueNode() < 0) {
            return first;
        }
        List<Integer> roots = new java.util.ArrayList<>();
        for (Claim other : epoch.claims) {
            if (other.valueNode() >= 0 && other.valueNode() != c.valueNode()) {
                roots.add(other.valueNode());
            }
        }
        if (roots.isEmpty()) {
            return first;
        }
        bpdiff.program.tape.Closure below = bpdiff.program.tape.Closure.ofAll(epoch.closure.tape(), roots,
                epoch.parameterNodes);
        int best = 0;
        Choice chosen = first;
        for (Claim.Reading r : c.readings()) {
            NdArray truth = epoch.replay.gradient().get(r.node());
            if (truth == null || !java.util.Arrays.equals(truth.shape(), c.value().shape())) {
                continue;
            }
            double factor = r.sign() * c.exprScale();
            Map<Integer, NdArray> replaced = Map.of(c.valueNode(), Elementwise.unary(truth, v -> v * factor));
            Map<Integer, NdArray> values = bpdiff.program.tape.TapeEvaluator.evaluate(below, replaced);
            int agreeing = 0;
            for (Claim other : epoch.claims) {
                NdArray value = values.get(other.valueNode());
                NdArray otherTruth = epoch.replay.gradient().get(other.targetNode());
                if (other.valueNode() != c.valueNode() && value != null && otherTruth != null) {
                    double scale = other.exprScale();
                    double otherScale = other.scale();
                    agreeing += Agreement.agrees(Elementwise.unary(value, v -> v / scale),
                            Elementwise.unary(otherTruth, v -> v * otherScale), tolerance) ? 1 : 0;
                }
            }
            if (agreeing > best || r.name().equals(first.name())) {
                best = agreeing;
                chosen = r.name().equals(first.name()) ? first : new Choice(r.name(), r.sign(), List.of(), true);
            }
        }
        return chosen;
    }

    /** Whether a claim agrees with autograd under a reading, through the reading's sign. */
    private static boolean agrees(Claim c, Claim.Reading r, NdArray truth, Tolerance tolerance) {
        return Agreement.agrees(c.value(), r.sign() == 1 ? truth : Elementwise.unary(truth, v -> -v), tolerance);
    }

    /** The first of the readings that agree, with its sign, the others still open. */
    private static Choice choice(Claim c, List<String> agreeing) {
        double sign = 1;
        for (Claim.Reading r : c.readings()) {
            if (r.name().equals(agreeing.get(0))) {
                sign = r.sign();
            }
        }
        return new Choice(agreeing.get(0), sign, List.copyOf(agreeing));
    }

    /** The multiples tried: each axis of two or more (a number of samples), and −1 and its multiples if steps add. */
    private static java.util.List<Double> scales(int[] shape, boolean ascent) {
        java.util.List<Double> scales = new java.util.ArrayList<>();
        for (int d : shape) {
            if (d > 1 && !scales.contains((double) d)) {
                scales.add((double) d);
            }
        }
        if (ascent) {
            for (double s : java.util.List.copyOf(scales)) {
                scales.add(-s);
            }
            scales.add(0, -1.0);
        }
        return scales;
    }
}
