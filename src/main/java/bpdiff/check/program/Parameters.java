package bpdiff.check.program;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import bpdiff.program.run.Events;
import bpdiff.program.run.PyArray;
import bpdiff.program.run.PyFloat;
import bpdiff.program.run.Scope;
import bpdiff.program.run.ValuePaths;
import bpdiff.program.run.Value;
import bpdiff.program.tape.Tape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a program: the variables it updates by gradient descent ({@code w = w - lr * g},
 * {@code w -= lr * g}), followed through every epoch from the value before an update to the value after it,
 * or the variables {@code --params} names, at each computation of the loss. Learned segment by segment as the
 * program runs; nodes the tape has released are forgotten.
 */
final class Parameters {

    /** For every node that holds a parameter's value at some epoch: the parameter's name. */
    private final Map<Integer, String> names = new HashMap<>();
    /** For the node an update made: the update. */
    private final Map<Integer, Events.Update> madeBy = new HashMap<>();
    /** For the node an update started from: the update. */
    private final Map<Integer, Events.Update> updateFrom = new HashMap<>();
    /** The parameters in the order they were first met, with the line of their first update (0 if none). */
    private final Map<String, Integer> firstLine = new LinkedHashMap<>();
    /** The {@code --params} names found so far at a computation of the loss. */
    private final Set<String> found = new HashSet<>();
    /** The program's loop variables, left out of the paths that name a parameter. */
    private Set<String> loopVariables = Set.of();
    /** The node each parameter's value has after its latest update. */
    private final Map<String, Integer> latest = new HashMap<>();
    /** The parameters each update target has named ({@code layer.W}: {@code layers[0].W}, {@code layers[2].W}). */
    private final Map<String, List<String>> byTarget = new HashMap<>();
    /** For a value the program compared with a tensor's {@code .grad}: the comparison. */
    private final Map<Integer, Events.Comparison> links = new LinkedHashMap<>();
    /** The values compared with any tensor's {@code .grad}, by node. */
    private final java.util.Set<Integer> compared = new java.util.HashSet<>();
    /** For a matrix the program compared transposed with a tensor's {@code .grad} ({@code d_w1.T}): the comparison. */
    private final Map<Integer, Events.Comparison> transposedLinks = new HashMap<>();
    /** Tensors whose gradients are autograd's, standing for hand variables that are parameters. */
    private final Set<String> autograds = new HashSet<>();
    /** Parameters whose updates step by an accumulation of earlier epochs' gradients (momentum), by update line. */
    private final Map<String, Events.Update> accumulated = new LinkedHashMap<>();

    /**
     * The parameters of a whole recorded run.
     *
     * @param trace the run
     * @param named the {@code --params} names
     * @return its parameters
     * @throws BadProgramException if a named one holds a recorded number at no computation of the loss
     */
    static Parameters of(bpdiff.program.run.Trace trace, List<String> named) {
        Parameters p = new Parameters();
        p.add(trace.updates());
        p.named(named, trace.losses());
        p.requireNamed(named, trace.program().source());
        return p;
    }

    /**
     * Learns the parameters that updates name: the node an update reads is the parameter's value before it,
     * the node it makes the value after it.
     *
     * @param updates updates, in the order the program made them
     */
    void add(List<Events.Update> updates) {
        for (Events.Update u : updates) {
            String name = names.get(u.oldNode());
            if (name == null) {
                name = distinct(u);
            }
            latest.put(name, u.newNode() >= 0 ? u.newNode() : u.oldNode());
            if (u.oldNode() >= 0) {
                names.put(u.oldNode(), name);
                updateFrom.put(u.oldNode(), u);
            }
            if (u.newNode() >= 0) {
                names.put(u.newNode(), name);
                madeBy.put(u.newNode(), u);
            }
            firstLine.putIfAbsent(name, u.span().line());
        }
    }

