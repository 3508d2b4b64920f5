package bpdiff.report;

import bpdiff.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files whole or not at all: to a temporary file beside the target, then moved into place.
 * A run that fails half way never leaves a half-written report behind.
 */
public final class OutputFiles {

    private OutputFiles() {}

    /**
     * Writes text to a file atomically, creating its folder if needed.
     *
     * @param target the file
     * @param text its content (UTF-8)
     * @param flag the option that named the file, for the error message
     * @throws BadInputException if the file cannot be written
     */
    public static void writeString(Path target, String text, String flag) {
        write(target, text.getBytes(StandardCharsets.UTF_8), flag);
    }

    /**
     * Writes bytes to a file atomically, creating its folder if needed.
     *
     * @param target the file
     * @param bytes its content
     * @param flag the option that named the file, for the error message
     * @throws BadInputException if the file cannot be written
     */
    public static void write(Path target, byte[] bytes, String flag) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
            Files.write(temporary, bytes);
            readableByAll(temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException | SecurityException e) {
            throw new BadInputException("cannot write " + target + ": " + reason(e), flag, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the original error is the one worth reporting
                }
            }
        }
    }

    /**
     * Checks early that a folder can be written, so a long run does not fail only at its end.
     *
     * @param folder the output folder (created if missing)
     * @param flag the option that named it
     * @throws BadInputException if it cannot be created or written
     */
    public static void checkWritableFolder(Path folder, String flag) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".bpdiff-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new BadInputException("cannot write to folder " + folder + ": " + reason(e), flag, e);
        }
    }

    /** Temporary files are created private (0600); a report is an ordinary file (0644). */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
