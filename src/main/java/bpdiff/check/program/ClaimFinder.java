package bpdiff.check.program;

import bpdiff.program.run.Events;
import bpdiff.program.run.PyArray;
import bpdiff.program.run.PyFloat;
import bpdiff.program.run.Trace;
import bpdiff.program.run.Value;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Tape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the claims a run makes and puts each into its epoch: the gradient every update subtracts, and every
 * value assigned to a derivative's name ({@link ClaimNames}). A name assigned several times in one epoch
 * (a sum over samples) claims its last value, quoted at the line that computed it.
 */
final class ClaimFinder {

    private final Trace trace;
    private final Parameters parameters;
    private final List<Epoch> epochs;
    private final Findings findings;
    private final Epochs.Index index;
    private final int carryFrom;
    private final List<Events.Update> carriedUpdates = new ArrayList<>();
    private final List<Events.Assignment> carriedAssignments = new ArrayList<>();
    /** Parameter values an epoch's loss does not depend on, by {@link #atWeightsOf}: their gradient is zero. */
    private final Map<Integer, Epoch> outsideLoss = new java.util.HashMap<>();

    private ClaimFinder(Trace trace, Parameters parameters, List<Epoch> epochs, Findings findings, int carryFrom) {
        this.trace = trace;
        this.parameters = parameters;
        this.epochs = epochs;
        this.findings = findings;
        this.index = new Epochs.Index(epochs);
        this.carryFrom = carryFrom;
    }

    /**
     * The events of a segment that belong to no loss of it but may belong to the next one: made after the
     * segment's last loss, before the program computed the loss they belong to.
     *
     * @param updates updates to look at again with the next segment
     * @param assignments named claims to look at again with the next segment
     */
    record Carried(List<Events.Update> updates, List<Events.Assignment> assignments) {}

    /**
     * @param trace the run
     * @param parameters its parameters
     * @param epochs its epochs, which receive the claims
     * @param findings where what cannot be checked is reported
     */
    static void find(Trace trace, Parameters parameters, List<Epoch> epochs, Findings findings) {
        find(trace, parameters, epochs, findings, Integer.MAX_VALUE);
    }

    /**
     * Finds the claims of a segment of a run.
     *
     * @param trace the segment
     * @param parameters the parameters known so far
     * @param epochs the segment's epochs, which receive the claims
     * @param findings where what cannot be checked is reported
     * @param carryFrom the tape position from which an event that belongs to no epoch is carried to the next
     *     segment instead of being reported; {@link Integer#MAX_VALUE} for the last segment
     * @return the events carried
     */
    static Carried find(Trace trace, Parameters parameters, List<Epoch> epochs, Findings findings, int carryFrom) {
        ClaimFinder finder = new ClaimFinder(trace, parameters, epochs, findings, carryFrom);
        finder.updates();
        finder.named();
        epochs.forEach(ClaimFinder::merge);
        finder.accumulated();
        return new Carried(finder.carriedUpdates, finder.carriedAssignments);
    }

