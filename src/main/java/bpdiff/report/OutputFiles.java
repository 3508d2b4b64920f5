package bpdiff.report;

import bpdiff.BadInputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes output files whole or not at all: to a temporary file beside the target, then moved into place.
 * A run that fails half way never leaves a half-written report behind. A target that is not a file but a device
 * or a pipe ({@code /dev/null}, {@code /dev/stdout}) is written into, never replaced.
 */
public final class OutputFiles {

    /** Numbers this process's temporary files ({@link #newTemporary}). */
    private static final AtomicLong TEMPORARIES = new AtomicLong();

    private OutputFiles() {}

    /** {@link #write} of {@code text} in UTF-8. */
    public static void writeString(Path target, String text, String flag) {
        write(target, text.getBytes(StandardCharsets.UTF_8), flag);
    }

    /**
     * Writes {@code bytes} to {@code target} atomically, creating its folder if needed.
     *
     * @param flag the option that named the file, for the error message
     * @throws BadInputException if the file cannot be written
     */
    public static void write(Path target, byte[] bytes, String flag) {
        Path temporary = null;
        try {
            Path absolute = target.toAbsolutePath();
            if (isSpecial(absolute)) {
                Files.write(absolute, bytes);
                return;
            }
            absolute = resolved(absolute);
            Path folder = absolute.getParent();
            Files.createDirectories(folder);
            temporary = newTemporary(folder, "." + absolute.getFileName());
            Files.write(temporary, bytes);
            readableByAll(temporary);
            move(temporary, absolute);
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
     * Opens a file to be written bit by bit (a comparison streamed epoch by epoch), still whole or not at all:
     * {@link AtomicFile#commit} moves it into place; closing without committing leaves the target as it was.
     *
     * @param flag the option that named the file, for the error message
     * @throws BadInputException if the temporary file cannot be created
     */
    public static AtomicFile open(Path target, String flag) {
        try {
            Path absolute = target.toAbsolutePath();
            if (isSpecial(absolute)) {
                return new AtomicFile(target, absolute, null, Files.newBufferedWriter(absolute, StandardCharsets.UTF_8),
                        flag);
            }
            absolute = resolved(absolute);
            Path temporary = newTemporary(absolute.getParent(), "." + absolute.getFileName());
            return new AtomicFile(target, absolute, temporary, Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), flag);
        } catch (IOException | SecurityException e) {
            throw new BadInputException("cannot write " + target + ": " + reason(e), flag, e);
        }
    }

    /** A file being written through a temporary one ({@link #open}), or a device written into directly. */
    public static final class AtomicFile implements AutoCloseable {

        private final Path target;
        /** Where it goes: the target, or the file the target's link names. */
        private final Path destination;
        /** The temporary file, or {@code null} when the target is a device or a pipe, written into directly. */
        private final Path temporary;
        private final Writer writer;
        private final String flag;
        private boolean committed;

        private AtomicFile(Path target, Path destination, Path temporary, Writer writer, String flag) {
            this.target = target;
            this.destination = destination;
            this.temporary = temporary;
            this.writer = writer;
            this.flag = flag;
        }

        /** @return where the text goes (buffered; UTF-8) */
        public Writer writer() {
            return writer;
        }

        /**
         * Finishes the file and moves it into place.
         *
         * @throws BadInputException if it cannot be written or moved
         */
        public void commit() {
            try {
                writer.close();
                if (temporary != null) {
                    readableByAll(temporary);
                    move(temporary, destination);
                }
                committed = true;
            } catch (IOException | SecurityException e) {
                throw new BadInputException("cannot write " + target + ": " + reason(e), flag, e);
            }
        }

        /** Deletes the temporary file unless it was committed. */
        @Override
        public void close() {
            if (committed) {
                return;
            }
            try {
                writer.close();
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException ignored) {
                // the error that stopped the writing is the one worth reporting
            }
        }
    }

    /**
     * Checks early that an output folder exists and can be written, under bpdiff's one rule for output paths:
     * a missing folder is created only when {@code create} ({@code run --out DIR} or {@code --mkdirs}), and only
     * one level of it.
     *
     * @param flag the option that named it
     * @throws BadInputException if the folder is missing (and may not or cannot be created), is a file, or
     *     cannot be written
     */
    public static void checkOutputFolder(Path folder, boolean create, String flag) {
        Path absolute = folder.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new BadInputException(folder + " is a file, not a folder", flag);
        }
        if (!Files.exists(absolute)) {
            if (!create) {
                throw new BadInputException("folder " + folder + " does not exist (--mkdirs creates it when its parent"
                        + " exists)", flag);
            }
            Path parent = absolute.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new BadInputException("folder " + folder + " does not exist, nor does its parent; bpdiff"
                        + " creates one missing folder at most", flag);
            }
            try {
                Files.createDirectory(absolute);
            } catch (IOException | SecurityException e) {
                throw new BadInputException("cannot create folder " + folder + ": " + reason(e), flag, e);
            }
        }
        probe(absolute, flag);
    }

