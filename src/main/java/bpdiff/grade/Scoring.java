package bpdiff.grade;

import bpdiff.program.SourceMap;
import bpdiff.check.MistakeCode;
import bpdiff.check.program.CheckedQuantity;
import bpdiff.check.program.NotChecked;
import bpdiff.check.program.ProgramReport;
import bpdiff.check.program.StartingWeights;
import bpdiff.diff.Tolerance;
import bpdiff.grade.ParameterResult.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a checked program. A parameter's gradient is right when every claim of it ({@code d_w1}, the value its
 * update subtracts) matched autograd at every epoch and nothing about it was left unchecked; the score is the sum
 * of the points of the right ones, out of the sum of all their points (by default the share of the parameters'
 * gradients that are right). The parameters are the reference's when there is one (a parameter the submission
 * never computes a gradient of is {@code missing}), else the program's own, with the variables {@code check} says
 * look like parameters but are never updated ({@code w4} beside {@code w1..w3}) counted as not checked.
 */
final class Scoring {

    /** {@code check}'s words for a parameter-like variable whose gradient nothing computes. */
    private static final Pattern LOOKALIKE = Pattern.compile("^(\\S+) (?:looks like a parameter|is a parameter,)");

    private Scoring() {}

    /**
     * @param where the file
     * @param fileName the feedback files' name
     * @param report the check
     * @param expectation the reference and points
     * @return the graded submission
     */
    static Graded grade(String student, String where, String fileName, ProgramReport report, Expectation expectation) {
        Map<String, Integer> layers = expectation.hasReference() ? expectation.layers() : Layers.of(report.graph());
        List<String> expected = new ArrayList<>(expectation.hasReference() ? expectation.parameters()
                : report.parameters());
        if (!expectation.hasReference()) {
            for (NotChecked n : report.notChecked()) {
                Matcher m = LOOKALIKE.matcher(n.message());
                if (m.find() && !expected.contains(m.group(1))) {
                    expected.add(m.group(1));
                }
            }
        }
        Map<String, StartingWeights.Match> matched = expectation.hasReference() ? StartingWeights.match(expectation.parameters(),
                expectation.initialWeights(), report, true)
                : Map.of();
        Set<MistakeCode> codes = new LinkedHashSet<>();
        List<ParameterResult> results = new ArrayList<>();
        for (String p : expected) {
            ParameterResult r = parameter(p, matched.getOrDefault(p, StartingWeights.Match.whole(p)),
                    layers.getOrDefault(p, 0), report, expectation.pointsOf(p));
            results.add(r);
            if (r.code() != null) {
                codes.add(r.code());
            }
        }
        if (!report.notChecked().isEmpty()) {
            codes.add(MistakeCode.NOT_CHECKED);
        }
        List<String> remarks = remarks(report, expectation, expected, matched, codes);
        double score = results.stream().mapToDouble(ParameterResult::earned).sum();
        double max = results.stream().mapToDouble(ParameterResult::points).sum();
        CheckedQuantity first = report.firstWrong();
        return new Graded(student, where, fileName, true, score, max, results, List.copyOf(codes),
                first == null ? 0 : first.site().line(), first == null ? "" : first.site().statement().strip(),
                report.summary(), remarks, report.lines());
    }

    /**
     * @param p the parameter as the reference names it
     * @param match the submission's parameter that stands for it ({@code p} itself, or what {@link StartingWeights}
     *     found), or one element of it: then a wrong claim of the parameter makes it wrong only where that element
     *     is not autograd's at some epoch
     */
    private static ParameterResult parameter(String p, StartingWeights.Match match, int layer, ProgramReport report,
            double points) {
        if (!match.parts().isEmpty()) {
            return ofParts(p, match, layer, report, points);
        }
        String as = match.parameter();
        List<CheckedQuantity> claims = report.quantities().stream().filter(q -> q.derivative().target().equals(as))
                .toList();
        if (claims.isEmpty()) {
            Verdict verdict = report.parameters().contains(as) || !report.notChecked().isEmpty()
                    && report.notChecked().stream().anyMatch(n -> mentions(n, as)) ? Verdict.NOT_CHECKED
                    : Verdict.MISSING;
            return new ParameterResult(p, layer, verdict, MistakeCode.NOT_CHECKED, 0, points);
        }
        CheckedQuantity wrong = claims.stream().filter(q -> q.failed() && wrongAt(q, match.element(), report))
                .findFirst().orElse(null);
        if (wrong != null) {
            CheckedQuantity cause = cause(report, wrong);
            return new ParameterResult(p, layer, Verdict.WRONG, cause.codes().isEmpty() ? MistakeCode.UNEXPLAINED
                    : cause.codes().get(0), cause.site().line(), points);
        }
        if (report.notChecked().stream().anyMatch(n -> mentions(n, as))) {
            return new ParameterResult(p, layer, Verdict.NOT_CHECKED, MistakeCode.NOT_CHECKED, 0, points);
        }
        return new ParameterResult(p, layer, Verdict.RIGHT, null, 0, points);
    }

    /**
     * A reference matrix graded through the single weights that stand for its elements: wrong if one of them is
     * (the first, with its code and line), else not checked if one is, else right.
     */
    private static ParameterResult ofParts(String p, StartingWeights.Match match, int layer, ProgramReport report,
            double points) {
        List<ParameterResult> parts = match.parts().stream()
                .map(w -> parameter(w, StartingWeights.Match.whole(w), layer, report, points)).toList();
        for (Verdict v : List.of(Verdict.WRONG, Verdict.NOT_CHECKED, Verdict.MISSING)) {
            for (ParameterResult r : parts) {
                if (r.verdict() == v) {
                    return new ParameterResult(p, layer, v, r.code(), r.line(), points);
                }
            }
        }
        return new ParameterResult(p, layer, Verdict.RIGHT, null, 0, points);
    }

