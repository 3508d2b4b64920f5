package bpdiff.report;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Localisation;
import bpdiff.diff.NeuronDiff;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.StepDiff;
import bpdiff.diff.Verdict;
import bpdiff.network.NetworkSpec;
import bpdiff.report.html.Figure;
import bpdiff.report.html.Html;
import bpdiff.report.html.PictureState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * One epoch of a comparison as the network picture shows it, and the epochs the page's control offers.
 *
 * <p>Each connection shows \( \partial L / \partial w \) by hand, by autograd and by finite differences, and
 * the weight after the step on each side; each neuron its {@code in} and {@code out} on both sides (of the
 * first sample); the neuron of the epoch's {@link Localisation} is where the error enters. Every number
 * carries a key so the epoch control can change it.
 */
final class ComparePicture {

    /** The most numbers the epoch control carries in all, so a long run stays a page of a few MB. */
    private static final int MOST_VALUES = 400_000;
    /** The most epochs the control offers. */
    private static final int MOST_EPOCHS = 200;

    private ComparePicture() {}

    /** The picture's state at epoch {@code step}, with the first sample's inputs and targets. */
    static PictureState state(NetworkSpec network, StepDiff step) {
        Map<String, List<Figure>> parameters = new LinkedHashMap<>();
        Map<String, PictureState.Status> status = new LinkedHashMap<>();
        for (ParameterDiff p : step.parameters()) {
            String k = p.name() + ".";
            parameters.put(p.name(), List.of(
                    new Figure("dL/dw hand", k + "gradientManual", Html.number(p.gradientManual())),
                    new Figure("dL/dw autograd", k + "gradientAutograd", Html.number(p.gradientAutograd())),
                    new Figure("dL/dw numeric", k + "gradientNumeric", Html.number(p.gradientNumeric())),
                    new Figure("w after, hand", k + "updatedManual", Html.number(p.updatedManual())),
                    new Figure("w after, autograd", k + "updatedAutograd", Html.number(p.updatedAutograd()))));
            status.put(p.name(), p.verdict() == Verdict.MATCH ? PictureState.Status.MATCH
                    : PictureState.Status.MISMATCH);
        }
        Map<String, List<Figure>> neurons = new LinkedHashMap<>();
        double[] x = network.samples().get(0).x();
        double[] y = network.samples().get(0).y();
        for (int i = 0; i < x.length; i++) {
            neurons.put("x" + (i + 1), List.of(new Figure("input", null, Html.number(x[i]))));
        }
        for (NeuronDiff n : step.neurons()) {
            if (n.sample() != 0) {
                continue;
            }
            String k = neuronKey(n);
            List<Figure> figures = new ArrayList<>(List.of(
                    new Figure("in (hand)", k + "inManual", Html.number(n.inManual())),
                    new Figure("in (autograd)", k + "inAutograd", Html.number(n.inAutograd())),
                    new Figure("out (hand)", k + "outManual", Html.number(n.outManual())),
                    new Figure("out (autograd)", k + "outAutograd", Html.number(n.outAutograd()))));
            if (n.neuron().startsWith("o")) {
                figures.add(new Figure("target", null, Html.number(y[Integer.parseInt(n.neuron().substring(1)) - 1])));
            }
            neurons.put(n.neuron(), figures);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Localisation where = step.localisation();
        if (where != null) {
            errors.put(neuronOf(where), "error enters here: dL/d" + where.quantity());
        }
        return new PictureState(parameters, status, neurons, errors);
    }

    /** @return the key prefix of a neuron's values in one sample, e.g. {@code s0.h1.} */
    static String neuronKey(NeuronDiff n) {
        return "s" + n.sample() + "." + n.neuron() + ".";
    }

    /** @return the neuron a localisation names: {@code h1} for {@code out_h1} */
    static String neuronOf(Localisation where) {
        return where.quantity().substring(where.quantity().indexOf('_') + 1);
    }

    /**
     * The compared epochs worth keeping for a page, chosen before they are compared: all, or evenly spaced ones
     * when the page cannot carry all (the comparison itself keeps the first mismatching and the last).
     *
     * @return which compared epochs, by index from 0, to keep
     */
    static IntPredicate sample(NetworkSpec network) {
        int most = most(network.parameterCount(), network.neuronCount() * network.samples().size());
        int epochs = network.epochs();
        if (epochs <= most) {
            return index -> true;
        }
        return spaced(epochs, most)::contains;
    }

    /**
     * @return the epochs the control offers, as ascending indices into {@code result.steps()}: all, or for a long
     *     run the first, the first mismatching, the last and evenly spaced ones between, as the page's size allows
     */
    static List<Integer> offered(ComparisonResult result) {
        List<StepDiff> steps = result.steps();
        int most = steps.isEmpty() ? 2 : most(steps.get(0).parameters().size(), steps.get(0).neurons().size());
        if (steps.size() <= most) {
            return IntStream.range(0, steps.size()).boxed().toList();
        }
        TreeSet<Integer> chosen = spaced(steps.size(), most);
        Integer first = result.summary().firstMismatchEpoch();
        for (int i = 0; i < steps.size(); i++) {
            if (first != null && steps.get(i).epoch() == first) {
                chosen.add(i);
            }
        }
        return new ArrayList<>(chosen);
    }

    /**
     * @param neuronValues the neurons' rows of one epoch (neurons × samples)
     * @return how many epochs a page offers: at least 2, at most {@value #MOST_EPOCHS}, and the epochs' 5 numbers
     *     per parameter and 4 per neuron row within {@value #MOST_VALUES}
     */
    private static int most(int parameters, int neuronValues) {
        int perEpoch = 5 * parameters + 4 * neuronValues;
        return Math.max(2, Math.min(MOST_EPOCHS, MOST_VALUES / Math.max(1, perEpoch)));
    }

    /** {@code most − 1} evenly spaced indices from the first to the last of {@code count}. */
    private static TreeSet<Integer> spaced(int count, int most) {
        TreeSet<Integer> chosen = new TreeSet<>();
        for (int k = 0; k < most - 1; k++) {
            chosen.add((int) Math.round((double) k * (count - 1) / (most - 2)));
        }
        return chosen;
    }

    /**
     * @param offered indices into {@code result.steps()}
     * @param where the "at this epoch" sentence of each step
     * @return the epoch control's data as a JSON array: per offered epoch its label, the text of every keyed
     *     number, each parameter's state and the neurons where the error enters
     */
    static String epochData(ComparisonResult result, NetworkSpec network, List<Integer> offered,
            Function<StepDiff, String> where) {
        StringBuilder json = new StringBuilder("[");
        for (int index : offered) {
            StepDiff step = result.steps().get(index);
            PictureState state = state(network, step);
            json.append(json.length() > 1 ? ",\n" : "").append("{\"label\":")
                    .append(jsonString("epoch " + step.epoch() + " of " + result.epochs())).append(",\"values\":{");
            Map<String, String> values = new LinkedHashMap<>();
            state.parameters().values().forEach(fs -> fs.forEach(f -> values.put(f.key(), f.value())));
            for (NeuronDiff n : step.neurons()) {
                String k = neuronKey(n);
                values.put(k + "inManual", Html.number(n.inManual()));
                values.put(k + "inAutograd", Html.number(n.inAutograd()));
                values.put(k + "outManual", Html.number(n.outManual()));
                values.put(k + "outAutograd", Html.number(n.outAutograd()));
            }
            values.put("loss.manual", Html.number(step.lossManual()));
            values.put("loss.autograd", Html.number(step.lossAutograd()));
            values.put("where.epoch", where.apply(step));
            state.errors().forEach((neuron, badge) -> values.put("error." + neuron, badge));
            boolean firstValue = true;
            for (Map.Entry<String, String> v : values.entrySet()) {
                json.append(firstValue ? "" : ",").append(jsonString(v.getKey())).append(':')
                        .append(jsonString(v.getValue()));
                firstValue = false;
            }
            json.append("},\"status\":{");
            firstValue = true;
            for (Map.Entry<String, PictureState.Status> s : state.status().entrySet()) {
                json.append(firstValue ? "" : ",").append(jsonString(s.getKey())).append(':')
                        .append(jsonString(s.getValue().id()));
                firstValue = false;
            }
            json.append("},\"errors\":[").append(String.join(",", state.errors().keySet().stream()
                    .map(ComparePicture::jsonString).toList())).append("]}");
        }
        return json.append("]").toString();
    }

    private static String jsonString(String text) {
        return Html.json(text);
    }
}
