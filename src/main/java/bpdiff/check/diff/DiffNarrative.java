package bpdiff.check.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentences of a diff, shared by the text, Markdown, JUnit and HTML renderings: the losses (equal, or by a
 * constant factor that explains the gradients, such as the ½ of the homework's loss that {@code MSELoss()} of
 * each output summed leaves out), the forward passes, each differing parameter, and the verdict with which program
 * is right.
 */
public final class DiffNarrative {

    private DiffNarrative() {}

    /**
     * @param v a number
     * @return it with 10 significant digits
     */
    public static String number(double v) {
        return String.format(Locale.ROOT, "%.10g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e")
                .replaceAll("\\.$", "");
    }

    /**
     * @param values an array
     * @return its first element, with the count of the others
     */
    public static String brief(double[] values) {
        if (values == null) {
            return "—";
        }
        return values.length == 1 ? number(values[0]) : "[" + number(values[0]) + ", …] (" + values.length + ")";
    }

    private static String file(String source) {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? source : source.substring(slash + 1);
    }

    /**
     * @param r the diff
     * @return what the losses do, first
     */
    public static String loss(DiffReport r) {
        LossComparison l = r.loss();
        String a = file(r.sourceA());
        String b = file(r.sourceB());
        if (l.equal()) {
            return "the losses are equal at every one of " + r.epochs() + " epoch" + (r.epochs() == 1 ? "" : "s")
                    + " compared (epoch 1: " + a + " " + number(l.lossA()) + ", " + b + " " + number(l.lossB()) + ")";
        }
        StringBuilder s = new StringBuilder("the losses differ from epoch " + l.firstDifferent() + ": " + a + " "
                + number(l.lossA()) + ", " + b + " " + number(l.lossB()));
        double f = l.simpleFactor();
        if (!Double.isNaN(f) && l.sameWeights()) {
            s.append(", a factor of ").append(factorText(f)).append(" at the same weights");
            if (f == 2 || f == 0.5) {
                String missing = f == 2 ? b : a;
                s.append(" (the ½ of ½Σ(o−y)² is missing from ").append(missing).append("'s loss: MSELoss() of each "
                        + "output, summed, is Σ(o−y)², while MSELoss() of both outputs at once is their mean, ½Σ(o−y)²"
                        + " for two)");
            }
            if (l.gradientsByFactor()) {
                s.append("; every gradient differs by the same factor there, so the difference comes from the loss, "
                        + "not from back-propagation");
            }
        } else if (!l.sameWeights()) {
            s.append(" (the weights already differ there)");
        }
        return s.toString();
    }

    private static String factorText(double f) {
        return f >= 1 ? number(f) : "1/" + number(1 / f);
    }

    /**
     * @param r the diff
     * @return what the forward passes do, or {@code null} if they are not compared
     */
    public static String forward(DiffReport r) {
        ForwardComparison f = r.forward();
        if (f == null || f.names().isEmpty()) {
            return null;
        }
        String shown = String.join(", ", f.names().subList(0, Math.min(6, f.names().size())))
                + (f.names().size() > 6 ? ", …" : "");
        if (f.firstDifferent() == null) {
            return "forward pass: the " + f.names().size() + " values both programs name are equal at epoch 1 ("
                    + shown + ")" + (r.loss().equal() || r.loss().firstDifferent() > 1 ? "" : "; only the loss differs");
        }
        return "forward pass: " + f.firstDifferent() + " differs at epoch 1: " + file(r.sourceA()) + " "
                + brief(f.valueA()) + ", " + file(r.sourceB()) + " " + brief(f.valueB());
    }

    /**
     * @param r the diff
     * @param p a differing parameter
     * @return where it first differs, by how much, and whose gradient is autograd's
     */
    public static String parameter(DiffReport r, ComparedParameter p) {
        EpochPair e = p.shown();
        String s = p.label() + " differs from epoch " + p.firstDifferent() + " (" + p.what() + ", largest difference "
                + number(p.largest()) + "): gradient " + brief(e.gradientA()) + " in " + file(r.sourceA()) + ", "
                + brief(e.gradientB()) + " in " + file(r.sourceB()) + "; updated " + brief(e.updatedA()) + " and "
                + brief(e.updatedB());
        return s + "; " + right(r, e.rightA(), e.rightB());
    }

