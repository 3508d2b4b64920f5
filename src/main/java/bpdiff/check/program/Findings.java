package bpdiff.check.program;

import bpdiff.program.SourceMap;
import bpdiff.program.run.Events;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a check could not check, each said once: an update that subtracts no derivative, an update at weights
 * no computation of the loss depends on, a claim that names no variable, a parameter whose gradient is never
 * computed, a loss that depends on no parameter. Every one of them makes the check fail. Notes say what was left
 * out without failing.
 */
final class Findings {

    private final SourceMap lines;
    private final Map<String, NotChecked> notChecked = new LinkedHashMap<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private final Map<String, Unlossed> updatesWithoutLoss = new LinkedHashMap<>();
    private final Set<String> checked = new LinkedHashSet<>();
    private final Map<String, Lookalike> lookalikes = new LinkedHashMap<>();
    /** Parameters whose updates step by an accumulation, by name. */
    private final Map<String, Accumulated> accumulated = new LinkedHashMap<>();
    private Events.Loss firstLoss;
    private boolean anyClaim;

    /** Claims computed from a part of the samples of their epoch's loss, by the loss's line: see {@link #otherSamples}. */
    private final Map<Integer, PartOfSamples> partsOfSamples = new LinkedHashMap<>();

    /** The targets of the claims computed from a part of a loss's samples, where first, and the loss to give. */
    private static final class PartOfSamples {
        final Events.Loss loss;
        final Span at;
        final Set<String> targets = new LinkedHashSet<>();
        final Set<Integer> lines = new java.util.TreeSet<>();
        String suggestion;

        PartOfSamples(Events.Loss loss, Span at) {
            this.loss = loss;
            this.at = at;
        }
    }

    /** How often an update was made at weights without a loss, and where first. */
    private static final class Unlossed {
        final Span at;
        final String parameter;
        int count;

        Unlossed(Span at, String parameter) {
            this.at = at;
            this.parameter = parameter;
        }
    }

    /** A leaf named like a parameter that the loss depends on, met in a segment. */
    private record Lookalike(String name, int lossLine, int line, int column) {}
    private final Map<String, Helper> helpers = new LinkedHashMap<>();

    /**
     * @param lines where the program's lines stand in its file, for the sentences that name a line
     */
    Findings(SourceMap lines) {
        this.lines = lines;
    }

    /** @return where the program's lines stand in its file */
    SourceMap lines() {
        return lines;
    }

    /** @return the failing findings, in the order found */
    List<NotChecked> notChecked() {
        return new ArrayList<>(notChecked.values());
    }

    /** @return the notes */
    List<String> notes() {
        return new ArrayList<>(notes);
    }

    /**
     * @param note a note
     */
    void note(String note) {
        notes.add(note);
    }

    /**
     * A parameter whose update steps by an accumulation of earlier epochs' gradients (momentum, an adaptive step): a
     * note when its gradient is claimed where the program computes it in some segment of the run, else not checked
     * (said at {@link #finish}, once every segment has been seen: a segment may hold only a loss computed after the
     * updates, with no claim).
     *
     * @param parameter the parameter
     * @param u its update
     * @param subtracted what it subtracts, as written
     * @param named whether a named claim of its gradient is checked in this segment
     */
    void accumulated(String parameter, Events.Update u, String subtracted, boolean named) {
        accumulated.merge(parameter, new Accumulated(u, CheckedQuantity.Site.oneLine(subtracted), named),
                (was, now) -> was.named() || !now.named() ? was : new Accumulated(was.update(), was.subtracted(), true));
    }

    /** An update that steps by an accumulation, and whether its parameter's gradient is claimed by name. */
    private record Accumulated(Events.Update update, String subtracted, boolean named) {}

    private void accumulatedFindings() {
        accumulated.forEach((parameter, a) -> {
            String what = "the update of " + parameter + " (line " + a.update().span().line() + ") steps by "
                    + a.subtracted() + ", which carries the gradients of earlier epochs (momentum, or an adaptive step:"
                    + " AdaGrad, RMSprop, Adam): it is not the gradient of one epoch's loss";
            if (a.named()) {
                note(what + ", so " + parameter + "'s gradient is checked where the program computes it");
            } else {
                add(what + ", and the program computes no d_" + parameter + " to check", a.update().span().line(),
                        a.update().span().column());
            }
        });
    }

