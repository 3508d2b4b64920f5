package bpdiff.check.diff;

import java.util.Locale;

/** The diff as text: the header, the losses, the forward pass, a table of the parameters, the verdict. */
public final class DiffTextFormat {

    private DiffTextFormat() {}

    /**
     * @param r the diff
     * @return the text
     */
    public static String render(DiffReport r) {
        StringBuilder out = new StringBuilder();
        out.append("bpdiff diff ").append(r.sourceA()).append(' ').append(r.sourceB()).append(": ")
                .append(r.epochs()).append(" epoch").append(r.epochs() == 1 ? "" : "s").append(" compared, autograd ")
                .append(r.dtype()).append(" on ").append(r.engine()).append(", tolerance ")
                .append(r.float32() ? "float32's (a program computes in float32)" : "float64's").append('\n');
        out.append("A = ").append(r.sourceA()).append(" (loss ").append(r.lossA()).append("), B = ").append(r.sourceB())
                .append(" (loss ").append(r.lossB()).append(")\n\n");
        out.append(DiffNarrative.loss(r)).append('\n');
        String forward = DiffNarrative.forward(r);
        if (forward != null) {
            out.append(forward).append('\n');
        }
        out.append('\n');
        // the columns as wide as their widest entry: a label such as "W1 ~ hidden.weight (transposed)" or a vector's
        // brief value must not push the row's other columns out of line
        int label = "parameter".length();
        int value = 18;
        for (ComparedParameter p : r.parameters()) {
            EpochPair e = p.shown();
            label = Math.max(label, p.label().length());
            for (double[] v : new double[][] {e.gradientA(), e.gradientB(), e.updatedA(), e.updatedB()}) {
                value = Math.max(value, DiffNarrative.brief(v).length());
            }
        }
        String row = "%s%-" + label + "s %6s  %" + value + "s %" + value + "s  %" + value + "s %" + value
                + "s  %-14s %s%n";
        out.append(String.format(Locale.ROOT, row, " ", "parameter", "epoch", "gradient A", "gradient B", "updated A",
                "updated B", "differs", "autograd's"));
        for (ComparedParameter p : r.parameters()) {
            EpochPair e = p.shown();
            out.append(String.format(Locale.ROOT, row,
                    p.differs() ? "!" : " ", p.label(), e.epoch(), DiffNarrative.brief(e.gradientA()),
                    DiffNarrative.brief(e.gradientB()), DiffNarrative.brief(e.updatedA()),
                    DiffNarrative.brief(e.updatedB()), p.differs() ? "from epoch " + p.firstDifferent() : "never",
                    e.rightA() && e.rightB() ? "both" : e.rightA() ? "A" : e.rightB() ? "B" : "neither"));
        }
        out.append('\n');
        for (ComparedParameter p : r.differing()) {
            out.append(DiffNarrative.parameter(r, p)).append('\n');
        }
        if (!r.differing().isEmpty()) {
            out.append('\n');
        }
        out.append("verdict: ").append(DiffNarrative.verdict(r)).append('\n');
        return out.toString();
    }
}
