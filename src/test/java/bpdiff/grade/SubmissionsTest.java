package bpdiff.grade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.BadInputException;
import bpdiff.testing.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How submissions are found: folders of files, per-student folders, Moodle's zip; what is refused and bounded. */
class SubmissionsTest {

    @TempDir
    Path folder;

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path zip = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFolderOfFilesGivesOneStudentPerFileByName() throws IOException {
        Files.writeString(folder.resolve("zoe.py"), "x = 1\n");
        Files.writeString(folder.resolve("adam.py"), "x = 2\n");
        Files.writeString(folder.resolve("notes.txt"), "not a submission\n");
        try (Submissions s = Submissions.of(folder, null)) {
            assertEquals(List.of("adam", "zoe"), s.list().stream().map(Submission::student).toList());
            assertArrayEquals(text("x = 2\n"), s.list().get(0).content().read());
        }
    }

    @Test
    void aStudentsFolderGivesItsOnePythonFileOrTheOneFileNames() throws IOException {
        Path ann = Files.createDirectories(folder.resolve("Ann Lee_1001_assignsubmission_file_"));
        Files.writeString(ann.resolve("hw2.py"), "a = 1\n");
        Files.writeString(ann.resolve("helpers.py"), "h = 1\n");
        Path bo = Files.createDirectories(folder.resolve("Bo_1002_assignsubmission_file_"));
        Files.writeString(bo.resolve("hw2.py"), "b = 1\n");
        try (Submissions s = Submissions.of(folder, null)) {
            assertEquals(List.of("Ann Lee_1001", "Bo_1002"), s.list().stream().map(Submission::student).toList());
            assertTrue(s.list().get(0).missing().startsWith("2 files could be the submission (helpers.py, hw2.py)"),
                    s.list().get(0).missing());
            assertNull(s.list().get(1).missing());
        }
        try (Submissions s = Submissions.of(folder, "hw2.py")) {
            assertArrayEquals(text("a = 1\n"), s.list().get(0).content().read());
        }
    }

    @Test
    void moodlesZipIsReadWithoutExtractingAndAFileOverTheLimitIsNotRead() throws IOException {
        byte[] big = new byte[Submissions.MAX_BYTES + 1];
        Path zip = zip("moodle.zip", Map.of("Ann Lee_1001_assignsubmission_file_/hw2.py", text("a = 1\n"),
                "Bo_1002_assignsubmission_file_/hw2.py", big, "Cy_1003_assignsubmission_file_/README.txt", text("hi")));
        try (Submissions s = Submissions.of(zip, null)) {
            assertEquals(List.of("Ann Lee_1001", "Bo_1002", "Cy_1003"), s.list().stream().map(Submission::student)
                    .toList());
            assertArrayEquals(text("a = 1\n"), s.list().get(0).content().read());
            IOException tooLarge = assertThrows(IOException.class, () -> s.list().get(1).content().read());
            assertTrue(tooLarge.getMessage().contains("larger than"));
            assertEquals("no .py or .ipynb file in the student's folder", s.list().get(2).missing());
        }
    }

    @Test
    void aZipWithAnEntryOutsideItsFolderIsRefused() throws IOException {
        Path zip = zip("slip.zip", Map.of("ok/hw2.py", text("a = 1\n"), "../../evil.py", text("b = 1\n")));
        BadInputException e = assertThrows(BadInputException.class, () -> Submissions.of(zip, null));
        assertTrue(e.getMessage().contains("outside its folder"), e.getMessage());
        Cli.Result r = Cli.run("grade", zip.toString(), "--out", folder.resolve("out").toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("bpdiff: the .zip has an entry outside its folder"), r.err());
        assertTrue(!Files.exists(folder.resolve("out")), "nothing written");
    }

