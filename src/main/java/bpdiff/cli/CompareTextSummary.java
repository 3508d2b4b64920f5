package bpdiff.cli;

import bpdiff.diff.ComparisonResult;

/** The one line {@code compare --out} prints to the terminal while the full result goes to the file. */
final class CompareTextSummary {

    private CompareTextSummary() {}

    static String line(ComparisonResult result) {
        return result.agrees()
                ? "bpdiff: " + result.manual() + " matches autograd"
                : "bpdiff: " + result.manual() + " differs from autograd on " + String.join(", ", result.summary().mismatched());
    }
}
