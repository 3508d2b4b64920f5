package bpdiff.report.html;

import bpdiff.check.program.CheckedQuantity;
import bpdiff.check.program.ProgramReport;
import bpdiff.check.program.Shown;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The program page's epoch control: a slider over the checked epochs that shows each claim's values and
 * verdict and the loss at the chosen epoch, and the program's loss curve. Up to {@value #MOST_EPOCHS} epochs are
 * offered (evenly spread, the first failing one always among them); {@code --format json} has the shown one.
 *
 * <p>The data is one JSON entry per offered epoch in {@code #bpdiff-epochs}, in the form {@link PageScript}
 * reads ({@code label}, {@code values} by {@code data-v} key), with {@code wrong}: the indices of the claims
 * wrong at that epoch, which {@link ProgramScript} marks.
 */
final class ProgramEpochs {

    /** The most epochs the slider offers. */
    static final int MOST_EPOCHS = 200;

    private ProgramEpochs() {}

    /**
     * Writes the control (with more than one epoch) and the loss at the shown epoch.
     *
     * @param html where to write
     * @param report the check
     */
    static void control(StringBuilder html, ProgramReport report) {
        double[] losses = report.losses();
        int shown = Math.max(1, report.shownEpoch());
        if (losses.length <= 1) {
            if (losses.length == 1) {
                html.append("<p>Loss <span class=\"mono\">").append(Html.number(losses[0])).append("</span>.</p>\n");
            }
            return;
        }
        List<Integer> offered = offered(losses.length, report.firstFailingEpoch());
        int index = Math.max(0, offered.indexOf(shown));
        html.append("<div class=\"control\"><label for=\"epoch\">Epoch</label><input type=\"range\" id=\"epoch\" min=\"0\""
                + " max=\"").append(offered.size() - 1).append("\" step=\"1\" value=\"").append(index)
                .append("\"><output id=\"epoch-label\" for=\"epoch\">").append(label(shown, losses.length))
                .append("</output>").append(offered.size() < losses.length ? "<span class=\"note\">" + offered.size()
                        + " of " + losses.length + " epochs offered</span>" : "").append("</div>\n");
        html.append("<p>Loss at this epoch <span class=\"mono\" data-v=\"loss\">")
                .append(Html.number(losses[shown - 1])).append("</span>; the lines show their claims at this epoch, "
                        + "the graph stays at epoch ").append(shown).append(".</p>\n");
        html.append("<script type=\"application/json\" id=\"bpdiff-epochs\">").append(data(report, offered))
                .append("</script>\n");
        html.append("<details><summary>The loss per epoch</summary>").append(LineChartSvg.render("loss",
                "Loss per epoch, as the program computes it", "epoch", "loss",
                List.of(new LineChartSvg.Line("loss (" + report.loss() + ")", losses)))).append("</details>\n");
    }

    /** The epochs offered: all of them, or an even spread with the first and last and the first failing one. */
    static List<Integer> offered(int epochs, int firstFailing) {
        TreeSet<Integer> chosen = new TreeSet<>();
        if (epochs <= MOST_EPOCHS) {
            for (int e = 1; e <= epochs; e++) {
                chosen.add(e);
            }
        } else {
            for (int k = 0; k < MOST_EPOCHS - 1; k++) {
                chosen.add(1 + (int) Math.round((double) k * (epochs - 1) / (MOST_EPOCHS - 2)));
            }
            if (firstFailing > 0) {
                chosen.add(firstFailing);
            }
        }
        return new ArrayList<>(chosen);
    }

    private static String label(int epoch, int epochs) {
        return "epoch " + epoch + " of " + epochs;
    }

    private static String data(ProgramReport report, List<Integer> offered) {
        StringBuilder json = new StringBuilder("[");
        for (int epoch : offered) {
            json.append(json.length() > 1 ? ",\n" : "").append("{\"label\":")
                    .append(Html.json(label(epoch, report.losses().length))).append(",\"status\":{},\"errors\":[],")
                    .append("\"values\":{\"loss\":").append(Html.json(Html.number(report.losses()[epoch - 1])));
            List<Integer> wrong = new ArrayList<>();
            for (int k = 0; k < report.quantities().size(); k++) {
                CheckedQuantity q = report.quantities().get(k);
                CheckedQuantity.AtEpoch at = q.history().stream().filter(h -> h.epoch() == epoch).findFirst()
                        .orElse(null);
                json.append(",\"q").append(k).append(".student\":").append(cell(at == null ? null : at.student(), q))
                        .append(",\"q").append(k).append(".autograd\":").append(cell(at == null ? null : at.autograd(), q))
                        .append(",\"q").append(k).append(".numeric\":").append(cell(at == null ? null : at.numeric(), q));
                if (at != null && at.wrong()) {
                    wrong.add(k);
                }
            }
            json.append("},\"wrong\":").append(wrong).append('}');
        }
        return json.append(']').toString();
    }

    private static String cell(double[] value, CheckedQuantity q) {
        return Html.json(Shown.cell(value, q.derivative().shape()));
    }
}
