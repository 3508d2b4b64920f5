package bpdiff.grade;

import bpdiff.BadInputException;
import bpdiff.InputFiles;
import bpdiff.report.OutputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A grading platform that runs one container per submission: where it puts the submission and where it wants the
 * results. Gradescope: {@code /autograder/submission/} and {@code /autograder/results/results.json}; PrairieLearn:
 * {@code /grade/student/} and {@code /grade/results/results.json}. The root is given (so tests and other layouts
 * run it anywhere); bpdiff's own outputs (the feedback, {@code class.html}, …) go to {@code results/bpdiff/}.
 */
public enum Platform {
    /** Gradescope's autograder. */
    GRADESCOPE("/autograder", "submission"),
    /** PrairieLearn's external grader. */
    PRAIRIELEARN("/grade", "student");

    private final String defaultRoot;
    private final String submissionFolder;

    Platform(String defaultRoot, String submissionFolder) {
        this.defaultRoot = defaultRoot;
        this.submissionFolder = submissionFolder;
    }

    /** @return the root the platform uses, e.g. {@code /autograder} */
    public String defaultRoot() {
        return defaultRoot;
    }

    /**
     * The one submission in the platform's submission folder.
     *
     * @param fileName {@code --file}, or {@code null} for the only {@code .py} file
     * @return the submission, named {@code submission}
     * @throws BadInputException if the folder is missing
     */
    public Submission submission(Path root, String fileName) {
        Path folder = root.resolve(submissionFolder);
        if (!Files.isDirectory(folder)) {
            throw new BadInputException("no submission folder " + folder + " (the platform puts the student's files"
                    + " there)", folder.toString());
        }
        List<String> candidates;
        try (Stream<Path> files = Files.walk(folder, Submissions.MAX_DEPTH)) {
            candidates = files.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f)).map(f -> folder.relativize(f).toString())
                    .filter(f -> fileName == null ? Submissions.isProgram(f) : Path.of(f).getFileName().toString()
                            .equals(fileName)).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException("cannot read the submission folder: " + e.getMessage(), folder.toString(), e);
        }
        String chosen = Submissions.choose(candidates, fileName);
        if (chosen.startsWith("!")) {
            return new Submission("submission", folder.toString(), null, chosen.substring(1));
        }
        Path file = folder.resolve(chosen);
        return new Submission("submission", chosen, () -> {
            // a link out of the folder could show the student any file of the container, the solution among them
            String away = Submissions.outside(file, folder.toRealPath());
            if (away != null) {
                throw new IOException(away);
            }
            try (var in = Files.newInputStream(file)) {
                return InputFiles.read(in, Submissions.MAX_BYTES);
            }
        }, null);
    }

    /** @return bpdiff's own output folder, {@code results/bpdiff} */
    public Path outputs(Path root) {
        Path results = root.resolve("results");
        try {
            Files.createDirectories(results);
        } catch (IOException e) {
            throw new BadInputException("cannot create the results folder: " + e.getMessage(), results.toString(), e);
        }
        return results.resolve("bpdiff");
    }

    /**
     * Writes the platform's {@code results/results.json}.
     *
     * @param g the graded submission
     * @param visibility Gradescope's visibility of the tests
     */
    public void writeResults(Path root, Graded g, String visibility) {
        Path out = outputs(root);
        String feedback;
        try {
            feedback = Files.readString(out.resolve("feedback").resolve(g.fileName() + ".md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            feedback = g.message();
        }
        String json = this == GRADESCOPE ? GradescopeResults.write(g, feedback, visibility)
                : PrairieLearnResults.write(g, feedback);
        OutputFiles.writeString(root.resolve("results").resolve("results.json"), json, "results.json");
    }
}