    /**
     * Checks early, before anything runs, that an output file can be written: its folder as
     * {@link #checkOutputFolder} checks it (unless the file is a device or a pipe, such as {@code /dev/null}), and the
     * file itself neither a folder, nor one of the command's inputs (the report would overwrite the program it is
     * about), nor the file another output option names (one would overwrite the other).
     *
     * @param target the output file
     * @param create whether a missing folder may be created ({@code --mkdirs})
     * @param flag the option that named it
     * @param inputs the files the command reads ({@code null} entries are skipped)
     * @param other the command's other output file, or {@code null}
     * @param otherFlag the option that named it
     * @throws BadInputException if it cannot be this output file
     */
    public static void checkOutputFile(Path target, boolean create, String flag, List<Path> inputs, Path other,
            String otherFlag) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new BadInputException("cannot write " + target + ": is a directory", flag);
        }
        if (!isSpecial(absolute)) {
            checkOutputFolder(absolute.getParent(), create, flag);
        }
        for (Path input : inputs) {
            if (input != null && same(absolute, input.toAbsolutePath())) {
                throw new BadInputException(target + " is an input of the command: the report would overwrite it;"
                        + " name another file", flag);
            }
        }
        if (other != null && !isSpecial(absolute) && same(absolute, other.toAbsolutePath())) {
            throw new BadInputException(otherFlag + " and " + flag + " both name " + target + ": each needs a file of"
                    + " its own", flag);
        }
    }

    /**
     * A command's report and JUnit files checked before anything runs ({@link #checkOutputFile} each): the JUnit file
     * may not be the report's either.
     *
     * @param out {@code --out}, or {@code null}
     * @param junitXml {@code --junit-xml}, or {@code null}
     * @param create whether missing folders may be created ({@code --mkdirs})
     * @param inputs the files the command reads
     * @param junitRefused run when the JUnit file is the one refused: the refusal's own JUnit report is then not
     *     written there either
     * @throws BadInputException if either cannot be its output file
     */
    public static void checkOutputs(Path out, Path junitXml, boolean create, List<Path> inputs, Runnable junitRefused) {
        if (out != null) {
            checkOutputFile(out, create, "--out", inputs, null, null);
        }
        if (junitXml != null) {
            try {
                checkOutputFile(junitXml, create, "--junit-xml", inputs, out, "--out");
            } catch (BadInputException refused) {
                junitRefused.run();
                throw refused;
            }
        }
    }

    /** Whether two paths are one file: the same path, or, when both exist, the same file through a link. */
    private static boolean same(Path a, Path b) {
        if (a.normalize().equals(b.normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * Whether a path is a device, a pipe or a process's open file ({@code /dev/null}, {@code /dev/stdout}, which
     * names whatever standard output is): written into in place, never replaced.
     */
    private static boolean isSpecial(Path path) {
        if (!Files.exists(path) || Files.isDirectory(path)) {
            return false;
        }
        if (!Files.isRegularFile(path)) {
            return true;
        }
        try {
            Path real = path.toRealPath();
            return real.startsWith("/proc") || real.startsWith("/dev");
        } catch (IOException | SecurityException e) {
            return true;
        }
    }

    /** Where a file is put: the file a link names (the link stays a link), else the path itself. */
    private static Path resolved(Path absolute) throws IOException {
        return Files.isSymbolicLink(absolute) && Files.exists(absolute) ? absolute.toRealPath() : absolute;
    }

    /**
     * Creates a new empty file named after the prefix, this process and a counter ({@code CREATE_NEW} refuses one
     * that exists, a link included). Not {@link Files#createTempFile}: its random generator's first use costs
     * over ten milliseconds at start.
     */
    private static Path newTemporary(Path folder, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve(prefix + "." + ProcessHandle.current().pid() + "-"
                    + TEMPORARIES.incrementAndGet() + ".tmp");
            try {
                Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return candidate;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** Creates and deletes a temporary file: the one sure test that a folder takes new files. */
    private static void probe(Path folder, String flag) {
        try {
            Path probe = newTemporary(folder, ".bpdiff-write-check");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new BadInputException("cannot write to folder " + folder + ": " + reason(e), flag, e);
        }
    }

    /** Moves a finished temporary file into place, atomically where the file system can. */
    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A report is an ordinary file (0644), whatever mode its temporary file was created with (the umask's). */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Why a file operation failed, in words: never a Java exception's class name. */
    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the file system takes no new files there (no such file or folder)";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return "input/output error";
    }
}