    private static String right(DiffReport r, boolean a, boolean b) {
        String fa = file(r.sourceA());
        String fb = file(r.sourceB());
        if (a && b) {
            return "both are autograd's of their own loss";
        }
        if (!a && !b) {
            return "neither is autograd's of its own loss";
        }
        return (a ? fa : fb) + "'s is autograd's of its own loss, " + (a ? fb : fa) + "'s is not";
    }

    /**
     * @param r the diff
     * @return the verdict: SAME or DIFFERENT, what differs, and which program is right
     */
    public static String verdict(DiffReport r) {
        if (r.same()) {
            return "SAME: the losses, and the gradient and updated weights of " + names(r.parameters()) + ", agree at "
                    + "every one of " + r.epochs() + " epoch" + (r.epochs() == 1 ? "" : "s") + " compared";
        }
        List<String> parts = new ArrayList<>();
        if (r.epochsA() != r.epochsB()) {
            parts.add(file(r.sourceA()) + " runs " + epochs(r.epochsA()) + ", " + file(r.sourceB()) + " "
                    + epochs(r.epochsB()) + " (the first " + epochs(r.epochs()) + " compared)");
        }
        if (!r.loss().equal()) {
            parts.add("the losses differ from epoch " + r.loss().firstDifferent());
        }
        List<ComparedParameter> differing = r.differing();
        if (!differing.isEmpty()) {
            int first = differing.stream().mapToInt(ComparedParameter::firstDifferent).min().orElse(-1);
            parts.add(names(differing) + " differ" + (differing.size() == 1 ? "s" : "") + " from epoch " + first);
        }
        if (!r.onlyA().isEmpty()) {
            parts.add("only " + file(r.sourceA()) + " has " + String.join(", ", r.onlyA()));
        }
        if (!r.onlyB().isEmpty()) {
            parts.add("only " + file(r.sourceB()) + " has " + String.join(", ", r.onlyB()));
        }
        return "DIFFERENT: " + String.join("; ", parts) + ". " + whoIsRight(r);
    }

    /**
     * @param r the diff
     * @return which program's gradients are autograd's of its own loss
     */
    public static String whoIsRight(DiffReport r) {
        List<String> wrongA = wrong(r.checkA());
        List<String> wrongB = wrong(r.checkB());
        int firstA = r.checkA().firstFailingEpoch();
        int firstB = r.checkB().firstFailingEpoch();
        String a = file(r.sourceA());
        String b = file(r.sourceB());
        if (wrongA.isEmpty() && wrongB.isEmpty()) {
            String from = r.loss().equal() ? "" : r.loss().sameWeights() ? "; the difference comes from the losses"
                    : "; the difference comes from the weights they start from";
            return "Both are right: every gradient each subtracts is autograd's of its own loss at its own weights" + from;
        }
        if (wrongA.isEmpty() || wrongB.isEmpty()) {
            String right = wrongA.isEmpty() ? a : b;
            String wrong = wrongA.isEmpty() ? b : a;
            List<String> names = wrongA.isEmpty() ? wrongB : wrongA;
            return right + " is right: its gradients are autograd's of its own loss at every epoch it runs; " + wrong
                    + "'s gradients of " + String.join(", ", names) + " are not, from epoch "
                    + (wrongA.isEmpty() ? firstB : firstA) + " (bpdiff check " + wrong + " shows where)";
        }
        return "Neither is right: " + a + "'s gradients of " + String.join(", ", wrongA) + " and " + b + "'s of "
                + String.join(", ", wrongB) + " are not autograd's of their own losses";
    }

    /**
     * The parameters whose gradient a program gets wrong at some epoch of its own run: the claim its update subtracts,
     * or the one that stands for it where the program updates nothing ({@code ProgramReport.gradientClaim}).
     */
    private static List<String> wrong(bpdiff.check.program.ProgramReport check) {
        List<String> out = new ArrayList<>();
        for (bpdiff.check.program.CheckedQuantity q : check.failed()) {
            boolean stands = q.site().update() || q.site().updateLine() > 0
                    || q.equals(check.gradientClaim(q.derivative().target()));
            if (stands && !out.contains(q.derivative().target())) {
                out.add(q.derivative().target());
            }
        }
        return out;
    }

    private static String epochs(int n) {
        return n + " epoch" + (n == 1 ? "" : "s");
    }

    private static String names(List<ComparedParameter> ps) {
        return String.join(", ", ps.stream().map(ComparedParameter::label).toList());
    }
}
