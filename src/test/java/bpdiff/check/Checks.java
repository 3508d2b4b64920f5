package bpdiff.check;

import bpdiff.diff.Tolerance;
import bpdiff.gradient.DjlAutograd;
import bpdiff.gradient.FiniteDifferences;
import bpdiff.gradient.Precision;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs {@link DerivationChecker} as {@code bpdiff check} does, for the tests. */
final class Checks {

    private Checks() {}

    /** Checks an example file on the lecture network at the initial weights, in float64. */
    static CheckReport example(String name) {
        return check(DerivationParser.parse(Path.of("examples/derivations", name)), Networks.lecture(),
                Precision.FLOAT64, 1);
    }

    /** Checks derivation text. */
    static CheckReport text(String text, NetworkSpec spec, Precision precision, int epochs) {
        return check(DerivationParser.parse(text, "test.py"), spec, precision, epochs);
    }

    /** Checks a parsed derivation, with autograd on the first sample and training on all of them. */
    static CheckReport check(Derivation derivation, NetworkSpec spec, Precision precision, int epochs) {
        NetworkSpec first = DerivationChecker.firstSample(spec);
        try (DjlAutograd autograd = new DjlAutograd(first, precision);
                DjlAutograd trainer = new DjlAutograd(spec, precision, false)) {
            return new DerivationChecker(spec, autograd, new FiniteDifferences(first), trainer,
                    Tolerance.forAutograd(precision), precision.id()).check(derivation, epochs);
        }
    }

    /** The 1-based number of the first line of an example that starts (after indentation) with a text. */
    static int lineOf(String example, String start) {
        try {
            List<String> lines = Files.readAllLines(Path.of("examples/derivations", example));
            for (int n = 0; n < lines.size(); n++) {
                if (lines.get(n).strip().startsWith(start)) {
                    return n + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(example + " has no line starting with " + start);
    }

    /** The result of the (last) assignment of a name. */
    static FormulaResult result(CheckReport report, String name) {
        FormulaResult found = null;
        for (FormulaResult r : report.results()) {
            if (r.assignment().name().equals(name)) {
                found = r;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no assignment of " + name);
        }
        return found;
    }
}
