package bpdiff.check;

import bpdiff.network.NetworkSpec;
import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Expr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Guesses about the back-propagated sum of a hidden neuron \( j \) in layer \( l \):
 * \( \partial L / \partial out_j = \sum_k \delta_k \, w_{kj} \) over the neurons \( k \) of layer
 * \( l+1 \).
 *
 * <ul>
 *   <li>{@code d_w5} in place of \( \delta_{o1} w_5 \): the homework's published mistake. Since
 *       \( \partial L/\partial w_5 = \delta_{o1}\,out_{h1} \), the correction replaces {@code d_w5} by
 *       {@code d_w5 * w5 / out_h1};
 *   <li>\( \delta_k \) without its weight: {@code delta_o1} becomes {@code delta_o1 * w5};
 *   <li>\( \partial L / \partial out_k \) in place of \( \delta_k \): {@code d_o1} becomes
 *       {@code d_o1 · act'(in_o1)} (with or without the weight as well);
 *   <li>a path left out: {@link PathCorrections}.
 * </ul>
 */
public final class BackPropagationCorrections {

    private BackPropagationCorrections() {}

    /**
     * @param c the wrong line
     * @return the guesses that apply to it, in order of preference
     */
    static List<Guess> all(WrongLine c) {
        List<Guess> candidates = new ArrayList<>();
        NetworkSpec spec = c.names().spec();
        if (!c.target().hasNeuron() || c.target().layer() >= spec.layerCount()) {
            return candidates;
        }
        int layer = c.target().layer();
        int j = c.target().neuron();
        String out = c.names().out(layer, j);
        String sum = pathSum(c, layer, j);
        String stage = Wiring.stage(c.names(), c.target());
        candidates.addAll(gradientsForError(c, layer, j, out, sum, stage));
        replaced(c, MistakeCode.MISSING_WEIGHT, DerivativeTarget.Kind.NEURON_IN, (name, k) -> times(name,
                ExprEdits.name(Wiring.outgoingWeight(spec, layer, j, k))),
                r -> "the weight" + r.plural() + " " + r.weights() + " " + r.are() + " missing after "
                        + String.join(", ", r.used()) + ": the error reaching " + c.names().spec().neuronName(layer, j)
                        + " is " + sum, candidates);
        replaced(c, MistakeCode.MISSING_ACTIVATION_DERIVATIVE, DerivativeTarget.Kind.NEURON_OUT,
                (name, k) -> times(name,
                ExprEdits.number(c.point().activationDerivative(c.names(), layer + 1, k))),
                r -> "the activation derivative is missing after " + String.join(", ", r.used())
                        + ": δ = ∂L/∂out · act'(in), and the error reaching "
                        + c.names().spec().neuronName(layer, j) + " is " + sum, candidates);
        replaced(c, MistakeCode.MISSING_WEIGHT_AND_ACTIVATION_DERIVATIVE, DerivativeTarget.Kind.NEURON_OUT,
                (name, k) -> times(name, ExprEdits.binary(BinaryOperator.MULTIPLY,
                ExprEdits.number(c.point().activationDerivative(c.names(), layer + 1, k)),
                ExprEdits.name(Wiring.outgoingWeight(spec, layer, j, k)))),
                r -> String.join(" + ", r.used()) + " is used where " + sum
                        + " belongs: the activation derivatives and the weight" + r.plural() + " " + r.weights()
                        + " are missing", candidates);
        candidates.addAll(PathCorrections.missingPaths(c));
        return candidates;
    }

    /**
     * The names a guess replaced and the neurons of layer l+1 they belong to.
     *
     * @param used the replaced names, as written
     * @param weightNames the weight from the target's neuron to each of their neurons
     */
    private record Replaced(List<String> used, List<String> weightNames) {

        String weights() {
            return String.join(", ", weightNames);
        }

        String plural() {
            return weightNames.size() == 1 ? "" : "s";
        }

        String are() {
            return weightNames.size() == 1 ? "is" : "are";
        }
    }

    /**
     * The homework's {@code d_w5 + d_w6} ({@link FormulaGuesses#gradientsForError}): the gradients of the weights
     * from the target's neuron, computed above, used where the error they pass back belongs.
     */
    private static List<Guess> gradientsForError(WrongLine c, int layer, int j, String out, String sum,
            String stage) {
        List<FormulaGuesses.Gradient> gradients = new ArrayList<>();
        for (String name : ExprEdits.names(c.formula())) {
            DerivativeTarget t = c.assignedOn().containsKey(name) ? c.names().derivativeOf(name) : null;
            int k = t == null ? -1 : nextNeuron(c, t, DerivativeTarget.Kind.PARAMETER);
            if (k >= 0) {
                String weight = Wiring.outgoingWeight(c.names().spec(), layer, j, k);
                gradients.add(new FormulaGuesses.Gradient(name, weight, c.delta(layer + 1, k),
                        NdArray.scalar(c.values().get(weight)), NdArray.scalar(c.values().get(out))));
            }
        }
        if (gradients.isEmpty()) {
            return List.of();
        }
        String written = String.join(" + ", gradients.stream().map(FormulaGuesses.Gradient::gradient).toList());
        return List.of(FormulaGuesses.gradientsForError(c, gradients,
                FormulaGuesses.gradientsForErrorWords(sum, written, gradients, out) + "; " + stage
                        + " is where it goes wrong"));
    }

    /** Replaces every used name whose target is {@code kind} of a neuron of layer l+1. */
    private static void replaced(WrongLine c, MistakeCode code, DerivativeTarget.Kind kind,
            BiFunction<String, Integer, Expr> replacement, Function<Replaced, String> finding,
            List<Guess> candidates) {
        int layer = c.target().layer();
        int j = c.target().neuron();
        Map<Expr, Expr> replacements = new IdentityHashMap<>();
        List<String> used = new ArrayList<>();
        List<String> weights = new ArrayList<>();
        for (String name : ExprEdits.names(c.formula())) {
            DerivativeTarget t = c.assignedOn().containsKey(name) ? c.names().derivativeOf(name) : null;
            int k = t == null ? -1 : nextNeuron(c, t, kind);
            if (k >= 0) {
                Expr by = replacement.apply(name, k);
                ExprEdits.uses(c.formula(), name).forEach(e -> replacements.put(e, by));
                used.add(name);
                weights.add(Wiring.outgoingWeight(c.names().spec(), layer, j, k));
            }
        }
        if (!used.isEmpty()) {
            candidates.add(c.edited(replacements, Map.of(), code, finding.apply(new Replaced(used, weights))));
        }
    }

    /** The neuron k of layer l+1 that a target belongs to, −1 if none. */
    private static int nextNeuron(WrongLine c, DerivativeTarget t, DerivativeTarget.Kind kind) {
        int layer = c.target().layer();
        int j = c.target().neuron();
        if (t.kind() != kind) {
            return -1;
        }
        if (kind != DerivativeTarget.Kind.PARAMETER) {
            return t.layer() == layer + 1 ? t.neuron() : -1;
        }
        List<int[]> uses = c.names().uses(t.quantity());
        boolean fromJ = uses.size() == 1 && uses.get(0)[0] == layer + 1 && uses.get(0)[2] == j;
        return fromJ ? uses.get(0)[1] : -1;
    }

    private static String pathSum(WrongLine c, int layer, int j) {
        List<String> terms = new ArrayList<>();
        for (int k = 0; k < c.names().spec().layerSizes()[layer + 1]; k++) {
            terms.add(c.delta(layer + 1, k) + "·" + Wiring.outgoingWeight(c.names().spec(), layer, j, k));
        }
        return String.join(" + ", terms);
    }

    private static Expr times(String name, Expr factor) {
        return ExprEdits.binary(BinaryOperator.MULTIPLY, ExprEdits.name(name), factor);
    }
}