    @Test
    void aZipWithTwoEntriesOfOneNameIsRefused() throws IOException {
        // Java's ZipOutputStream refuses a duplicate name and Python's zipfile only warns; the second name is made
        // by renaming "hx2.py" to "hw2.py" in the archive's bytes (its local header and its central directory)
        Path made = zip("made.zip", new java.util.LinkedHashMap<>(Map.of("hw2.py", text("a = 1\n"),
                "hx2.py", text("b = 2\n"))));
        String bytes = new String(Files.readAllBytes(made), java.nio.charset.StandardCharsets.ISO_8859_1);
        Path zip = folder.resolve("twice.zip");
        Files.write(zip, bytes.replace("hx2.py", "hw2.py").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        BadInputException e = assertThrows(BadInputException.class, () -> Submissions.of(zip, null));
        assertEquals("the .zip has two entries named 'hw2.py': refused as damaged or hostile", e.problem());
        Cli.Result r = Cli.run("grade", zip.toString(), "--out", folder.resolve("out").toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(!Files.exists(folder.resolve("out")), "nothing written");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        for (String[] args : List.of(new String[] {"grade", folder.resolve("none").toString(), "--out", "x"},
                new String[] {"grade", folder.toString(), "--out", folder.resolve("o").toString()},
                new String[] {"grade", folder.toString()},
                new String[] {"grade", "--gradescope", "--prairielearn"},
                new String[] {"grade", folder.toString(), "--out", "x", "--time-limit", "0"})) {
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.status(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("bpdiff: "), r.err());
        }
    }

    @Test
    void feedbackFileNamesAreSafeAndDistinct() {
        Map<String, String> names = Students.fileNames(List.of("Ann Lee", "ann lee", "../etc/passwd", "李雷", "a/b"));
        assertEquals(List.of("Ann_Lee", "ann_lee-2", "etc_passwd", "李雷", "a_b"), List.copyOf(names.values()));
    }

    @Test
    void aMoodleZipIsGradedEndToEnd() throws IOException {
        Path zip = zip("export.zip", Map.of(
                "Ann Lee_1001_assignsubmission_file_/hw2.py", Files.readAllBytes(Path.of("examples/class/ann.py")),
                "Bo Chen_1002_assignsubmission_file_/hw2.py", Files.readAllBytes(Path.of("examples/class/eli.py"))));
        Path out = folder.resolve("grades");
        Cli.Result r = Cli.run("grade", zip.toString(), "--out", out.toString());
        assertEquals(1, r.status(), r.err());
        String csv = Files.readString(out.resolve("grades.csv"));
        assertTrue(csv.contains("\r\nAnn Lee_1001," + zip + "!Ann Lee_1001_assignsubmission_file_/hw2.py,8,8,"), csv);
        assertTrue(csv.contains("\r\nBo Chen_1002,"), csv);
        assertTrue(Files.isRegularFile(out.resolve("feedback/Ann_Lee_1001.html")));
    }

    @Test
    void aLinkOutOfTheClassIsItsStudentsRowAndIsNeverRead() throws IOException {
        // a zip unpacked into the class folder may hold links: one to a secret must not reach the teacher's outputs
        Path secret = Files.writeString(Files.createDirectories(folder.resolve("home")).resolve("secret.txt"),
                "password = 'hunter2'\n");
        Path class_ = Files.createDirectories(folder.resolve("class"));
        Files.writeString(class_.resolve("ann.py"), "a = 1\n");
        Files.createSymbolicLink(class_.resolve("copy.py"), Path.of("ann.py"));
        Files.createSymbolicLink(class_.resolve("leak.py"), secret);
        Files.createSymbolicLink(class_.resolve("gone.py"), class_.resolve("nothing.py"));
        Path bo = Files.createDirectories(class_.resolve("Bo_1002_assignsubmission_file_"));
        Files.createSymbolicLink(bo.resolve("hw2.py"), secret);
        Files.createSymbolicLink(class_.resolve("cy"), folder.resolve("home"));
        try (Submissions found = Submissions.of(class_, null)) {
            Map<String, Submission> by = new java.util.TreeMap<>();
            found.list().forEach(s -> by.put(s.student(), s));
            assertEquals(List.of("Bo_1002", "ann", "copy", "cy", "gone", "leak"), List.copyOf(by.keySet()));
            assertArrayEquals(text("a = 1\n"), by.get("copy").content().read(), "a link within the class is read");
            for (String student : List.of("leak", "Bo_1002", "cy")) {
                IOException e = assertThrows(IOException.class, () -> by.get(student).content().read(), student);
                assertTrue(e.getMessage().contains("is a symbolic link to " + secret.getParent().toRealPath())
                        && e.getMessage().contains("outside the folder of the submissions"), e.getMessage());
            }
            IOException gone = assertThrows(IOException.class, () -> by.get("gone").content().read());
            assertTrue(gone.getMessage().endsWith("nothing.py, which does not exist"), gone.getMessage());
        }
    }

    @Test
    void aStudentsOwnZipIsTheirSubmissionAndADamagedOneTheirReason() throws IOException {
        // a student who zipped the homework, beside .py files or in Moodle's folder; it used to be left out silently
        Path class_ = Files.createDirectories(folder.resolve("class"));
        Files.writeString(class_.resolve("ann.py"), "a = 1\n");
        Files.move(zip("bo.zip", Map.of("bo/hw2.py", text("b = 1\n"), "__MACOSX/bo/._hw2.py", text("x"))),
                class_.resolve("bo.zip"));
        Path cy = Files.createDirectories(class_.resolve("Cy Wu_1003_assignsubmission_file_"));
        Files.move(zip("hw2.zip", Map.of("hw2.py", text("c = 1\n"))), cy.resolve("hw2.zip"));
        Files.write(class_.resolve("dee.zip"), text("PK\u0003\u0004 not a zip"));
        Files.move(zip("eve.zip", Map.of("notes.txt", text("no program"))), class_.resolve("eve.zip"));
        Files.move(zip("fay.zip", Map.of("../../evil.py", text("d = 1\n"))), class_.resolve("fay.zip"));
        try (Submissions found = Submissions.of(class_, null)) {
            Map<String, Submission> by = new java.util.TreeMap<>();
            found.list().forEach(s -> by.put(s.student(), s));
            assertEquals(List.of("Cy Wu_1003", "ann", "bo", "dee", "eve", "fay"), List.copyOf(by.keySet()));
            assertArrayEquals(text("b = 1\n"), by.get("bo").content().read());
            assertEquals(class_.resolve("bo.zip") + "!bo/hw2.py", by.get("bo").where());
            assertArrayEquals(text("c = 1\n"), by.get("Cy Wu_1003").content().read());
            assertTrue(assertThrows(IOException.class, () -> by.get("dee").content().read()).getMessage()
                    .startsWith("not a readable .zip"));
            assertEquals("no .py or .ipynb file in the student's .zip", by.get("eve").missing());
            assertTrue(assertThrows(IOException.class, () -> by.get("fay").content().read()).getMessage()
                    .contains("an entry outside its folder"));
        }
    }

    @Test
    void aZipWithNamesInWindowsCodePageIsReadNotRefused() throws IOException {
        // Windows' "compressed folder" writes names in its code page without the UTF-8 flag; it used to refuse the
        // whole class ("invalid CEN header (bad entry name)")
        Path zip = folder.resolve("windows.zip");
        java.nio.charset.Charset ibm437 = java.nio.charset.Charset.forName("IBM437");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file, ibm437)) {
            for (String name : List.of("Zoë Müller_1001_assignsubmission_file_/hw2.py", "Ann_1002_assignsubmission_file_/hw2.py")) {
                out.putNextEntry(new ZipEntry(name));
                out.write(text("a = 1\n"));
                out.closeEntry();
            }
        }
        try (Submissions found = Submissions.of(zip, null)) {
            assertEquals(List.of("Ann_1002", "Zoë Müller_1001"), found.list().stream().map(Submission::student).toList());
            assertArrayEquals(text("a = 1\n"), found.list().get(1).content().read());
        }
    }