    /**
     * The name of a parameter new to the check: its update's target ({@code w1}, {@code layer.W}), unless that names a
     * parameter still held elsewhere in the program: a loop variable stepping each layer's weights in turn
     * ({@code for layer in layers: layer.W -= lr * layer.dW}). Then each is named by where it lives
     * ({@code layers[0].W}, {@code layers[2].W}; {@link ValuePaths}), or {@code layer.W #2} if it lives nowhere a path
     * reaches.
     */
    private String distinct(Events.Update u) {
        String target = u.target();
        List<String> earlier = byTarget.computeIfAbsent(target, t -> new ArrayList<>());
        if (earlier.isEmpty()) {
            earlier.add(target);
            return target;
        }
        Set<String> skip = new HashSet<>(loopVariables);
        skip.add(target.split("[.\\[]", 2)[0]);
        String path = path(u.scope(), skip, u.oldNode(), u.newNode());
        for (int k = 0; k < earlier.size(); k++) {
            String other = earlier.get(k);
            Integer node = latest.get(other);
            String otherPath = node == null ? null : path(u.scope(), skip, node, -1);
            if (otherPath == null || otherPath.equals(path)) {
                return other; // not held anywhere else: the same parameter, made anew
            }
            if (other.equals(target)) {
                rename(other, otherPath);
                earlier.set(k, otherPath);
            }
        }
        String name = path != null ? path : target + " #" + (earlier.size() + 1);
        earlier.add(name);
        return name;
    }

    private static String path(Scope scope, Set<String> skip, int node, int orNode) {
        String path = ValuePaths.of(scope.locals(), scope.globals(), skip, ValuePaths.holding(node));
        return path != null || orNode < 0 ? path
                : ValuePaths.of(scope.locals(), scope.globals(), skip, ValuePaths.holding(orNode));
    }

    /**
     * @param names the program's loop variables ({@link ValuePaths#loopVariables}): no home of a parameter
     */
    void loopVariables(Set<String> names) {
        loopVariables = Set.copyOf(names);
    }

    private void rename(String from, String to) {
        names.replaceAll((node, name) -> name.equals(from) ? to : name);
        Integer line = firstLine.remove(from);
        firstLine.put(to, line == null ? 0 : line);
        latest.put(to, latest.remove(from));
    }

    /**
     * Learns the {@code --params} parameters: the values those names hold where each loss is computed.
     *
     * @param named the names
     * @param losses computations of the loss
     */
    void named(List<String> named, List<Events.Loss> losses) {
        for (String name : named) {
            for (Events.Loss loss : losses) {
                Value v = loss.scope().lookup(name);
                int node = v instanceof PyFloat f ? f.node() : v instanceof PyArray a ? a.node() : -1;
                if (node >= 0) {
                    names.putIfAbsent(node, name);
                    found.add(name);
                }
            }
            firstLine.putIfAbsent(name, 0);
        }
    }

    /**
     * Learns the tensors that require grad ({@code requires_grad=True} leaves, PyTorch's parameters) that each loss
     * can see, named by the variable they were first assigned to: a torch program's parameters even where it updates
     * none (a backward pass written by hand and compared with autograd's).
     *
     * @param losses computations of the loss
     * @param tape the tape, for the variables' names
     */
    void requiringGrad(List<Events.Loss> losses, Tape tape) {
        for (Events.Loss loss : losses) {
            java.util.Map<Integer, String> found = new java.util.TreeMap<>();
            java.util.function.BiConsumer<String, Value> look = (name, v) -> {
                if (v instanceof bpdiff.program.run.PyTensor t && t.requiresGrad() && t.isLeaf() && t.node() >= 0
                        && !tape.isReleased(t.node())) {
                    String recorded = tape.nameOf(t.node());
                    String chosen = recorded != null ? recorded : name;
                    found.merge(t.node(), chosen, (a, b) -> a.equals(recorded) ? a : b.equals(recorded) ? b
                            : a.compareTo(b) <= 0 ? a : b);
                }
            };
            loss.scope().forEachVariable(look);
            found.forEach((node, name) -> {
                if (!names.containsKey(node) && madeFromOthers(tape, node, name)) {
                    return;
                }
                String known = names.putIfAbsent(node, name);
                firstLine.putIfAbsent(known != null ? known : name, 0);
            });
        }
    }

