package bpdiff.report;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Summary;
import bpdiff.diff.Verdict;

/** The one line {@code compare --out} prints to the terminal while the full result goes to the file. */
public final class CompareTextSummary {

    private CompareTextSummary() {}

    /**
     * The verdict in one line: {@code bpdiff: <hand> matches autograd}, {@code … differs from autograd on <parameters>},
     * {@code diverged at epoch <n> (<quantity>)}, or where the two sides part, with how many epochs were compared.
     *
     * @param result the comparison
     * @return the line, without a line end
     */
    public static String line(ComparisonResult result) {
        Summary summary = result.summary();
        String compared = " (" + summary.comparedEpochs() + " of " + result.epochs() + " epochs compared)";
        if (result.agrees()) {
            return "bpdiff: " + result.manual() + " matches autograd" + compared;
        }
        if (summary.verdict() == Verdict.DIVERGED) {
            return "bpdiff: diverged at epoch " + summary.diverged().epoch() + " (" + summary.diverged().quantity() + ")"
                    + compared;
        }
        if (summary.mismatched().isEmpty()) {
            return "bpdiff: " + result.manual() + " and autograd part at epoch " + summary.firstMismatchEpoch()
                    + ", where one side stopped" + compared;
        }
        return "bpdiff: " + result.manual() + " differs from autograd on " + String.join(", ", summary.mismatched())
                + compared;
    }
}
