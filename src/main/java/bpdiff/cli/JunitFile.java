package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.junit.JunitXml;
import bpdiff.report.OutputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A command's {@code --junit-xml} file, so that CI gets a report whatever happened. It is written whole, and only
 * into a folder that exists: a missing folder stays missing (only {@code --mkdirs} creates it, before the command
 * runs).
 *
 * @param path the file, or {@code null} when none was asked for
 */
record JunitFile(Path path) {

    /**
     * Writes the report of a command that ran. One that cannot be written (a full disk, a device that refuses it) is
     * bad input, as an unwritable {@code --out} is: CI must not read exit 0 beside a report that is not there.
     *
     * @param xml makes the report
     * @throws BadInputException if the report cannot be written
     */
    void write(Supplier<String> xml) {
        if (path == null) {
            return;
        }
        if (!asked()) {
            throw new BadInputException("cannot write " + path + ": its folder no longer exists", "--junit-xml");
        }
        OutputFiles.writeString(path, xml.get(), "--junit-xml");
    }

    /**
     * Writes the report of a command that could not run: one {@code <error>}. If it cannot be written, nothing is
     * said, so that the original problem is the one reported.
     *
     * @param suite the suite's name
     * @param command the command that could not run
     * @param problem why
     */
    void writeError(String suite, String command, RuntimeException problem) {
        writeFailure(() -> JunitXml.error(suite, command, "bpdiff: " + problem.getMessage()));
    }

    /**
     * Writes the report of a command that failed. If it cannot be written, nothing is said, so that the failure's
     * one line is the only one (the file or its folder may be the very problem).
     *
     * @param xml makes the report
     */
    void writeFailure(Supplier<String> xml) {
        if (!asked()) {
            return;
        }
        try {
            OutputFiles.writeString(path, xml.get(), "--junit-xml");
        } catch (BadInputException unwritable) {
            // said already, or not the problem the user must hear about first
        }
    }

    private boolean asked() {
        return path != null && Files.isDirectory(path.toAbsolutePath().getParent());
    }
}
