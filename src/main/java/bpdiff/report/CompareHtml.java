package bpdiff.report;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Localisation;
import bpdiff.diff.NeuronDiff;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.StepDiff;
import bpdiff.diff.Verdict;
import bpdiff.gradient.Environment;
import bpdiff.network.NetworkSpec;
import bpdiff.report.html.Html;
import bpdiff.report.html.LineChartSvg;
import bpdiff.report.html.NetworkSvg;
import bpdiff.report.html.Page;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * {@code bpdiff compare --format html}: one self-contained page with the verdict, the network drawn with
 * every connection's gradients from the three sources, the mismatching connections marked, the neuron where
 * the error enters linked to the "where" sentence, an epoch control, the loss curves and the tables. The
 * sentences are those of the text and Markdown views ({@link CompareNarrative}); the numbers are those of
 * {@code --format json}.
 */
public final class CompareHtml {

    /** The most rows of a table; {@code --format json} has them all. */
    private static final int MOST_ROWS = 500;

    private CompareHtml() {}

    /**
     * Renders a comparison.
     *
     * @param result the comparison, whose network (its wiring, inputs and targets) the page draws
     * @param environment what it was computed with
     */
    public static String render(ComparisonResult result, Environment environment) {
        return Page.open("bpdiff compare: " + result.networkName() + ", '" + result.manual() + "' vs autograd")
                + fragment(result, environment) + Page.close();
    }

    /**
     * The page's content without the page around it, for a page that shows several results (its style and
     * script are {@link Page#style()} and {@link Page#script()}).
     *
     * @param result the comparison
     * @param environment what it was computed with
     * @return HTML elements
     */
    public static String fragment(ComparisonResult result, Environment environment) {
        NetworkSpec network = result.setup().network();
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(Html.escape(CompareNarrative.heading(result, environment))).append("</h1>\n");
        html.append("<p>").append(Html.escape(CompareNarrative.settings(result))).append(".</p>\n");
        html.append("<p class=\"verdict ").append(result.agrees() ? "ok" : "bad").append("\">")
                .append(Html.escape(CompareNarrative.verdict(result))).append("</p>\n");
        String where = CompareNarrative.where(result);
        Localisation first = result.summary().localisation();
        if (where != null) {
            html.append("<p id=\"where\" class=\"where\"><a href=\"#neuron-")
                    .append(Html.escape(ComparePicture.neuronOf(first))).append("\">").append(Html.escape(where))
                    .append("</a></p>\n");
        } else {
            html.append("<p id=\"where\">where: no neuron's gradient parts from autograd's.</p>\n");
        }
        for (String line : CompareNarrative.nonFinite(result)) {
            html.append("<p class=\"note\">").append(Html.escape(line)).append("</p>\n");
        }
        String saturation = CompareNarrative.saturation(result);
        if (saturation != null) {
            html.append("<p class=\"note\">").append(Html.escape(saturation)).append("</p>\n");
        }
        if (result.steps().isEmpty()) {
            html.append("<p>No epoch could be compared.</p>\n");
            return html.toString();
        }
        List<Integer> offered = ComparePicture.offered(result);
        int shown = shownIndex(result, offered);
        StepDiff step = result.steps().get(offered.get(shown));
        html.append("<h2>The network</h2>\n<p class=\"note\">Each connection shows dL/dw by hand, by autograd and by "
                + "finite differences, and the weight after the step on each side; each neuron its in and out (first "
                + "sample). A mismatching connection is drawn <span class=\"bad\">dashed in vermillion</span> and says "
                + "✗ mismatch; the neuron where the hand derivation first parts from autograd has a dashed ring.</p>\n");
        if (offered.size() > 1) {
            html.append("<div class=\"control\"><label for=\"epoch\">Epoch</label><input type=\"range\" id=\"epoch\" "
                    + "min=\"0\" max=\"").append(offered.size() - 1).append("\" step=\"1\" value=\"").append(shown)
                    .append("\"><output id=\"epoch-label\" for=\"epoch\">epoch ").append(step.epoch()).append(" of ")
                    .append(result.epochs()).append("</output>").append(offered.size() < result.summary().comparedEpochs()
                            ? "<span class=\"note\">" + offered.size() + " of " + result.summary().comparedEpochs()
                                    + " epochs offered; --format json has them all</span>" : "")
                    .append("</div>\n");
            html.append("<script type=\"application/json\" id=\"bpdiff-epochs\">")
                    .append(ComparePicture.epochData(result, network, offered, CompareHtml::whereAt))
                    .append("</script>\n");
        } else {
            html.append("<p id=\"epoch-label\">epoch ").append(step.epoch()).append(" of ").append(result.epochs())
                    .append("</p>\n");
        }
        html.append("<p data-v=\"where.epoch\">").append(Html.escape(whereAt(step))).append("</p>\n");
        html.append("<div class=\"picture\">").append(NetworkSvg.render(network, ComparePicture.state(network, step)))
                .append("</div>\n");
        html.append("<h2>Loss</h2>\n<p>At this epoch: hand <span class=\"mono\" data-v=\"loss.manual\">")
                .append(Html.number(step.lossManual())).append("</span>, autograd <span class=\"mono\" "
                        + "data-v=\"loss.autograd\">").append(Html.number(step.lossAutograd())).append("</span>.</p>\n");
        if (result.lossManual().length > 1) {
            html.append(LineChartSvg.render("loss", "Loss per epoch (finite differences are taken at the hand side's "
                    + "weights, so their loss is the hand side's)", "epoch", "loss", List.of(
                            new LineChartSvg.Line("hand (" + result.manual() + ")", result.lossManual()),
                            new LineChartSvg.Line("autograd (" + result.precision().id() + ")", result.lossAutograd()))));
        }
        tables(html, step);
        html.append("<p class=\"note\">").append(Html.escape(environment.line())).append(". The numbers are those of "
                + "<code>--format json</code>, digit for digit.</p>\n");
        return html.toString();
    }