    /**
     * Learns the tensors whose {@code .grad} the program compared a value with ({@code torch.allclose(d_w1,
     * net.fc1.weight.grad)}, backprop ninja's {@code cmp('W1', dW1, W1)}): each is a parameter, named as the
     * comparison names it unless it has a name already, and the value compared claims its gradient.
     *
     * @param comparisons the comparisons
     * @param tape the tape
     */
    void linked(List<Events.Comparison> comparisons, Tape tape) {
        for (Events.Comparison c : comparisons) {
            compared.add(c.hand());
            if (tape.isReleased(c.leaf()) || tape.isReleased(c.hand()) || !tape.node(c.leaf()).isLeaf()) {
                continue;
            }
            String known = names.putIfAbsent(c.leaf(), c.name());
            firstLine.putIfAbsent(known != null ? known : c.name(), 0);
            links.putIfAbsent(c.hand(), c);
            bpdiff.program.tape.TapeNode hand = tape.node(c.hand());
            if (hand.op() == bpdiff.program.tape.Op.TRANSPOSE && hand.value().ndim() == 2) {
                transposedLinks.putIfAbsent(hand.inputs()[0], c);
            }
        }
    }

    /**
     * @param matrix a value's node
     * @return the comparison of its transpose ({@code d_w1.T}) with a tensor's {@code .grad} (nn.Linear's weight is
     *     outputs × inputs, a gradient written as {@code X.T @ dZ} inputs × outputs), or {@code null}
     */
    Events.Comparison transposedLinkOf(int matrix) {
        return transposedLinks.get(matrix);
    }

    /**
     * @param hand a value's node
     * @return whether the program compared it with a tensor's {@code .grad}, a parameter's or an intermediate's
     *     ({@code cmp('logits', dlogits, logits)} after {@code logits.retain_grad()})
     */
    boolean wasCompared(int hand) {
        return compared.contains(hand);
    }

    /**
     * @param hand a value's node
     * @return the node of the parameter whose {@code .grad} the program compared it with, or {@code null}
     */
    Integer linkOf(int hand) {
        Events.Comparison c = links.get(hand);
        return c == null ? null : c.leaf();
    }

    /** @return the comparisons of values with a tensor's {@code .grad} that are known, in the order made */
    java.util.Collection<Events.Comparison> links() {
        return links.values();
    }

    /**
     * Whether a tensor that requires grad was made from other parameters' values
     * ({@code W = torch.tensor([w1, w2], requires_grad=True)} with {@code w1}, {@code w2} updated): a new leaf to
     * PyTorch, but not a parameter of its own to the check, which follows the loss through it to them.
     */
    private boolean madeFromOthers(Tape tape, int node, String name) {
        if (tape.node(node).isLeaf()) {
            return false;
        }
        Set<Integer> others = new HashSet<>();
        names.forEach((n, p) -> {
            if (!p.equals(name)) {
                others.add(n);
            }
        });
        return !others.isEmpty() && Ancestry.dependsOn(tape, node, others);
    }

    /**
     * @param named the {@code --params} names
     * @param source the program's file name
     * @throws BadProgramException if one of them held a recorded number at no computation of the loss
     */
    void requireNamed(List<String> named, String source) {
        for (String name : named) {
            if (!found.contains(name)) {
                throw new BadProgramException(new Problem(Problem.Kind.USAGE, "--params " + name
                        + ": no variable " + name + " holds a number where the loss is computed", source, 0, 0));
            }
        }
    }

    /**
     * Forgets the nodes the tape has released.
     *
     * @param tape the tape
     */
    void forgetReleased(Tape tape) {
        names.keySet().removeIf(tape::isReleased);
        madeBy.keySet().removeIf(tape::isReleased);
        updateFrom.keySet().removeIf(tape::isReleased);
        links.entrySet().removeIf(e -> tape.isReleased(e.getKey()) || tape.isReleased(e.getValue().leaf()));
        transposedLinks.entrySet().removeIf(e -> tape.isReleased(e.getKey()) || tape.isReleased(e.getValue().hand())
                || tape.isReleased(e.getValue().leaf()));
    }

    /** @return every node that holds a parameter's value */
    Set<Integer> nodes() {
        return names.keySet();
    }

    /**
     * @param node a node
     * @return the parameter whose value it holds, or {@code null}
     */
    String nameOf(int node) {
        return names.get(node);
    }