    private void updates() {
        Tape tape = trace.tape();
        Map<String, Integer> lastUpdate = new java.util.HashMap<>();
        for (Events.Update u : trace.updates()) {
            String name = parameters.nameOf(u.oldNode());
            if (u.oldNode() < 0 || name == null) {
                continue;
            }
            LearningRate rate = LearningRate.of(trace.program(), tape, u, parameters.nodes());
            if (!rate.derivative() && !namesAClaim(u.subtracted())) {
                findings.noDerivative(name, u, trace.program().text(u.subtracted().span()));
                continue;
            }
            Epoch epoch = index.containing(u.oldNode(), u.order());
            if (parameters.isAccumulated(name) || epoch != null && !readsGrad(u.subtracted())
                    && parameters.carriesEarlierEpochs(tape, name, u, rate.gradientNode(), epoch.loss.order())) {
                if (parameters.markAccumulated(name, u)) {
                    epochs.forEach(e -> e.claims.removeIf(c -> c.kind() == Claim.Kind.UPDATE && c.target().equals(name)));
                }
                continue;
            }
            if (epoch == null) {
                epoch = atWeightsOf(lastUpdate.get(name), u.order());
                if (epoch != null) {
                    outsideLoss.put(u.oldNode(), epoch);
                }
            }
            lastUpdate.put(name, u.order());
            if (epoch == null) {
                if (u.order() >= carryFrom) {
                    carriedUpdates.add(u);
                } else {
                    findings.updateWithoutLoss(name, u);
                }
                continue;
            }
            Expr expr = rate.gradientNode() == u.subtractedNode() ? u.subtracted() : factor(u, rate.gradientNode());
            double scale = expr == u.subtracted() ? rate.rate() : rate.factorScale(u);
            epoch.claims.add(new Claim(Claim.Kind.UPDATE, name, u.span(), expr, u.scope(), rate.gradientNode(),
                    rate.gradient(), u.oldNode(), name, u.order(), u.span().line(), rate.text(), scale,
                    List.of(new Claim.Reading(name, u.oldNode()))));
        }
    }

    /**
     * The epoch whose loss the program computed at the weights an update starts from although the loss does not
     * depend on the parameter there (a ReLU unit that is dead, Python's {@code max(0, z)} returning the constant):
     * the segment's last loss before the update, if the parameter was not updated since. Its true gradient there
     * is zero.
     *
     * @param lastUpdate the tape position of the parameter's previous update in this segment, or {@code null}
     * @param order the update's tape position
     */
    private Epoch atWeightsOf(Integer lastUpdate, int order) {
        Epoch at = null;
        for (Epoch e : epochs) {
            if (!e.parameterNodes.isEmpty() && e.loss.order() <= order
                    && (lastUpdate == null || lastUpdate < e.loss.order()) && !atStaleWeights(e)) {
                at = e;
            }
        }
        return at;
    }

