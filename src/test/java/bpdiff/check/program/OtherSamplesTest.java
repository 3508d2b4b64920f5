package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.cli.ExitCode;
import bpdiff.testing.Cli;
import org.junit.jupiter.api.Test;

/**
 * Steps computed from one sample, beside a loss of the whole data set computed by a forward pass of its own: not
 * judged against that loss (which they do not descend), said to be not checked, with the sample's loss to give. What
 * each program is comes from {@code reference-results/corpus/} (CPython and PyTorch, {@code tools/corpus_reference.py}):
 * the correct ones' steps are the gradient of the manifest's per-sample loss, which {@link CorpusTest} holds
 * {@code --loss-expr} to.
 */
class OtherSamplesTest {

    private static final String CORPUS = "examples/programs/corpus/";

    @Test
    void zhouWithoutALossExpressionIsNotCheckedAndNeverWrong() {
        // the reference: zhou-network.py is correct (its steps descend (y_true - y_pred) ** 2 sample by sample)
        Cli.Result run = Cli.run("check", CORPUS + "zhou-network.py");
        assertEquals(ExitCode.DIFFERENT, run.status(), run.out());
        assertFalse(run.out().contains("WRONG"), run.out());
        assertTrue(run.out().contains("NOT CHECKED " + CORPUS + "zhou-network.py:100: the gradients of self.w1, self.w2,"
                + " self.b1, self.w3, self.w4, self.b2, self.w5, self.w6, self.b3 (lines 100–112) are computed from some of"
                + " the samples the loss (loss, line 117) is computed over"), run.out());
        // d_L_d_ypred = -2 * (y_true - y_pred): the loss whose derivative that is, (y_true - y_pred) ** 2 (y_pred = o1)
        assertTrue(run.out().contains("perhaps --loss-expr '(y_true - o1) ** 2'"), run.out());
        assertFalse(run.out().contains("compute the loss every epoch"), run.out());
    }

    @Test
    void theSuggestedLossChecksZhouAndFindsThePlantedMistake() {
        Cli.Result right = Cli.run("check", CORPUS + "zhou-network.py", "--loss-expr", "(y_true - o1) ** 2");
        assertEquals(ExitCode.SAME, right.status(), right.out());
        Cli.Result planted = Cli.run("check", CORPUS + "zhou-network-b3-sigmoid.py");
        assertEquals(ExitCode.DIFFERENT, planted.status(), planted.out());
        assertFalse(planted.out().contains("WRONG"), planted.out()); // not checked: no verdict on that loss at all
        Cli.Result given = Cli.run("check", CORPUS + "zhou-network-b3-sigmoid.py", "--loss-expr", "(y_true - o1) ** 2");
        assertEquals(ExitCode.DIFFERENT, given.status(), given.out());
        assertTrue(given.out().contains("WRONG " + CORPUS + "zhou-network-b3-sigmoid.py:112: self.b3 -="), given.out());
    }

    @Test
    void rowsOfAFloatArrayAreSamplesOfTheDataSetsLoss() {
        // x = X[i:i + 1] read by the step, X whole by the loss of the epoch: the rows are followed through indexing
        Cli.Result run = Cli.run("check", CORPUS + "sgd-data-set-loss.py");
        assertEquals(ExitCode.DIFFERENT, run.status(), run.out());
        assertFalse(run.out().contains("WRONG"), run.out());
        assertTrue(run.out().contains("the gradients of W, b (lines 21–22) are computed from some of the samples the loss"
                + " (loss, line 25) is computed over"), run.out());
    }
}
