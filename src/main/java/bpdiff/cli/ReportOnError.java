package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.junit.JunitXml;
import bpdiff.report.OutputFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a JUnit XML report of one {@code <error>} when a command could not run, so that CI always gets a report. */
final class ReportOnError {

    private ReportOnError() {}

    /**
     * Writes the error report, if one was asked for and its file can be written; otherwise does nothing, so
     * that the original problem is the one reported.
     *
     * @param junitXml the {@code --junit-xml} file, or {@code null}
     * @param suite the suite's name
     * @param command the command that could not run
     * @param problem why
     */
    static void write(Path junitXml, String suite, String command, RuntimeException problem) {
        if (junitXml == null || !Files.isDirectory(junitXml.toAbsolutePath().getParent())) {
            return;
        }
        try {
            OutputFiles.writeString(junitXml, JunitXml.error(suite, command, "bpdiff: " + problem.getMessage()),
                    "--junit-xml");
        } catch (BadInputException unwritable) {
            // the file itself is the problem, or its folder: the one-line message already says what went wrong
        }
    }
}
