package bpdiff.cli;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.Summary;
import bpdiff.diff.Verdict;

/** The one line {@code compare --out} prints to the terminal while the full result goes to the file. */
final class CompareTextSummary {

    private CompareTextSummary() {}

    static String line(ComparisonResult result) {
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
