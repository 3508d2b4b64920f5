package bpdiff.check.program;

import bpdiff.program.run.Events;
import bpdiff.program.run.PyArray;
import bpdiff.program.run.PyFloat;
import bpdiff.program.run.PyTensor;
import bpdiff.program.run.Value;
import bpdiff.program.run.ValuePaths;
import bpdiff.program.tape.Tape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand side of a program that computes one network twice, by hand (numpy, Python floats: homework 2) and with
 * PyTorch's autograd (tensors that require grad, {@code loss.backward()}: homework 3), and compares the gradients
 * ({@code np.allclose(dW1, w1.grad.numpy())}, {@code print(d_w1, t1.grad.item())}).
 *
 * <p>A tensor that requires grad, is a leaf, and is never updated — a variable, or a module's parameter
 * ({@code net.fc1.weight}) — is autograd's side of the hand variable {@code V} when: a claim's name reads as
 * \( \partial L / \partial V \) ({@code dW1}, {@code d_w1}, {@code grads['W1']}; {@code V} a variable, or a dict's entry
 * under that key, {@code params['W1']}); the program computes a loss that depends on {@code V}
 * but on no such tensor (the hand side's own loss); and {@code V} there holds the tensor's weights (the same shape,
 * or the transpose of an {@code nn.Linear} weight of outputs × inputs, every element within \( 10^{-6} \) relative:
 * {@link StartingWeights#same}), or the tensor's elements are single such weights ({@code w1 … w4} for a 2 × 2
 * {@code W1}), one each. A match must be the only one. Each such {@code V} is a parameter of the check (where the hand
 * side updates nothing, its gradients are still the homework's), and the tensor is not one of its own: its
 * {@code .grad} is autograd's, what the hand gradients are compared with.
 */
final class AutogradTwins {

    private AutogradTwins() {}

    /** A hand variable, its node at its loss and its weights. */
    private record Hand(String name, int node, double[] values, int[] shape) {}

    /**
     * Finds the twins among a segment's losses and makes each hand side a parameter.
     *
     * @param parameters the parameters known so far
     * @param losses the segment's computations of the loss
     * @param assignments the segment's assignments to names that may claim a derivative
     * @param tape the tape
     * @param findings where the twins found are noted
     */
    static void find(Parameters parameters, List<Events.Loss> losses, List<Events.Assignment> assignments, Tape tape,
            Findings findings) {
        Map<Integer, String> torch = new LinkedHashMap<>();
        for (Events.Loss loss : losses) {
            for (Map.Entry<Value, String> e : ValuePaths.every(loss.scope().locals(), loss.scope().globals(),
                    v -> v instanceof PyTensor t && t.requiresGrad() && t.isLeaf() && t.node() >= 0)) {
                int node = ((PyTensor) e.getKey()).node();
                String known = parameters.nameOf(node);
                if (!tape.isReleased(node) && parameters.updateFrom(node) == null && parameters.madeBy(node) == null) {
                    torch.putIfAbsent(node, known != null ? known : e.getValue());
                }
            }
        }
        if (torch.isEmpty()) {
            return;
        }
        Set<String> claimed = new LinkedHashSet<>();
        assignments.forEach(a -> claimed.addAll(ClaimNames.targets(a.name())));
        List<Hand> hands = new ArrayList<>();
        Set<Integer> met = new java.util.HashSet<>();
        for (Events.Loss loss : losses) {
            if (loss.node() < 0 || tape.isReleased(loss.node()) || Ancestry.dependsOn(tape, loss.node(), torch.keySet())) {
                continue;
            }
            for (String name : claimed) {
                // the variable, or an entry of a dict of weights under its name (params['W1'] of grads['W1'])
                Map<String, Value> held = new LinkedHashMap<>();
                held.put(name, loss.scope().lookup(name));
                ValuePaths.keyed(loss.scope(), name).forEach(e -> held.put(e.getKey() + "['" + name + "']", e.getValue()));
                held.forEach((as, v) -> {
                    int node = v instanceof PyTensor ? -1 : v instanceof PyFloat f ? f.node()
                            : v instanceof PyArray a ? a.node() : -1;
                    String known = node < 0 ? null : parameters.nameOf(node);
                    if (node >= 0 && !tape.isReleased(node) && (known == null || known.equals(as)) && met.add(node)
                            && Ancestry.dependsOn(tape, loss.node(), Set.of(node))) {
                        var value = tape.node(node).value();
                        hands.add(new Hand(as, node, value.data(), value.shape()));
                    }
                });
            }
        }
        List<String> tensors = new ArrayList<>();
        List<String> sides = new ArrayList<>();
        torch.forEach((node, name) -> {
            var value = tape.node(node).value();
            List<Hand> twin = twin(value.data(), value.shape(), hands);
            if (twin != null) {
                twin.forEach(h -> parameters.twin(h.node(), h.name()));
                parameters.autograds(name);
                tensors.add(name);
                List<String> names = twin.stream().map(Hand::name).toList();
                sides.add(names.size() == 1 ? names.get(0) : "(" + String.join(", ", names) + ")");
            }
        });
        if (!tensors.isEmpty()) {
            boolean one = tensors.size() == 1;
            findings.note(String.join(", ", tensors) + (one ? " starts" : " start") + " at the weights of "
                    + String.join(", ", sides) + " and " + (one ? "is" : "are") + " never updated: autograd's side,"
                    + " whose .grad is what backward() computes; the hand gradients of " + String.join(", ", sides)
                    + " are what is checked against autograd");
        }
    }

    /** The one hand variable holding these weights (or their transpose), else one single weight per element. */
    private static List<Hand> twin(double[] weights, int[] shape, List<Hand> hands) {
        List<Hand> whole = hands.stream().filter(h -> StartingWeights.same(weights, h.values())).toList();
        if (whole.isEmpty() && shape.length == 2 && shape[0] > 1 && shape[1] > 1) {
            double[] transposed = StartingWeights.transpose(weights, shape);
            whole = hands.stream().filter(h -> h.shape().length == 2 && StartingWeights.same(transposed, h.values()))
                    .toList();
        }
        if (!whole.isEmpty()) {
            return whole.size() == 1 ? whole : null;
        }
        if (weights.length < 2) {
            return null;
        }
        List<Hand> parts = new ArrayList<>();
        for (double w : weights) {
            List<Hand> at = hands.stream().filter(h -> h.values().length == 1 && StartingWeights.same(w, h.values()[0]))
                    .toList();
            if (at.size() != 1 || parts.contains(at.get(0))) {
                return null;
            }
            parts.add(at.get(0));
        }
        return parts;
    }
}
