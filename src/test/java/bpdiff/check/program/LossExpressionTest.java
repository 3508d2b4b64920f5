package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.cli.ExitCode;
import bpdiff.testing.Cli;
import org.junit.jupiter.api.Test;

/**
 * {@code --loss-expr} given wrongly: exit 2 and one line naming it. (Given rightly it is held to PyTorch by
 * {@link CorpusTest} on the corpus's tutorial programs, which compute no loss of their own.)
 */
class LossExpressionTest {

    private static final String TRASK = "examples/programs/corpus/trask-nonlin.py";

    private static Cli.Result check(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "check";
        args[1] = TRASK;
        System.arraycopy(options, 0, args, 2, options.length);
        return Cli.run(args);
    }

    private static void assertOneLine(Cli.Result run, String... parts) {
        assertEquals(ExitCode.BAD_INPUT, run.status(), run.err());
        String first = run.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("bpdiff: "), run.err());
        for (String part : parts) {
            assertTrue(first.contains(part), "'" + part + "' in: " + first);
        }
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), run.err());
    }

    @Test
    void withoutItAProgramThatComputesNoLossIsToldHowToGiveOne() {
        // the error its steps start from (l2_error = y - l2); CorpusTest holds this expression to PyTorch
        assertOneLine(check(), "no loss found", "perhaps --loss-expr '0.5 * ((y - l2) ** 2).sum()'");
    }

    @Test
    void theSuggestionReadsWhateverTheProgramCallsNumpy() {
        // from numpy import exp, array, random, dot: no np. The suggestion is the manifest's --loss-expr for this
        // program, which CorpusTest holds to PyTorch
        Cli.Result run = Cli.run("check", "examples/programs/corpus/milo-nine-lines.py");
        assertOneLine(run, "no loss found", "perhaps --loss-expr '0.5 * ((training_set_outputs - output) ** 2).sum()'");
    }

    @Test
    void theSuggestionReadsNumpyImportedWithoutAlias() {
        // Rashid's "import numpy": np.sum would never be computed there; CorpusTest holds this expression to PyTorch
        assertOneLine(Cli.run("check", "examples/programs/corpus/rashid-mnn-slope.py"), "no loss found",
                "perhaps --loss-expr '0.5 * ((targets - final_outputs) ** 2).sum()'");
    }

    @Test
    void aStatementOrTwoAreNotALoss() {
        assertOneLine(check("--loss-expr", "loss = np.sum(l2)"), "--loss-expr 'loss = np.sum(l2)' is not a loss");
        assertOneLine(check("--loss-expr", "np.sum(l2); import os"), "is not a loss");
        assertOneLine(check("--loss-expr", "np.sum((y - l2) ** 2"), "is not a loss");
    }

    @Test
    void anExpressionOfNamesTheProgramNeverBindsIsNeverComputed() {
        assertOneLine(check("--loss-expr", "np.sum(zzz ** 2)"), "'np.sum(zzz ** 2)' was never computed");
    }

    @Test
    void anErrorInItNamesItAndWhereItWasComputed() {
        assertOneLine(check("--loss-expr", "np.sum(l2) + 'a'"), "--loss-expr 'np.sum(l2) + 'a''", "TypeError",
                "trask-nonlin.py:31:");
    }

    @Test
    void aNameAndAnExpressionAtOnceAreRefused() {
        assertOneLine(check("--loss-name", "loss", "--loss-expr", "np.sum(l2)"), "not both");
    }
}