    private void add(String message, int line, int column) {
        notChecked.putIfAbsent(message, new NotChecked(message, line, column));
    }

    /**
     * The program's own assertion ended it: what it computed before is checked, and the check fails.
     *
     * @param failure the failure, at the line of the assertion
     */
    void assertionFailed(bpdiff.program.Problem failure) {
        String said = failure.message().replaceFirst("^the program fails: ", "");
        add("the program's own assertion fails at " + lines.lineText(failure.line()) + " (" + said + "), and the program"
                + " stops there, as in Python: what it computed before is checked, nothing after", failure.line(),
                failure.column());
    }

    /**
     * @param parameter the updated parameter
     * @param u its update
     * @param subtracted what it subtracts, as written
     */
    void noDerivative(String parameter, Events.Update u, String subtracted) {
        add("the update of " + parameter + " subtracts " + subtracted + ", which is computed from no parameter: it uses"
                + " no derivative, so no gradient of " + parameter + " is checked", u.span().line(), u.span().column());
    }

    /**
     * A loss or derivative that is not finite at an epoch: that epoch and those after it are not checked.
     *
     * @param what what is not finite, and its value
     * @param epoch the epoch
     * @param at the loss's line
     */
    void notFinite(String what, int epoch, Span at) {
        add("not finite at epoch " + epoch + ": " + what + "; epochs from " + epoch + " on are not checked",
                at.line(), at.column());
    }

    /**
     * A claim computed from a strict part of the samples its epoch's loss is computed over (a per-sample step, the
     * loss of the whole data set): not checked, with the sample's loss to give instead.
     *
     * @param target what it claims the gradient of
     * @param at where it is made
     * @param loss the loss
     * @param suggestion a {@code --loss-expr} of the step's own error, or {@code null}
     */
    void otherSamples(String target, Span at, Events.Loss loss, String suggestion) {
        PartOfSamples part = partsOfSamples.computeIfAbsent(loss.span().line(), k -> new PartOfSamples(loss, at));
        part.targets.add(target);
        part.lines.add(at.line());
        part.suggestion = part.suggestion != null ? part.suggestion : suggestion;
    }

    private void otherSamplesFindings() {
        partsOfSamples.values().forEach(p -> {
            List<Integer> at = new ArrayList<>(p.lines);
            String where = at.size() == 1 ? "line " + at.get(0) : "lines " + at.get(0) + "–" + at.get(at.size() - 1);
            add("the gradients of " + String.join(", ", p.targets) + " (" + where + ") are computed from some of the"
                    + " samples the loss (" + p.loss.name() + ", " + lines.lineText(p.loss.span().line()) + ") is computed"
                    + " over: the steps descend the loss of those samples (stochastic or mini-batch gradient descent),"
                    + " not that one, so they are not checked; give the loss of the samples a step is computed from, "
                    + (p.suggestion != null ? "perhaps --loss-expr '" + p.suggestion + "'" : "with --loss-expr"),
                    p.at.line(), p.at.column());
        });
    }

    /** Whether a parameter's gradients were left out as computed from a part of a loss's samples. */
    private boolean fromOtherSamples(String parameter) {
        return partsOfSamples.values().stream().anyMatch(p -> p.targets.contains(parameter));
    }

    /**
     * An update at weights at which the program computes no loss.
     *
     * @param parameter the parameter
     * @param u the update
     */
    void updateWithoutLoss(String parameter, Events.Update u) {
        updatesWithoutLoss.computeIfAbsent("the update of " + parameter + " at " + lines.lineText(u.span().line()),
                k -> new Unlossed(u.span(), parameter)).count++;
    }

    /**
     * @param a the assignment
     * @param candidates the variables its name could mean
     */
    /**
     * A name written as a claim whose readings name no variable its line can see ({@code grad_out}, {@code delta_h}):
     * a helper, checked through the gradients it feeds.
     */
    void helper(Events.Assignment a) {
        helpers.putIfAbsent(a.name(), new Helper(a.name(), a.span().line(), a.span().column()));
    }

    List<Helper> helpers() {
        return new ArrayList<>(helpers.values());
    }

