package bpdiff.grade;

import bpdiff.BadInputException;
import bpdiff.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The submissions of a class, as learning platforms hand them out: a folder of {@code .py} files (one per student,
 * named after the student), a folder of per-student folders (Moodle's {@code Name_ID_assignsubmission_file_/hw2.py},
 * any other name too), or the same as a {@code .zip} ({@link ZipSubmissions}). In a student's folder the one
 * {@code .py} file is checked, or the one named by {@code --file} when there are several. Students are listed in the
 * order of their names, so that every output has the same order whatever the timing.
 */
public final class Submissions implements AutoCloseable {

    /** A submission larger than this is not read: 1 MiB, {@code check}'s own limit on a file. */
    public static final int MAX_BYTES = 1 << 20;
    /** How deep a student's folder is searched for the file. */
    static final int MAX_DEPTH = 4;

    private final List<Submission> list;
    private final AutoCloseable resource;

    Submissions(List<Submission> list, AutoCloseable resource) {
        this.list = List.copyOf(list);
        this.resource = resource;
    }

    /**
     * @param input a folder or a {@code .zip}
     * @param fileName the file to check in each student's folder ({@code --file}), or {@code null} for the only
     *     {@code .py} file there
     * @return the submissions, by student name
     * @throws BadInputException if the input is missing, unreadable, an unsafe or damaged zip, or holds no
     *     submission
     */
    public static Submissions of(Path input, String fileName) {
        if (Files.isRegularFile(input) && isZip(input.getFileName().toString())) {
            return ZipSubmissions.open(input, fileName);
        }
        if (!Files.isDirectory(input)) {
            throw new BadInputException(Files.exists(input) ? "not a folder or a .zip of submissions"
                    : "no such folder or .zip", input.toString());
        }
        List<Submission> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(input)) {
            Path root = input.toRealPath();
            for (Path entry : entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || name.startsWith("__")) {
                    continue;
                }
                String away = Files.isSymbolicLink(entry) ? outside(entry, root) : null;
                boolean folder = Files.isDirectory(entry) || !Files.exists(entry) && !name.contains(".");
                if (away != null && (isProgram(name) || isZip(name) || folder)) {
                    // a link out of the class (or to nothing) is the student's row, with why it was not read
                    found.add(new Submission(folder ? Students.fromFolder(name) : withoutExtension(name),
                            entry.toString(), () -> {
                                throw new IOException(away);
                            }, null));
                } else if (away == null && Files.isDirectory(entry)) {
                    found.add(inFolder(entry, fileName, root));
                } else if (away == null && Files.isRegularFile(entry) && isProgram(name)) {
                    found.add(new Submission(withoutExtension(name), entry.toString(),
                            () -> read(entry, root), null));
                } else if (away == null && Files.isRegularFile(entry) && isZip(name)) {
                    found.add(ZipSubmissions.ofStudent(Students.fromFolder(withoutExtension(name)), entry, fileName));
                }
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read the folder: " + e.getMessage(), input.toString(), e);
        }
        if (found.isEmpty()) {
            throw new BadInputException("no submissions: the folder holds no .py or .ipynb file and no student's folder",
                    input.toString());
        }
        return new Submissions(sorted(found), null);
    }

    /**
     * @param path a file's name or path
     * @return whether it is a submission: a Python file or a Jupyter notebook, not the copy Jupyter keeps in
     *     {@code .ipynb_checkpoints}
     */
    static boolean isProgram(String path) {
        return (path.endsWith(".py") || path.endsWith(".ipynb")) && !path.contains(".ipynb_checkpoints");
    }

    /**
     * @param name a submission's file name
     * @return it without {@code .py} or {@code .ipynb}: the student's name
     */
    static String withoutExtension(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** A student's folder: its one .py or .ipynb file, or the one named --file. */
    private static Submission inFolder(Path folder, String fileName, Path root) {
        String student = Students.fromFolder(folder.getFileName().toString());
        List<Path> candidates;
        // a link to a folder of the class is walked where it leads (a walk does not follow links)
        try (Stream<Path> files = Files.walk(Files.isSymbolicLink(folder) ? folder.toRealPath() : folder, MAX_DEPTH)
                .map(f -> Files.isSymbolicLink(folder) ? folder.resolve(relative(folder, f)) : f)) {
            candidates = files.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f))
                    .filter(f -> fileName == null ? isProgram(folder.relativize(f).toString())
                            : f.getFileName().toString().equals(fileName))
                    .filter(f -> !folder.relativize(f).toString().contains("__MACOSX"))
                    .sorted().toList();
        } catch (IOException e) {
            return new Submission(student, folder.toString(), null, "the folder cannot be read: " + e.getMessage());
        }
        if (candidates.isEmpty()) {
            // a student who zipped the homework: the one .zip in the folder is looked into
            List<Path> zips = zipsIn(folder);
            if (zips.size() == 1) {
                return ZipSubmissions.ofStudent(student, zips.get(0), fileName);
            }
        }
        String chosen = choose(candidates.stream().map(p -> folder.relativize(p).toString()).toList(), fileName);
        if (chosen.startsWith("!")) {
            return new Submission(student, folder.toString(), null, chosen.substring(1));
        }
        Path file = folder.resolve(chosen);
        return new Submission(student, file.toString(), () -> read(file, root), null);
    }

    /** @return the {@code .zip} files of a student's folder, at its top (none when it cannot be read) */
    private static List<Path> zipsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> isZip(f.getFileName().toString()) && Files.isRegularFile(f)
                    && !Files.isSymbolicLink(f)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * @param name a file's name
     * @return whether it is a {@code .zip}
     */
    static boolean isZip(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    /** A path under a linked folder's target, made relative to it. */
    private static Path relative(Path link, Path file) {
        try {
            return link.toRealPath().relativize(file);
        } catch (IOException e) {
            return file.getFileName();
        }
    }

    /**
     * @param path a file or folder of the class, reached through a link
     * @param root the class's folder, its real path
     * @return why it is not read (it leads out of the class's folder, or to nothing), or {@code null} when it is
     */
    static String outside(Path path, Path root) {
        try {
            Path real = path.toRealPath();
            return real.startsWith(root) ? null : "it is a symbolic link to " + real + ", outside the folder of the"
                    + " submissions: bpdiff reads no file outside it (copy the file in)";
        } catch (IOException e) {
            String target;
            try {
                target = Files.readSymbolicLink(path).toString();
            } catch (IOException | UnsupportedOperationException notALink) {
                target = path.toString();
            }
            return "it is a symbolic link to " + target + ", which does not exist";
        }
    }

    /**
     * @param candidates the paths in a student's folder that may be the submission, sorted
     * @param fileName {@code --file}, or {@code null}
     * @return the chosen path, or {@code !} and why none is
     */
    static String choose(List<String> candidates, String fileName) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            return "!" + (fileName == null ? "no .py or .ipynb file in the student's folder" : "no " + fileName
                    + " in the student's folder");
        }
        return "!" + candidates.size() + " files could be the submission (" + String.join(", ", candidates) + ")"
                + (fileName == null ? ": --file names the one to grade" : ": keep one");
    }

    /** Reads a submission, unless a link takes it out of the class's folder. */
    private static byte[] read(Path file, Path root) throws IOException {
        String away = outside(file, root);
        if (away != null) {
            throw new IOException(away);
        }
        return InputFiles.read(file, MAX_BYTES);
    }

    /** Sorts by student and makes equal names distinct ({@code ann}, {@code ann (2)}). */
    static List<Submission> sorted(List<Submission> found) {
        List<Submission> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Submission::student).thenComparing(Submission::where));
        List<Submission> unique = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            Submission s = sorted.get(k);
            int same = 0;
            for (int j = 0; j < k; j++) {
                same += sorted.get(j).student().equals(s.student()) ? 1 : 0;
            }
            unique.add(same == 0 ? s : new Submission(s.student() + " (" + (same + 1) + ")", s.where(), s.content(),
                    s.missing()));
        }
        return unique;
    }

    /** @return the submissions, by student */
    public List<Submission> list() {
        return list;
    }

    /** Closes the zip the submissions are read from, if any. */
    @Override
    public void close() {
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception e) {
                // a zip that cannot be closed was read to the end already
            }
        }
    }
}
