package bpdiff.grade;

import bpdiff.BadInputException;
import bpdiff.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The submissions in a {@code .zip} as a platform exports them: Moodle's {@code Name_ID_assignsubmission_file_/hw2.py}
 * folders, or {@code .py} files at the top (both also inside one folder that holds everything). Nothing is
 * extracted to disk: each file is read from the archive when it is checked, at most {@link Submissions#MAX_BYTES}
 * of it whatever its header claims, so an entry named {@code ../../x} cannot write anywhere (such an archive is
 * refused all the same, as damaged), and a compressed bomb is cut off at the limit.
 */
final class ZipSubmissions {

    /** An archive with more entries than this is refused. */
    static final int MAX_ENTRIES = 100_000;

    private ZipSubmissions() {}

    /**
     * @param zip the archive
     * @param fileName {@code --file}, or {@code null}
     * @return its submissions, open until closed
     * @throws BadInputException if it is not a readable zip, has an entry outside its root, too many entries, or no
     *     submission
     */
    static Submissions open(Path zip, String fileName) {
        ZipFile file;
        try {
            file = openZip(zip);
        } catch (ZipException e) {
            throw new BadInputException("not a readable .zip (" + e.getMessage() + ")", zip.toString(), e);
        } catch (IOException e) {
            throw new BadInputException("cannot read the .zip: " + e.getMessage(), zip.toString(), e);
        }
        try {
            List<Submission> found = submissions(file, zip.toString(), fileName);
            if (found.isEmpty()) {
                throw new BadInputException("no submissions: the .zip holds no .py or .ipynb file and no student's folder",
                        zip.toString());
            }
            return new Submissions(Submissions.sorted(found), file);
        } catch (RuntimeException e) {
            try {
                file.close();
            } catch (IOException ignored) {
                // the refusal is what matters
            }
            throw e;
        }
    }

    /**
     * One student's own {@code .zip} in a class's folder (or in the student's folder): its one {@code .py} or
     * {@code .ipynb} file, or the one {@code --file} names, read from the archive when it is checked. Whatever is
     * wrong with the archive (damaged, an entry outside its folder, too many entries, no or several files) is that
     * student's reason, never the class's.
     *
     * @param student the student's name
     * @param zip the archive
     * @param fileName {@code --file}, or {@code null}
     * @return the submission
     */
    static Submission ofStudent(String student, Path zip, String fileName) {
        List<String> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (ZipFile file = openZip(zip)) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            for (int count = 0; entries.hasMoreElements(); count++) {
                ZipEntry e = entries.nextElement();
                if (count >= MAX_ENTRIES) {
                    return unreadable(student, zip, "the .zip has more than " + MAX_ENTRIES + " entries");
                }
                checkName(e.getName(), zip.toString(), seen);
                String name = e.getName();
                if (!e.isDirectory() && !name.contains("__MACOSX/") && !baseName(name).startsWith(".")
                        && depth(name) <= Submissions.MAX_DEPTH
                        && (fileName == null ? Submissions.isProgram(name) : baseName(name).equals(fileName))) {
                    candidates.add(name);
                }
            }
        } catch (BadInputException e) {
            return unreadable(student, zip, e.problem());
        } catch (IOException e) {
            return unreadable(student, zip, "not a readable .zip (" + e.getMessage() + ")");
        }
        String chosen = Submissions.choose(candidates.stream().sorted().toList(), fileName);
        if (chosen.startsWith("!")) {
            return new Submission(student, zip.toString(), null, chosen.substring(1).replace("student's folder",
                    "student's .zip"));
        }
        return new Submission(student, zip + "!" + chosen, () -> {
            try (ZipFile file = openZip(zip)) {
                return read(file, chosen);
            }
        }, null);
    }

    /**
     * Opens an archive whose names are UTF-8 (Moodle's, Linux's and macOS's zips, flagged or not) or, failing that,
     * IBM437, the zip format's own default, which Windows' "compressed folder" writes in its code page: a name in
     * another encoding is then read as mojibake rather than the whole archive refused.
     */
    static ZipFile openZip(Path zip) throws IOException {
        try {
            return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException utf8) {
            try {
                return new ZipFile(zip.toFile(), java.nio.charset.Charset.forName("IBM437"));
            } catch (IOException other) {
                throw utf8;
            }
        }
    }

    /** A student's archive that cannot be read: the row says why ({@code unreadable}). */
    private static Submission unreadable(String student, Path zip, String why) {
        return new Submission(student, zip.toString(), () -> {
            throw new IOException(why);
        }, null);
    }

    private static List<Submission> submissions(ZipFile file, String label, String fileName) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = file.entries();
        for (int count = 0; entries.hasMoreElements(); count++) {
            ZipEntry e = entries.nextElement();
            if (count >= MAX_ENTRIES) {
                throw new BadInputException("the .zip has more than " + MAX_ENTRIES + " entries", label);
            }
            checkName(e.getName(), label, seen);
            if (!e.isDirectory() && !e.getName().contains("__MACOSX/") && !baseName(e.getName()).startsWith(".")) {
                names.add(e.getName());
            }
        }
        String root = commonFolder(names);
        Map<String, List<String>> byTop = new TreeMap<>();
        List<Submission> found = new ArrayList<>();
        for (String name : names) {
            String inside = name.substring(root.length());
            int slash = inside.indexOf('/');
            if (slash < 0) {
                if (Submissions.isProgram(inside)) {
                    found.add(new Submission(Submissions.withoutExtension(inside), label + "!" + name,
                            () -> read(file, name), null));
                }
            } else {
                byTop.computeIfAbsent(inside.substring(0, slash), k -> new ArrayList<>()).add(inside.substring(slash + 1));
            }
        }
        byTop.forEach((folder, files) -> {
            String student = Students.fromFolder(folder);
            List<String> candidates = files.stream().filter(f -> depth(f) < Submissions.MAX_DEPTH)
                    .filter(f -> fileName == null ? Submissions.isProgram(f) : baseName(f).equals(fileName)).sorted()
                    .toList();
            String chosen = Submissions.choose(candidates, fileName);
            String where = label + "!" + root + folder + "/";
            if (chosen.startsWith("!")) {
                found.add(new Submission(student, where, null, chosen.substring(1)));
            } else {
                String entry = root + folder + "/" + chosen;
                found.add(new Submission(student, label + "!" + entry, () -> read(file, entry), null));
            }
        });
        return found;
    }

    /**
     * Refuses a name that would leave the archive's root if it were extracted (zip slip), and a name given to two
     * entries: which of them is the submission cannot be told (Python's {@code zipfile} warns and reads the last).
     *
     * @param seen the names of the entries before, to which this one is added
     */
    private static void checkName(String name, String label, Set<String> seen) {
        String normal = name.replace('\\', '/');
        if (normal.startsWith("/") || normal.matches("^[A-Za-z]:.*") || ("/" + normal + "/").contains("/../")) {
            throw new BadInputException("the .zip has an entry outside its folder ('" + name + "'): refused as "
                    + "damaged or hostile", label);
        }
        if (!seen.add(name)) {
            throw new BadInputException("the .zip has two entries named '" + name + "': refused as damaged or hostile",
                    label);
        }
    }

    /** The folder every entry is in, e.g. {@code export/}, when there is exactly one and no file beside it. */
    private static String commonFolder(List<String> names) {
        if (names.isEmpty() || names.stream().anyMatch(n -> n.indexOf('/') < 0)) {
            return "";
        }
        String first = names.get(0).substring(0, names.get(0).indexOf('/') + 1);
        boolean common = names.stream().allMatch(n -> n.startsWith(first));
        boolean nested = common && names.stream().allMatch(n -> n.substring(first.length()).indexOf('/') >= 0
                || !Submissions.isProgram(n));
        // one folder holding everything: it is the class, not a student, when its content is files or folders
        return common && (nested || names.stream().filter(Submissions::isProgram).count() > 1) ? first : "";
    }

    private static byte[] read(ZipFile file, String name) throws IOException {
        ZipEntry entry = file.getEntry(name);
        if (entry == null) {
            throw new IOException("the entry is gone from the .zip");
        }
        try (InputStream in = file.getInputStream(entry)) {
            return InputFiles.read(in, Submissions.MAX_BYTES);
        }
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
