package bpdiff.report;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.Tally;
import bpdiff.diff.Verdict;
import bpdiff.junit.JunitXml;
import bpdiff.junit.JunitXml.Outcome;
import bpdiff.junit.JunitXml.TestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code compare --junit-xml}: one test case per parameter (and dtype, named in the case), in Surefire's format.
 *
 * <p>A parameter passes when it matched at every epoch asked for; its first mismatch comes from the comparison's
 * {@link Tally}, so the report needs none of the epochs a streamed comparison did not keep. It fails with {@code type="mismatch"} at its
 * first mismatching epoch (both gradients and the referee's word in the message), and with
 * {@code type="diverged"} or {@code type="not-compared"} when epochs were left uncompared, so a comparison that
 * stopped is never a pass in CI either.
 */
public final class CompareJunit {

    private CompareJunit() {}

    /**
     * Renders a comparison.
     *
     * @param result the comparison
     * @param seconds how long it took
     * @return the XML document
     */
    public static String render(ComparisonResult result, double seconds) {
        String suite = "bpdiff.compare." + result.networkName();
        String dtype = result.precision().id();
        List<TestCase> cases = new ArrayList<>();
        for (int p = 0; p < result.parameterNames().size(); p++) {
            String name = result.parameterNames().get(p) + " [" + dtype + "]";
            Tally.FirstMismatch first = result.tally().firstMismatches().get(result.parameterNames().get(p));
            if (first != null) {
                ParameterDiff mismatch = first.diff();
                String message = String.format(Locale.ROOT,
                        "%s mismatches at epoch %d: dL/d%s hand %s, autograd %s, finite differences %s (agree with %s)",
                        mismatch.name(), first.epoch(), mismatch.name(), mismatch.gradientManual(),
                        mismatch.gradientAutograd(), mismatch.gradientNumeric(), mismatch.numericSidesWith().id());
                cases.add(new TestCase(suite, name, Outcome.FAILED, "mismatch", message, CompareNarrative.verdict(result)));
            } else if (result.summary().comparedEpochs() < result.epochs()) {
                boolean diverged = result.summary().verdict() == Verdict.DIVERGED;
                String message = result.parameterNames().get(p) + " was not compared at every epoch ("
                        + CompareNarrative.epochsCompared(result) + ")";
                cases.add(new TestCase(suite, name, Outcome.FAILED, diverged ? "diverged" : "not-compared", message,
                        CompareNarrative.verdict(result)));
            } else {
                cases.add(TestCase.passed(suite, name));
            }
        }
        return JunitXml.write(suite, seconds, cases);
    }
}