    /**
     * Whether an epoch's loss was computed after an update of a weight it depends on, from values of the pass before
     * it ({@code loss = np.mean((y_hat - y) ** 2)} at the end of the loop, after {@code W2 -= lr * dW2}): its weights
     * are not those any later update starts from.
     */
    private boolean atStaleWeights(Epoch e) {
        for (Events.Update u : trace.updates()) {
            if (u.order() < e.loss.order() && e.parameterNodes.contains(u.oldNode())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Says, for each parameter whose updates step by an accumulation of earlier epochs' gradients, that its updates
     * are not claims of this epoch's gradient; without a named claim of its gradient either, it is not checked.
     */
    private void accumulated() {
        parameters.accumulated().forEach((name, u) -> {
            boolean named = epochs.stream().anyMatch(e -> e.claims.stream().anyMatch(c -> c.kind() != Claim.Kind.UPDATE
                    && (name.equals(c.target()) || c.readings().stream().anyMatch(r -> r.name().equals(name)))));
            findings.accumulated(name, u, trace.program().text(u.subtracted().span()), named);
        });
    }

    /**
     * Whether an update steps by a tensor's {@code .grad} or through an optimizer ({@code optimizer.step()}, whose
     * update is the call itself): gradients that PyTorch adds up across epochs only when the program forgets
     * {@code zero_grad()}, a mistake and not momentum. A call inside what a hand-written step subtracts
     * ({@code np.sqrt(s["dW1"])} of Adam, {@code str(l + 1)} of a key) is arithmetic of the step, no optimizer.
     */
    private static boolean readsGrad(Expr e) {
        return e instanceof Expr.Call || readsGradAttribute(e);
    }

    private static boolean readsGradAttribute(Expr e) {
        if (e instanceof Expr.Attribute a && a.attribute().equals("grad")) {
            return true;
        }
        return bpdiff.program.syntax.Children.of(e).stream().anyMatch(ClaimFinder::readsGradAttribute);
    }

    /** Whether an expression uses a variable named as a derivative ({@code d_w8}, {@code dW2}, {@code grads}…). */
    /**
     * @param e what an update subtracts
     * @return whether it names a claim ({@code lr * d_w5}, {@code grads['dW1']}, {@code p.grad})
     */
    static boolean namesAClaim(Expr e) {
        if (e instanceof Expr.Attribute a && a.attribute().equals("grad")) {
            return true; // p.grad: a gradient, even when it holds 0 (zeroed after backward() instead of before)
        }
        if (e instanceof Expr.Name n) {
            return ClaimNames.isWatched(n.id()) && !ClaimNames.targets(n.id()).isEmpty() || n.id().startsWith("grad");
        }
        return bpdiff.program.syntax.Children.of(e).stream().anyMatch(ClaimFinder::namesAClaim);
    }

    private static Expr factor(Events.Update u, int node) {
        for (Events.Factor f : u.factors()) {
            if (f.node() == node) {
                return f.expr();
            }
        }
        return u.subtracted();
    }

    private void named() {
        Tape tape = trace.tape();
        Map<Epoch, Map<Site, List<Events.Assignment>>> grouped = new LinkedHashMap<>();
        Map<Events.Assignment, List<Claim.Reading>> resolved = new java.util.IdentityHashMap<>();
        List<Events.Assignment> assignments = withTransposedClaims();
        // grads['W1'] = dW1 (or = self.layers['Affine1'].dW): the value is claimed under its own name already
        Set<Integer> namedElsewhere = new HashSet<>();
        assignments.forEach(a -> {
            if (!isDictEntry(a)) {
                namedElsewhere.add(a.node());
            }
        });
        Map<Integer, Integer> completedBy = completions(tape, assignments);
        for (Events.Assignment a : assignments) {
            if (isDictEntry(a) && namedElsewhere.contains(a.node())) {
                continue;
            }
            if (completedBy.getOrDefault(a.node(), -1) >= a.order()) {
                continue; // dw of affine_backward, to which grads['W1'] += reg * W1 adds: a part, not ∂L/∂w
            }
            List<String> candidates = ClaimNames.targets(a.name());
            Integer linked = a.node() < 0 ? null : parameters.linkOf(a.node());
            if (candidates.isEmpty() && linked == null || a.node() < 0 || tape.node(a.node()).isLeaf()) {
                continue;
            }
            // compared with a tensor's .grad, the value claims that tensor's gradient whatever its name says
            List<Claim.Reading> visible = linked != null
                    ? List.of(new Claim.Reading(parameters.nameOf(linked), linked)) : resolve(a, candidates);
            Epoch epoch = null;
            for (Claim.Reading r : visible) {
                epoch = epoch != null ? epoch : index.containing(r.node(), a.order());
            }
            for (Claim.Reading r : visible) {
                epoch = epoch != null ? epoch : outsideLoss.get(r.node());
            }
            for (int input : tape.node(a.node()).inputs()) {
                epoch = epoch != null ? epoch : index.containing(input, a.order());
            }
            List<Claim.Reading> readings = epoch == null || linked != null ? visible
                    : withRecorded(visible, candidates, epoch);
            if (readings.isEmpty()) {
                if (ClaimNames.isExplicit(a.name())) {
                    findings.helper(a);
                }
                continue;
            }
            if (epoch == null && a.order() >= carryFrom) {
                carriedAssignments.add(a);
                continue;
            }
            if (epoch == null) {
                if (ClaimNames.isExplicit(a.name())) {
                    findings.notInLoss(a, readings.get(0).name(), parameters.nameOf(readings.get(0).node()) != null);
                }
                continue;
            }
            List<Claim.Reading> inLoss = new ArrayList<>(readings.size());
            for (Claim.Reading r : readings) {
                if (epoch.closure.contains(r.node()) || !outsideLoss.isEmpty() && outsideLoss.get(r.node()) == epoch) {
                    inLoss.add(r);
                }
            }
            if (a.scope().ofObject()) {
                // self.dinputs of the first layer: the derivative of the data it was given is no claim about the weights
                inLoss.removeIf(r -> isData(r.node()));
            }
            if (inLoss.isEmpty()) {
                if (ClaimNames.isExplicit(a.name())) {
                    findings.notInLoss(a, readings.get(0).name(), false);
                }
                continue;
            }
            for (int k = 0; k < inLoss.size(); k++) {
                Claim.Reading r = inLoss.get(k);
                String parameter = parameters.nameOf(r.node());
                if (parameter != null) {
                    inLoss.set(k, new Claim.Reading(parameter, r.node()));
                }
            }
            inLoss = java.util.Collections.unmodifiableList(inLoss);
            resolved.put(a, inLoss);
            grouped.computeIfAbsent(epoch, e -> new LinkedHashMap<>())
                    .computeIfAbsent(new Site(a.name(), inLoss.get(0).node()), n -> new ArrayList<>()).add(a);
        }
        grouped.forEach((epoch, bySite) -> bySite.forEach((site, events) -> {
            if (completedLater(tape, site, events, bySite)) {
                return;
            }
            for (Events.Assignment last : claimed(events)) {
                Events.Assignment first = last;
                for (Events.Assignment e : events) {
                    if (e.node() == last.node() && e.expr() != null) {
                        first = e;
                        break;
                    }
                }
                List<Claim.Reading> readings = resolved.get(last);
                epoch.claims.add(new Claim(Claim.Kind.NAMED, site.name(), first.span(), first.expr(), first.scope(),
                        last.node(), last.value(), readings.get(0).node(), readings.get(0).name(), first.order(), 0,
                        null, 1, readings));
            }
        }));
    }

    /**
     * The values of one name's assignments in an epoch that are claims: its last value, and before it every value
     * the program itself compared with a tensor's {@code .grad} ({@code cmp('logits', dlogits, logits)} after
     * makemore's exercise 1, when exercise 2 computes {@code dlogits} again): a value the program judged complete.
     * The values between (a sum over samples, {@code dlogits /= n} after {@code dlogits[range(n), Yb] -= 1}) are
     * not.
     */
    private List<Events.Assignment> claimed(List<Events.Assignment> events) {
        Events.Assignment last = events.get(events.size() - 1);
        List<Events.Assignment> out = new ArrayList<>();
        for (int k = 0; k < events.size() - 1; k++) {
            Events.Assignment e = events.get(k);
            if (e.node() >= 0 && e.node() != last.node() && e.node() != events.get(k + 1).node()
                    && parameters.wasCompared(e.node())) {
                out.add(e);
            }
        }
        out.add(last);
        return out;
    }

    /**
     * Whether a claim is the first part of a sum that a later claim about the same value completes: CS231n's
     * {@code dw} of {@code affine_backward}, the data loss's part, to which {@code grads['W1'] += reg * W1} (or
     * {@code grads['W1'] = dW1 + reg * W1}) adds the regularization's. \( \partial L / \partial w \) is the sum, so
     * only the sum claims it; were the part wrong, the sum is too.
     */
    private static boolean completedLater(Tape tape, Site site, List<Events.Assignment> events,
            Map<Site, List<Events.Assignment>> bySite) {
        Events.Assignment part = events.get(events.size() - 1);
        for (Map.Entry<Site, List<Events.Assignment>> other : bySite.entrySet()) {
            if (other.getKey().equals(site) || other.getKey().target() != site.target()) {
                continue;
            }
            for (Events.Assignment a : other.getValue()) {
                if (a.order() < part.order() || a.node() < 0 || tape.isReleased(a.node())) {
                    continue;
                }
                bpdiff.program.tape.TapeNode n = tape.node(a.node());
                if ((n.op() == bpdiff.program.tape.Op.ADD || n.op() == bpdiff.program.tape.Op.SUB)
                        && java.util.Arrays.stream(n.inputs()).anyMatch(i -> i == part.node())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * For each value that an entry of a gradient dict adds to ({@code grads['W1'] += reg * W1},
     * {@code grads['W1'] = dW1 + reg * W1}): the tape position of that sum, so that the value, a part of the
     * gradient the entry claims, is no claim of its own where the entry's reading is not known (an epoch of a
     * numerical gradient check, which updates nothing).
     */
    private static Map<Integer, Integer> completions(Tape tape, List<Events.Assignment> assignments) {
        Map<Integer, Integer> out = new java.util.HashMap<>();
        for (Events.Assignment a : assignments) {
            if (a.node() < 0 || tape.isReleased(a.node()) || ClaimNames.targets(a.name()).isEmpty()
                    || !isDictEntry(a)) {
                continue;
            }
            bpdiff.program.tape.TapeNode n = tape.node(a.node());
            if (n.op() == bpdiff.program.tape.Op.ADD || n.op() == bpdiff.program.tape.Op.SUB) {
                for (int input : n.inputs()) {
                    out.merge(input, a.order(), Math::max);
                }
            }
        }
        return out;
    }

    /** Whether an assignment sets an entry of a gradient dict ({@code grads['W1'] = …}). */
    private static boolean isDictEntry(Events.Assignment a) {
        return a.name().endsWith("']");
    }

    /**
     * The assignments of the segment, where a matrix compared transposed with a tensor's {@code .grad}
     * ({@code torch.allclose(d_w1.T, net.fc1.weight.grad)}) stands as its transpose, named {@code d_w1.T}: what
     * claims the tensor's gradient.
     */
    private List<Events.Assignment> withTransposedClaims() {
        List<Events.Assignment> out = new ArrayList<>(trace.assignments().size());
        java.util.Set<Integer> assigned = new java.util.HashSet<>();
        for (Events.Assignment a : trace.assignments()) {
            assigned.add(a.node());
            Events.Comparison c = a.node() < 0 ? null : parameters.transposedLinkOf(a.node());
            if (c != null) {
                assigned.add(c.hand());
            }
        }
        // a value no watched name holds (grads['W1'] of a dict) claims the gradient at the comparison
        for (Events.Comparison c : parameters.links()) {
            if (!assigned.contains(c.hand()) && c.order() <= trace.tape().size()
                    && !trace.tape().isReleased(c.hand()) && !trace.tape().node(c.hand()).isLeaf()) {
                String held = trace.tape().nameOf(c.hand());
                out.add(new Events.Assignment(held != null ? held : "the value compared with " + c.name() + ".grad",
                        lineOf(trace.tape().node(c.hand()).line(), c.span()), null, c.hand(),
                        trace.tape().node(c.hand()).value(),
                        new bpdiff.program.run.Scope(Map.of(), Map.of(), null), c.order()));
                assigned.add(c.hand());
            }
        }
        for (Events.Assignment a : trace.assignments()) {
            Events.Comparison c = a.node() < 0 ? null : parameters.transposedLinkOf(a.node());
            if (c == null || trace.tape().isReleased(c.hand())) {
                out.add(a);
            } else {
                Expr transposed = a.expr() == null ? null : new Expr.Attribute(a.expr(), "T", a.expr().span(),
                        a.expr().span());
                out.add(new Events.Assignment(a.name() + ".T", a.span(), transposed, c.hand(),
                        trace.tape().node(c.hand()).value(), a.scope(), a.order()));
            }
        }
        return out;
    }

    /** The statement text of a line (without its indentation), or {@code fallback} if the line is not known. */
    private Span lineOf(int line, Span fallback) {
        String text = trace.program().text();
        int start = 0;
        for (int k = 1; k < line; k++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                return fallback;
            }
        }
        if (line < 1) {
            return fallback;
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        int column = 0;
        while (start + column < end && Character.isWhitespace(text.charAt(start + column))) {
            column++;
        }
        return new Span(line, column + 1, start + column, end);
    }

    /**
     * What one named claim is about in an epoch: a name assigned again for the same variable (a sum over samples)
     * claims its last value; the same name assigned for another variable (a function called once per layer,
     * {@code dW} for each of {@code W1}, {@code W2}) is another claim.
     */
    private record Site(String name, int target) {}

    /**
     * The readings the line can see, and in their place among the candidates those it cannot see that name a value
     * the epoch's loss depends on, by the variable the value was assigned to ({@code in_o1} inside the forward
     * function, read by {@code d_o1} in the backward one).
     */
    private List<Claim.Reading> withRecorded(List<Claim.Reading> visible, List<String> candidates, Epoch epoch) {
        List<Claim.Reading> readings = new ArrayList<>();
        for (String candidate : candidates) {
            Claim.Reading seen = null;
            for (Claim.Reading r : visible) {
                if (r.name().equals(candidate) || r.name().endsWith("['" + candidate + "']")
                        || r.name().startsWith(candidate) && PREDICTION.contains(r.name().substring(candidate.length()))) {
                    seen = r;
                    break;
                }
            }
            Integer node = seen != null ? Integer.valueOf(seen.node()) : epoch.named(trace.tape()).get(candidate);
            if (node != null && !hasNode(readings, node)) {
                readings.add(new Claim.Reading(seen != null ? seen.name() : candidate, node));
            }
        }
        for (Claim.Reading r : List.copyOf(readings)) {
            Activations.Activation activation = epoch.activations().get(r.node());
            if (activation != null && !hasNode(readings, activation.input())) {
                String input = r.name().startsWith("out_") ? "in_" + r.name().substring(4)
                        : trace.tape().nameOf(activation.input()) != null ? activation.inputName()
                        : "(input of " + r.name() + ")";
                readings.add(new Claim.Reading(input, activation.input()));
            }
            int argument = activation == null ? Activations.elementwiseArgument(trace.tape(), r.node(),
                    epoch.parameterNodes) : -1;
            if (argument >= 0 && epoch.closure.contains(argument) && !hasNode(readings, argument)) {
                String input = trace.tape().nameOf(argument);
                readings.add(new Claim.Reading(input != null ? input : "(input of " + r.name() + ")", argument));
            }
            int negated = Activations.negatedArgument(trace.tape(), r.node());
            if (negated >= 0 && epoch.closure.contains(negated) && !hasNode(readings, negated)) {
                readings.add(new Claim.Reading(Activations.negatedArgumentText(trace.tape(), negated), negated, -1));
            }
            earlierValues(r, epoch, readings);
        }
        return readings;
    }

    /**
     * The values a variable held before it was assigned again from itself in the forward pass (deeplearning.ai's
     * dropout: {@code A2 = relu(Z2)}, {@code A2 = A2 * D2}, {@code A2 = A2 / keep_prob}): {@code dA2} may be about any
     * of them ({@code dA2 = dA2 / keep_prob} is \( \partial L / \partial A_2 \) of the ReLU's output), so each is
     * a reading. A parameter's earlier values are earlier epochs', not readings.
     */
    private void earlierValues(Claim.Reading r, Epoch epoch, List<Claim.Reading> readings) {
        Tape tape = trace.tape();
        String variable = tape.nameOf(r.node());
        int at = r.node();
        while (variable != null && parameters.nameOf(at) == null) {
            int earlier = -1;
            for (int input : tape.node(at).inputs()) {
                if (!tape.isReleased(input) && variable.equals(tape.nameOf(input)) && epoch.closure.contains(input)
                        && parameters.nameOf(input) == null) {
                    earlier = input;
                    break;
                }
            }
            if (earlier < 0) {
                return;
            }
            if (!hasNode(readings, earlier)) {
                readings.add(new Claim.Reading(r.name() + " (an earlier value)", earlier));
            }
            at = earlier;
        }
    }

    /**
     * A claim's readings: the candidates the line can see that hold a recorded number, one per node; a candidate no
     * variable holds may be a parameter a dict the line can see keeps under its name ({@code dW1} of
     * {@code parameters["W1"]}).
     */
    private List<Claim.Reading> resolve(Events.Assignment a, List<String> candidates) {
        List<Claim.Reading> readings = new ArrayList<>();
        for (String named : candidates) {
            String candidate = named;
            int node = nodeOf(a.scope().lookup(candidate));
            if (isData(node)) {
                for (String suffix : PREDICTION) {
                    int predicted = nodeOf(a.scope().lookup(named + suffix));
                    if (predicted >= 0 && !trace.tape().isReleased(predicted) && !isData(predicted)) {
                        candidate = named + suffix;
                        node = predicted;
                        break;
                    }
                }
            }
            if (node < 0) {
                // no variable W1: a parameter kept in a dict under that key (deeplearning.ai's parameters["W1"])
                for (Map.Entry<String, Value> entry : bpdiff.program.run.ValuePaths.keyed(a.scope(), named)) {
                    int held = nodeOf(entry.getValue());
                    String parameter = held < 0 ? null : parameters.nameOf(held);
                    if (parameter != null) {
                        // the dict holds the value after later updates now: the claim is about the one held then
                        candidate = entry.getKey() + "['" + named + "']";
                        node = parameters.nodeAt(parameter, a.order());
                        break;
                    }
                }
            }
            if (node >= 0 && !trace.tape().isReleased(node) && !hasNode(readings, node)) {
                readings.add(new Claim.Reading(candidate, node));
            }
        }
        return readings;
    }

    /** How a prediction is named after its target: {@code dy} beside {@code y} and {@code y_hat} means the latter. */
    private static final List<String> PREDICTION = List.of("_hat", "hat", "_pred", "pred");

    private static int nodeOf(Value v) {
        return v instanceof PyFloat f ? f.node() : v instanceof PyArray x ? x.node() : -1;
    }

    /**
     * Whether a value is data the program was given ({@code y}: computed from no parameter's value, in a few steps at
     * most): when a name like a derivative of it ({@code dy = 2 * (y_hat - y) / len(X)}) has a prediction beside it
     * ({@code y_hat}), it names the derivative of the prediction.
     */
    private boolean isData(int node) {
        if (node < 0 || trace.tape().isReleased(node) || parameters.nodes().isEmpty()) {
            return false;
        }
        List<Integer> todo = new ArrayList<>(List.of(node));
        for (int seen = 0; !todo.isEmpty(); seen++) {
            int id = todo.remove(todo.size() - 1);
            if (seen > DATA_STEPS || parameters.nameOf(id) != null || trace.tape().isReleased(id)) {
                return false;
            }
            for (int input : trace.tape().node(id).inputs()) {
                todo.add(input);
            }
        }
        return true;
    }

    /** How far back {@link #isData} looks: data is given, or made in a few steps ({@code y = X[:, :1] * 0.5}). */
    private static final int DATA_STEPS = 16;

    private static boolean hasNode(List<Claim.Reading> readings, int node) {
        for (Claim.Reading r : readings) {
            if (r.node() == node) {
                return true;
            }
        }
        return false;
    }

    /** A named claim that an update subtracts is one claim, made at its line and checked once. */
    private static void merge(Epoch epoch) {
        List<Claim> merged = new ArrayList<>();
        for (Claim c : epoch.claims) {
            if (c.kind() == Claim.Kind.UPDATE) {
                continue;
            }
            Claim claim = c;
            for (Claim u : epoch.claims) {
                // w8 += step * d_w8 steps by −d_w8: the update claims −d_w8, a claim of its own beside d_w8's
                if (u.kind() == Claim.Kind.UPDATE && u.valueNode() == c.valueNode() && u.targetNode() == c.targetNode()
                        && u.exprScale() == c.exprScale()) {
                    claim = c.subtractedAt(u.span().line());
                }
            }
            merged.add(claim);
        }
        for (Claim u : epoch.claims) {
            boolean covered = false;
            for (Claim c : merged) {
                covered |= c.updateLine() == u.span().line() && c.targetNode() == u.targetNode();
            }
            if (u.kind() == Claim.Kind.UPDATE && !covered) {
                merged.add(u);
            }
        }
        merged.sort((a, b) -> Integer.compare(a.order(), b.order()));
        epoch.claims.clear();
        epoch.claims.addAll(merged);
    }
}