    /**
     * @param a the assignment
     * @param target the variable its name means
     * @param parameter whether that is a parameter, at weights where the program computes no loss (a loss computed
     *     every 100th epoch), rather than a variable no loss depends on
     */
    void notInLoss(Events.Assignment a, String target, boolean parameter) {
        notes.add(a.name() + " (" + lines.lineText(a.span().line()) + ") is not checked"
                + (parameter ? " where the program computes no loss at the weights " + target + " has there"
                : ": the loss does not depend on " + target));
    }

    /**
     * Takes in a segment's epochs once their claims are found: what they check, and the leaves named like a
     * parameter that their losses depend on.
     *
     * @param tape the tape, holding the segment
     * @param parameters the parameters known so far
     * @param epochs the segment's epochs, with their claims
     */
    void segment(Tape tape, Parameters parameters, List<Epoch> epochs) {
        for (Epoch e : epochs) {
            firstLoss = firstLoss != null ? firstLoss : e.loss;
            anyClaim |= !e.claims.isEmpty();
            e.claims.forEach(c -> checked.add(c.target()));
        }
        Set<String> stems = new LinkedHashSet<>();
        parameters.list().forEach(p -> stems.add(stem(p)));
        for (Epoch e : epochs) {
            for (int id : e.closure.nodes()) {
                TapeNode node = tape.node(id);
                String name = node.isLeaf() && !node.constant() ? tape.nameOf(id) : null;
                if (name != null && !lookalikes.containsKey(name) && parameters.nameOf(id) == null
                        && !stem(name).isEmpty() && stems.contains(stem(name))) {
                    lookalikes.putIfAbsent(name, new Lookalike(name, e.loss.span().line(), node.line(), node.column()));
                }
            }
        }
    }

    /**
     * Reports the parameters and parameter-like values whose gradients were never checked, and a check that
     * checked nothing.
     *
     * @param parameters the parameters
     */
    void finish(Parameters parameters) {
        accumulatedFindings();
        otherSamplesFindings();
        updatesWithoutLoss.forEach((update, unlossed) -> {
            if (fromOtherSamples(unlossed.parameter)) {
                return; // a loss at those weights would not be the one the step descends either
            }
            int count = unlossed.count;
            add(update + " is not checked at " + count + " epoch" + (count == 1 ? "" : "s") + ": the program computes"
                    + " no loss at the weights it starts from there (compute the loss every epoch, before the update)",
                    unlossed.at.line(), unlossed.at.column());
        });
        for (String p : parameters.list()) {
            if (!checked.contains(p) && !fromOtherSamples(p) && notChecked.values().stream().noneMatch(n -> n.message().contains(" " + p + " "))) {
                add(p + " is a parameter, but no loss the program computes depends on it at the weights of an update: "
                        + "its gradient is not checked", 0, 0);
            }
        }
        for (Lookalike l : lookalikes.values()) {
            if (checked.contains(l.name()) || parameters.list().contains(l.name())) {
                continue;
            }
            List<String> like = parameters.list().stream().filter(p -> stem(p).equals(stem(l.name()))).limit(4).toList();
            add(l.name() + " looks like a parameter (the loss at " + lines.lineText(l.lossLine()) + " depends on it, as on "
                    + String.join(", ", like) + "), but the program neither updates it nor computes d_" + l.name()
                    + ": its gradient is not checked (--params names the parameters yourself)", l.line(), l.column());
        }
        Events.Loss first = firstLoss;
        if (parameters.isEmpty() && anyClaim) {
            add("the loss (" + lines.lineText(first.span().line()) + ") depends on no parameter: the program updates no variable by"
                    + " gradient descent (w = w - lr * g) and --params names none, so no parameter's gradient is checked",
                    first.span().line(), first.span().column());
        }
        if (!anyClaim && partsOfSamples.isEmpty()) {
            add("nothing was checked: the program computes its loss (" + first.name() + ", "
                    + lines.lineText(first.span().line()) + ") but no update w = w - lr * g and no d_… variable claims one of its derivatives", 0, 0);
        }
    }

    /** {@code w5} → {@code w}, {@code W_2} → {@code W}, {@code b1} → {@code b}. */
    private static String stem(String name) {
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == '_' || Character.isDigit(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(0, end);
    }
}
