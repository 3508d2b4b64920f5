package bpdiff.report.html;

import bpdiff.check.CheckReport;
import bpdiff.check.DerivativeTarget;
import bpdiff.check.FormulaResult;
import bpdiff.check.FormulaVerdict;
import bpdiff.gradient.ChainRuleKernel;
import bpdiff.gradient.NeuronValues;
import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bpdiff check --format html}: the student's lines beside the network picture. Each checked line is
 * linked to the connection or neuron whose derivative it claims (pointing at it highlights that part of the
 * picture, a click pins it); a wrong line is marked, with its diagnosis under it; the neuron whose stage holds
 * the first wrong line is where the error enters, linked to the "where" sentence.
 *
 * <p>Read through {@link CheckReport}'s and {@link FormulaResult}'s public accessors only. The neurons' in and
 * out are the forward pass at the network's initial weights (the values {@code compare} shows), given when the
 * shown epoch is the first.
 */
public final class CheckHtml {

    private CheckHtml() {}

    /**
     * Renders a check.
     *
     * @param report the check
     * @param network the network it was checked on
     */
    public static String render(CheckReport report, NetworkSpec network) {
        return Page.open("bpdiff check " + report.source(), "wide") + fragment(report, network) + Page.close();
    }

    /**
     * The page's content without the page around it, for a page that shows several results (its style and
     * script are {@link Page#style()} and {@link Page#script()}; the lines stand beside the picture in a
     * {@code body.wide}).
     *
     * @param report the check
     * @param network the network it was checked on
     * @return HTML elements
     */
    public static String fragment(CheckReport report, NetworkSpec network) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>bpdiff check <code>").append(Html.escape(report.source())).append("</code></h1>\n<p>Network ")
                .append(Html.escape(report.network())).append(", autograd ").append(Html.escape(report.dtype()))
                .append(", epoch ").append(report.shownEpoch())
                .append(report.epochs() > 1 ? " of " + report.epochs() + " (the first failing one, else the first)" : "")
                .append(".</p>\n<p class=\"verdict ").append(report.passed() ? "ok" : "bad").append("\">")
                .append(Html.escape(report.verdictLabel() + ": " + report.summary())).append("</p>\n");
        if (!report.notChecked().isEmpty()) {
            html.append("<ul class=\"not-checked\">");
            for (String n : report.notChecked()) {
                html.append("<li><span class=\"bad\">NOT CHECKED</span> ").append(Html.escape(n)).append("</li>");
            }
            html.append("</ul>\n");
        }
        FormulaResult first = report.firstWrong();
        if (first != null) {
            String neuron = neuronOf(first, network);
            html.append("<p id=\"where\" class=\"where\">Where the error enters: <a href=\"#line-")
                    .append(first.assignment().line()).append("\">line ").append(first.assignment().line())
                    .append("</a>, <code>").append(Html.escape(first.assignment().formula())).append("</code>, in ")
                    .append(Html.escape(first.stage())).append(neuron == null ? "" : " (<a href=\"#neuron-"
                            + Html.escape(neuron) + "\">" + Html.escape(neuron) + " in the picture</a>)")
                    .append(". Every wrong line below it that depends on it inherits the error.</p>\n");
        } else {
            html.append("<p id=\"where\">Every checked line agrees with autograd.</p>\n");
        }
        html.append("<div class=\"side\"><div><h2>Your lines</h2>\n<ul class=\"lines\">\n");
        for (FormulaResult r : report.results()) {
            line(html, report, r, network);
        }
        html.append("</ul></div>\n<div class=\"drawing\"><h2>The network</h2>\n<p class=\"note\">A connection shows "
                + "dL/dw from your line, "
                + "from autograd and from finite differences; a neuron its in and out and the dL/dout or δ your lines "
                + "give it. A wrong connection is drawn <span class=\"bad\">dashed in vermillion</span> and says ✗ "
                + "mismatch; one no line checks is dotted grey.").append(report.shownEpoch() == 1 ? ""
                        : " The forward values of epoch " + report.shownEpoch() + " are not part of the check, so the "
                                + "neurons show only your derivatives.")
                .append("</p>\n<div class=\"picture\">").append(NetworkSvg.render(network, state(report, network)))
                .append("</div></div></div>\n");
        return html.toString();
    }

    private static void line(StringBuilder html, CheckReport report, FormulaResult r, NetworkSpec network) {
        String target = r.checked() ? nameOf(r.target()) : null;
        String neuron = r.checked() ? neuronOf(r, network) : null;
        boolean wrong = r.failed() || r.verdict() == FormulaVerdict.ERROR;
        html.append("<li id=\"line-").append(r.assignment().line()).append("\" class=\"")
                .append(wrong ? "wrong" : r.checked() ? "right" : "helper").append('"');
        if (target != null) {
            html.append(" data-target=\"").append(Html.escape(target)).append(neuron != null && !neuron.equals(target)
                    ? " " + Html.escape(neuron) : "").append('"');
        }
        html.append("><pre>").append(String.format("%4d  ", r.assignment().line()))
                .append(Html.escape(r.assignment().formula())).append("</pre>");
        html.append("<span class=\"").append(wrong ? "bad" : r.checked() ? "ok" : "note").append("\">")
                .append(wrong ? "✗ " : r.checked() ? "✓ " : "").append(Html.escape(r.verdict().label())).append("</span>");
        if (r.checked()) {
            html.append(" <span class=\"note\">").append(Html.escape(r.target().label())).append(": yours <span "
                    + "class=\"mono\">").append(Html.number(r.value())).append("</span>, autograd <span class=\"mono\">")
                    .append(Html.number(r.autograd())).append("</span>").append(r.numeric() == null ? ""
                            : ", finite differences <span class=\"mono\">" + Html.number(r.numeric()) + "</span>")
                    .append("</span>");
        }
        if (wrong) {
            html.append("<ul class=\"diagnosis\">");
            for (String sentence : diagnosis(r)) {
                html.append("<li>").append(Html.escape(sentence)).append("</li>");
            }
            html.append("</ul>");
        }
        html.append("</li>\n");
    }

    /** Why a line is wrong, from the check's own findings. */
    private static List<String> diagnosis(FormulaResult r) {
        List<String> sentences = new ArrayList<>();
        if (r.error() != null) {
            sentences.add(r.error());
        }
        if (r.causeLine() != 0 && r.causeLine() != r.assignment().line() && !r.ownMistake()) {
            sentences.add("follows from line " + r.causeLine() + ", which is wrong: with autograd's values of the "
                    + "lines above it, this line is right");
            return sentences;
        }
        if (r.stage() != null) {
            sentences.add("stage: " + r.stage());
        }
        r.likely().forEach(l -> sentences.add("likely: " + l));
        return sentences;
    }

    /** What the picture shows for a check. */
    static PictureState state(CheckReport report, NetworkSpec network) {
        Map<String, List<Figure>> parameters = new LinkedHashMap<>();
        Map<String, PictureState.Status> status = new LinkedHashMap<>();
        Map<String, List<Figure>> neurons = new LinkedHashMap<>();
        double[] x = network.samples().get(0).x();
        for (int i = 0; i < x.length; i++) {
            neurons.put("x" + (i + 1), new ArrayList<>(List.of(new Figure("input", null, Html.number(x[i])))));
        }
        if (report.shownEpoch() == 1) {
            ChainRuleKernel kernel = new ChainRuleKernel(network);
            kernel.forward(network.initialWeights());
            NeuronValues forward = kernel.forwardValues().get(0);
            for (int l = 1; l <= network.layerCount(); l++) {
                for (int j = 0; j < network.layerSizes()[l]; j++) {
                    neurons.put(network.neuronName(l, j), new ArrayList<>(List.of(
                            new Figure("in", null, Html.number(forward.in()[l - 1][j])),
                            new Figure("out", null, Html.number(forward.out()[l - 1][j])))));
                }
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (FormulaResult r : report.results()) {
            if (!r.checked()) {
                continue;
            }
            String line = "line " + r.assignment().line();
            if (r.target().kind() == DerivativeTarget.Kind.PARAMETER) {
                parameters.put(r.target().quantity(), List.of(new Figure("dL/dw yours (l. " + r.assignment().line()
                        + ")", null, Html.number(r.value())), new Figure("dL/dw autograd", null, Html.number(r.autograd())),
                        new Figure("dL/dw numeric", null, Html.number(r.numeric()))));
                status.put(r.target().quantity(), r.failed() ? PictureState.Status.MISMATCH : PictureState.Status.MATCH);
            } else {
                String what = r.target().kind() == DerivativeTarget.Kind.NEURON_OUT ? "dL/dout" : "δ";
                String at = "l. " + r.assignment().line();
                List<Figure> figures = neurons.computeIfAbsent(nameOf(r.target()), n -> new ArrayList<>());
                figures.add(new Figure(what + " yours (" + at + ")", null, Html.number(r.value())));
                figures.add(new Figure(what + " autograd", null, Html.number(r.autograd())));
            }
            String neuron = neuronOf(r, network);
            if (r.failed() && r.ownMistake() && neuron != null && !errors.containsKey(neuron)) {
                errors.put(neuron, "error enters here (" + line + ")");
            }
        }
        return new PictureState(parameters, status, neurons, errors);
    }

    /** The picture's name of what a line differentiates: {@code w1}, or {@code h1} for {@code out_h1}. */
    private static String nameOf(DerivativeTarget target) {
        String q = target.quantity();
        return target.kind() == DerivativeTarget.Kind.PARAMETER ? q : q.substring(q.indexOf('_') + 1);
    }

    /** The neuron whose stage a line belongs to (for a parameter, the one it feeds), or {@code null}. */
    private static String neuronOf(FormulaResult r, NetworkSpec network) {
        DerivativeTarget t = r.target();
        return t != null && t.hasNeuron() && t.layer() >= 1 ? network.neuronName(t.layer(), t.neuron()) : null;
    }
}