    /**
     * @param claim a wrong claim
     * @param element an element of its value, or −1 for all of it
     * @return whether that element differs from autograd's at some epoch (always, for the whole value or a value of
     *     another shape)
     */
    private static boolean wrongAt(CheckedQuantity claim, int element, ProgramReport report) {
        if (element < 0) {
            return true;
        }
        for (CheckedQuantity.AtEpoch e : claim.history()) {
            Tolerance t = "float32".equals(e.type()) || "float32".equals(report.dtype()) ? Tolerance.FLOAT32
                    : Tolerance.FLOAT64;
            if (e.student() == null || e.autograd() == null || e.student().length != e.autograd().length
                    || element >= e.student().length || !t.agrees(e.student()[element], e.autograd()[element])) {
                return true;
            }
        }
        return false;
    }

    /** The claim on the first line with a mistake of its own that a wrong claim is computed from (itself, if none). */
    private static CheckedQuantity cause(ProgramReport report, CheckedQuantity wrong) {
        if (wrong.judged().ownMistake() || wrong.judged().causeLine() == 0) {
            return wrong;
        }
        return report.quantities().stream()
                .filter(q -> q.site().line() == wrong.judged().causeLine() && q.failed() && q.judged().ownMistake())
                .findFirst().orElse(wrong);
    }

    /** Whether a not-checked finding is about a parameter ({@code check} names it between spaces). */
    private static boolean mentions(NotChecked n, String p) {
        return (" " + n.message() + " ").contains(" " + p + " ");
    }

    private static List<String> remarks(ProgramReport report, Expectation expectation, List<String> expected,
            Map<String, StartingWeights.Match> matched, Set<MistakeCode> codes) {
        List<String> remarks = new ArrayList<>();
        if (!expectation.hasReference()) {
            return remarks;
        }
        if (!matched.isEmpty()) {
            remarks.add("its " + String.join(", ", matched.values().stream().map(StartingWeights.Match::label).toList())
                    + " are graded as the reference's " + String.join(", ", matched.keySet())
                    + ": they start at the same weights");
        }
        List<String> extra = report.parameters().stream().filter(p -> !expected.contains(p)
                && matched.values().stream().noneMatch(m -> m.uses(p))).toList();
        if (!extra.isEmpty()) {
            remarks.add("it also trains " + String.join(", ", extra) + ", which the reference does not have: not scored");
        }
        List<String> missing = expected.stream().filter(p -> !matched.containsKey(p) && !report.parameters().contains(p)
                && report.quantities().stream().noneMatch(q -> q.derivative().target().equals(p))).toList();
        if (!missing.isEmpty()) {
            remarks.add("it computes no gradient of " + String.join(", ", missing) + " (the reference trains "
                    + String.join(", ", expected) + ")");
        }
        if (report.losses().length > 0 && !sameLoss(report.losses()[0], expectation.firstLoss())) {
            codes.add(MistakeCode.DIFFERENT_LOSS);
            remarks.add(String.format(Locale.ROOT, "its loss %s at the first epoch is %.10g, the reference's %s is "
                    + "%.10g: another network, other data or another loss (its gradients are checked against its "
                    + "own loss)", report.loss(), report.losses()[0], expectation.loss(), expectation.firstLoss()));
        }
        if (report.epochs() != expectation.epochs()) {
            codes.add(MistakeCode.DIFFERENT_EPOCHS);
            remarks.add("its gradients are checked at " + report.epochs() + " epoch" + (report.epochs() == 1 ? "" : "s")
                    + ", the reference trains " + expectation.epochs());
        }
        return remarks;
    }

    /** Equal within 1e-9 of the larger magnitude: both losses are computed in double from the same data. */
    private static boolean sameLoss(double submitted, double reference) {
        return Math.abs(submitted - reference) <= 1e-9 * Math.max(1, Math.max(Math.abs(submitted),
                Math.abs(reference)));
    }

    /** The {@code notChecked} below, for a Python file, whose lines are the program's. */
    static Graded notChecked(String student, String where, String fileName, MistakeCode code, String message, int line,
            String statement, Expectation expectation) {
        return notChecked(student, where, fileName, code, message, line, statement, expectation, SourceMap.of(where));
    }

    /**
     * A submission that could not be checked: every expected parameter not checked, score 0.
     *
     * @param code why not
     * @param message the problem, as {@code check} says it
     * @param line its line of the program, 0 if none
     * @param statement that line's text, or {@code ""}
     * @param expectation the reference and points
     * @param lines where the program's lines stand in the file
     */
    static Graded notChecked(String student, String where, String fileName, MistakeCode code, String message, int line,
            String statement, Expectation expectation, SourceMap lines) {
        List<ParameterResult> results = new ArrayList<>();
        for (String p : expectation.parameters()) {
            results.add(new ParameterResult(p, expectation.layers().getOrDefault(p, 0), Verdict.NOT_CHECKED, code, 0,
                    expectation.pointsOf(p)));
        }
        double max = results.stream().mapToDouble(ParameterResult::points).sum();
        return new Graded(student, where, fileName, false, 0, max, results, List.of(code), line, statement, message,
                List.of(), lines);
    }
}