    /**
     * The epochs a page can offer, as a streamed comparison's filter of the epochs it keeps: all of them, or for a
     * long run the first, the last and evenly spaced ones between (the first mismatching one is kept regardless), a
     * few hundred in all whatever the number of epochs.
     *
     * @param network the network compared, with its epochs
     * @return which compared epochs, by index from 0, to keep
     */
    public static IntPredicate kept(NetworkSpec network) {
        return ComparePicture.sample(network);
    }

    /** The epoch shown first: the first mismatching one, else the first. */
    private static int shownIndex(ComparisonResult result, List<Integer> offered) {
        Integer first = result.summary().firstMismatchEpoch();
        for (int k = 0; k < offered.size(); k++) {
            if (first != null && result.steps().get(offered.get(k)).epoch() == first) {
                return k;
            }
        }
        return 0;
    }

    /** The "where" sentence of one epoch. */
    static String whereAt(StepDiff step) {
        Localisation l = step.localisation();
        if (l == null) {
            return "At epoch " + step.epoch() + " no neuron's gradient on the hand side parts from autograd's.";
        }
        return String.format(Locale.ROOT, "At epoch %d the hand derivation first parts from autograd at dL/d%s in the "
                + "%s: hand %s, autograd %s.", step.epoch(), l.quantity(), l.layer(), Html.number(l.manual()),
                Html.number(l.autograd()));
    }

    private static void tables(StringBuilder html, StepDiff step) {
        html.append("<h2>Numbers at this epoch</h2>\n<div class=\"scroll\"><table><tr><th>parameter</th>"
                + "<th>dL/dw hand</th><th>dL/dw autograd</th><th>dL/dw numeric</th><th>w after, hand</th>"
                + "<th>w after, autograd</th></tr>\n");
        List<ParameterDiff> parameters = step.parameters();
        for (ParameterDiff p : parameters.subList(0, Math.min(MOST_ROWS, parameters.size()))) {
            String k = Html.escape(p.name()) + ".";
            html.append("<tr class=\"").append(p.verdict() == Verdict.MATCH ? "match" : "mismatch")
                    .append("\" data-parameter=\"").append(Html.escape(p.name())).append("\" data-target=\"")
                    .append(Html.escape(p.name())).append("\"><td>").append(Html.escape(p.name())).append("</td>");
            cell(html, k + "gradientManual", p.gradientManual());
            cell(html, k + "gradientAutograd", p.gradientAutograd());
            cell(html, k + "gradientNumeric", p.gradientNumeric());
            cell(html, k + "updatedManual", p.updatedManual());
            cell(html, k + "updatedAutograd", p.updatedAutograd());
            html.append("</tr>\n");
        }
        html.append("</table></div>\n<div class=\"scroll\"><table><tr><th>sample</th><th>neuron</th><th>in (hand)</th>"
                + "<th>in (autograd)</th><th>out (hand)</th><th>out (autograd)</th></tr>\n");
        List<NeuronDiff> neurons = step.neurons();
        for (NeuronDiff n : neurons.subList(0, Math.min(MOST_ROWS, neurons.size()))) {
            String k = ComparePicture.neuronKey(n);
            html.append("<tr data-target=\"").append(Html.escape(n.neuron())).append("\"><td>").append(n.sample() + 1)
                    .append("</td><td>").append(Html.escape(n.neuron())).append("</td>");
            cell(html, k + "inManual", n.inManual());
            cell(html, k + "inAutograd", n.inAutograd());
            cell(html, k + "outManual", n.outManual());
            cell(html, k + "outAutograd", n.outAutograd());
            html.append("</tr>\n");
        }
        html.append("</table></div>\n");
        if (parameters.size() > MOST_ROWS || neurons.size() > MOST_ROWS) {
            html.append("<p class=\"note\">The first ").append(MOST_ROWS).append(" rows are shown; --format json has "
                    + "them all.</p>\n");
        }
    }

    private static void cell(StringBuilder html, String key, double value) {
        html.append("<td class=\"num\" data-v=\"").append(key).append("\">").append(Html.number(value)).append("</td>");
    }
}