    @Test
    void anOutputFolderAmongTheSubmissionsIsRefused() throws IOException {
        // it used to be written there, and the next grade of the folder took feedback/ for a student's folder
        Path class_ = Files.createDirectories(folder.resolve("class"));
        Files.writeString(class_.resolve("ann.py"), "a = 1\n");
        for (String out : List.of(class_.toString(), class_.resolve("grades").toString(),
                class_.resolve("../class/./grades").toString())) {
            Cli.Result r = Cli.run("grade", class_.toString(), "--out", out);
            assertEquals(2, r.status(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("bpdiff: the output folder is in the folder of the submissions")
                    && r.err().endsWith("(--out)\n"), r.err());
        }
        try (var files = Files.list(class_)) {
            assertEquals(List.of(class_.resolve("ann.py")), files.toList(), "nothing written among the submissions");
        }
    }

    @Test
    void aStudentsFileNamedAsAFormulaIsTextInTheGrades() throws IOException {
        // a spreadsheet opening grades.csv would run =HYPERLINK(…) or =cmd|… as a formula (CSV injection)
        Path class_ = Files.createDirectories(folder.resolve("class"));
        Files.writeString(class_.resolve("=HYPERLINK(\"http:__x\").py"), "a = 1\n");
        Files.writeString(class_.resolve("@ann.py"), "a = 1\n");
        Path out = folder.resolve("grades");
        Cli.Result r = Cli.run("grade", class_.toString(), "--out", out.toString(), "--time-limit", "5");
        assertEquals(1, r.status(), r.err());
        String csv = Files.readString(out.resolve("grades.csv"));
        assertTrue(csv.contains("\r\n\"'=HYPERLINK(\"\"http:__x\"\")\","), csv);
        assertTrue(csv.contains("\r\n'@ann,"), csv);
        assertEquals("'-1", GradesCsv.text("-1"));
        assertEquals("ann", GradesCsv.text("ann"));
    }
}