    /**
     * The value a parameter held at a point of the run: the one made before it (or never made by an update) and not
     * yet replaced by an update there. A dict that keeps the parameters is the same dict after the update, so what
     * it held when a claim was made is found here.
     *
     * @param name a parameter
     * @param order a tape position
     * @return its node there, or -1 if none is known
     */
    int nodeAt(String name, int order) {
        int found = -1;
        for (Map.Entry<Integer, String> e : names.entrySet()) {
            if (!e.getValue().equals(name)) {
                continue;
            }
            Events.Update made = madeBy.get(e.getKey());
            Events.Update replaced = updateFrom.get(e.getKey());
            if ((made == null || made.order() < order) && (replaced == null || replaced.order() >= order)) {
                found = found < 0 || made != null ? e.getKey() : found;
            }
        }
        return found;
    }

    /**
     * @param node a node
     * @return the update that made it, or {@code null}
     */
    Events.Update madeBy(int node) {
        return madeBy.get(node);
    }

    /**
     * @param node a parameter's value
     * @return the update that started from it, or {@code null}
     */
    Events.Update updateFrom(int node) {
        return updateFrom.get(node);
    }

    /**
     * Whether what an update subtracts carries values of earlier epochs (a momentum's velocity
     * {@code v = beta * v + dW}, {@code W -= lr * v}): it was computed, without passing through a parameter's value,
     * from a value of the same parameter that an earlier update already replaced, and from its current value too. A
     * gradient of this epoch's loss is computed from the parameters' current values only; one computed from replaced
     * values alone (a forward pass of the previous weights) is a mistake, and its claim stays.
     *
     * @param tape the tape
     * @param name the parameter
     * @param u its update
     * @param subtracted the node of the value stepped by
     * @param loss the tape position of the loss of the update's epoch: a value replaced before it belongs to an earlier
     *     epoch (one replaced after it is another array of the same name, {@code layer.W} in a loop over layers)
     * @return whether it does
     */
    boolean carriesEarlierEpochs(Tape tape, String name, Events.Update u, int subtracted, int loss) {
        // over what the stepped value was computed from, not over every update still held: that many grow with the
        // run (20,000 updates took 1.5 times as long)
        bpdiff.program.tape.NodeSet from = Ancestry.of(tape, subtracted, names.keySet());
        for (int node : from.toArray()) {
            Events.Update replaced = updateFrom.get(node);
            if (replaced != null && node != u.oldNode() && replaced.order() < loss && name.equals(names.get(node))
                    && !tape.isReleased(node)) {
                return from.contains(u.oldNode());
            }
        }
        return false;
    }

    /**
     * Remembers that a parameter's updates step by an accumulation of earlier epochs' gradients.
     *
     * @param name the parameter
     * @param u the update where it was seen
     * @return whether this is the first time
     */
    boolean markAccumulated(String name, Events.Update u) {
        return accumulated.putIfAbsent(name, u) == null;
    }

    /**
     * @param name a parameter
     * @return whether its updates step by an accumulation of earlier epochs' gradients
     */
    boolean isAccumulated(String name) {
        return accumulated.containsKey(name);
    }

    /** @return the parameters whose updates step by accumulations, each with the update where it was seen */
    Map<String, Events.Update> accumulated() {
        return accumulated;
    }

    /**
     * Makes a hand variable a parameter: the hand side of a tensor autograd differentiates ({@link AutogradTwins}).
     *
     * @param node its value at the hand side's loss
     * @param name the variable
     */
    void twin(int node, String name) {
        names.putIfAbsent(node, name);
        firstLine.putIfAbsent(name, 0);
    }

    /**
     * @param name a tensor that is autograd's side of hand variables that are parameters ({@link AutogradTwins}): no
     *     parameter of its own, its gradient is autograd's
     */
    void autograds(String name) {
        autograds.add(name);
    }

    /** @return whether a parameter is known that no update steps and that stands for no hand variable */
    boolean anyNeverUpdated() {
        return firstLine.entrySet().stream().anyMatch(e -> e.getValue() == 0 && !autograds.contains(e.getKey()));
    }

    /** @return the parameters' names, in the order met, but tensors that are autograd's side of hand variables */
    List<String> list() {
        return firstLine.keySet().stream().filter(p -> !autograds.contains(p)).toList();
    }

    /** @return whether there are none */
    boolean isEmpty() {
        return list().isEmpty();
    }
}
