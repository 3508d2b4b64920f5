package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bpdiff check} of one statement that would run far past the time limit or fill the heap: exit 2, one
 * {@code bpdiff:} line naming the limit and that statement's line, and no report file.
 */
class SingleStatementLimitsTest {

    /** A program that trains after the statement, so that it is checked as a program. */
    private static final String TRAINING = "\nw = 0.5\nfor epoch in range(3):\n    loss = (w - 2.0) ** 2\n"
            + "    d_w = 2 * (w - 2.0)\n    w = w - 0.1 * d_w\n";

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "import numpy as np\\na = np.ones((1000, 1000))\\nb = a @ a @ a @ a @ a @ a @ a @ a | 3 | ran longer than 0.5",
        "import torch\\na = torch.ones(1000, 1000)\\nb = a @ a @ a @ a @ a @ a @ a @ a | 3 | ran longer than 0.5",
        "x1 = [0] * 1000\\nx2 = [0] * 1000\\ny1 = [x1] * 1000\\ny2 = [x2] * 1000\\n"
                + "r = sorted([[y1] * 1000, [y2] * 1000]) | 5 | ran longer than 0.5",
        "import math\\nr = math.lcm(*range(1, 100000)) | 2 | ran longer than 0.5",
        "import numpy as np\\nx = [0.0] * 1000\\ny = [x] * 1000\\nb = np.array([y] * 1000) "
                + "| 4 | string of 1000000000 elements is more than bpdiff's limit",
        "s = format(1, '>3000000000') | 1 | string of 3000000000 elements is more than bpdiff's limit",
    })
    void oneStatementStopsAtItsLineWithOneLineAndNoReport(String statement, int line, String words)
            throws IOException {
        Path program = Files.writeString(folder.resolve("p.py"), statement.replace("\\n", "\n") + "\n" + TRAINING);
        Path report = folder.resolve("report.json");
        Cli.Result r = Cli.run("check", program.toString(), "--time-limit", "0.5", "--format", "json", "--out",
                report.toString());
        assertEquals(ExitCode.BAD_INPUT, r.status(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("bpdiff:")).count(), r.err());
        assertTrue(r.err().contains(words) && r.err().contains("p.py:" + line + ":"), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(report), "no report is written");
    }

    @org.junit.jupiter.api.Test
    void theTimeLimitHoldsWhileAnEpochIsDifferentiatedAfterTheRun() throws IOException {
        // one epoch of 100,000 scalar operations (a loss summed over 20,000 samples): the run takes about a second,
        // its replay on the engine far longer; past --time-limit the check stops there (or, on a busy machine,
        // already in the run), with one line and no report
        Path program = Files.writeString(folder.resolve("long.py"), "w = 0.5\nloss = 0.0\nd_w = 0.0\n"
                + "for i in range(20000):\n    x = (i % 10) / 10.0\n    e = w * x - 0.3\n"
                + "    loss = loss + 0.5 * e ** 2\n    d_w = d_w + e * x\nw = w - 0.1 * d_w\n");
        Path report = folder.resolve("report.json");
        Cli.Result r = Cli.run("check", program.toString(), "--time-limit", "2", "--format", "json", "--out",
                report.toString());
        assertEquals(ExitCode.BAD_INPUT, r.status(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("bpdiff:")).count(), r.err());
        assertTrue(r.err().contains("ran longer than 2 seconds, bpdiff's limit"), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(report), "no report is written");
    }
}
