package bpdiff.grade;

import bpdiff.gradient.PyTorchEngine;
import bpdiff.report.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One {@code bpdiff grade} run into a folder, created only once the engine has started: every student's feedback ({@code feedback/}), then the class's
 * {@code class.html}, {@code grades.csv} and {@code results.json}, each file written whole (a temporary file moved
 * into place).
 */
public final class GradeRun {

    private GradeRun() {}

    /**
     * @param submissions the class
     * @param expectation the reference and points
     * @param settings how to check
     * @param out the output folder (created if missing; its parent must exist)
     * @param progress where progress is shown
     * @return the class's counts
     * @throws bpdiff.BadInputException if the folder cannot be written
     * @throws bpdiff.gradient.EngineUnavailableException if the engine cannot start
     */
    public static ClassSummary run(List<Submission> submissions, Expectation expectation, GradeSettings settings,
            Path out, Progress progress) {
        PyTorchEngine.get();
        OutputFiles.checkOutputFolder(out, true, "--out");
        Path feedback = out.resolve("feedback");
        try {
            Files.createDirectories(feedback);
        } catch (IOException e) {
            throw new bpdiff.BadInputException("cannot create the feedback folder: " + e.getMessage(),
                    feedback.toString(), e);
        }
        List<Graded> graded = new Grader(expectation, settings, feedback, progress).grade(submissions);
        ClassSummary summary = ClassSummary.of(graded);
        OutputFiles.writeString(out.resolve("class.html"), ClassPage.render(summary, expectation), "--out");
        OutputFiles.writeString(out.resolve("grades.csv"), GradesCsv.write(summary), "--out");
        OutputFiles.writeString(out.resolve("results.json"), GradeJson.write(summary, expectation, settings), "--out");
        return summary;
    }

    /**
     * @param summary the class
     * @param seconds how long the run took
     * @return {@code --junit-xml}
     */
    public static String junitXml(ClassSummary summary, double seconds) {
        return GradeJunit.write(summary, seconds);
    }
}
