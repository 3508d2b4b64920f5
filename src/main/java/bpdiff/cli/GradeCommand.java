package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.grade.ClassSummary;
import bpdiff.grade.Expectation;
import bpdiff.grade.GradeRun;
import bpdiff.grade.GradeSettings;
import bpdiff.grade.Graded;
import bpdiff.grade.Platform;
import bpdiff.grade.Progress;
import bpdiff.grade.Reference;
import bpdiff.grade.Submission;
import bpdiff.grade.Submissions;
import bpdiff.gradient.Precision;
import bpdiff.program.ProgramLimits;
import bpdiff.report.OutputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bpdiff grade SUBMISSIONS --out DIR}: a class's programs checked in one run ({@link GradeRun}), or, with
 * {@code --gradescope} or {@code --prairielearn}, the one submission a grading platform hands its container.
 * Exit status: 0 every submission was checked and has every point, 1 some has not, 2 bad input, 3 the engine
 * cannot start.
 */
@Command(
        name = "grade",
        mixinStandardHelpOptions = true,
        description = {
            "Grade a class: every submission checked as bpdiff check checks it, one engine for all, on every core.",
            "SUBMISSIONS is a folder of .py or .ipynb files, a folder of per-student folders (--file picks the file), or a .zip"
                    + " (Moodle's Name_ID_assignsubmission_file_/hw2.py). DIR gets feedback/<student>.md and .html,"
                    + " class.html, grades.csv and results.json.",
            "Exit status: 0 every submission checked with every point, 1 some not, 2 bad input, 3 the engine cannot"
                    + " start."
        })
public final class GradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SUBMISSIONS",
            description = "A folder of .py or .ipynb files or of students' folders, or a .zip of them.")
    private Path submissions;

    @Option(names = "--out", paramLabel = "DIR", description = "The output folder (created if missing; its parent must"
            + " exist).")
    private Path out;

    @Option(names = "--file", paramLabel = "NAME", description = "The file to grade in each student's folder, when it"
            + " holds several .py or .ipynb files (e.g. hw2.py, hw2.ipynb).")
    private String file;

    @Option(names = "--reference", paramLabel = "FILE", description = "The teacher's solution: its parameters, epochs and"
            + " loss are what is expected; it must pass bpdiff check.")
    private Path reference;

    @Option(names = "--points", paramLabel = "NAME=POINTS", split = ",", description = "Points of a parameter's gradient"
            + " (default 1 each), e.g. --points w1=2,w2=2.")
    private Map<String, Double> points = new LinkedHashMap<>();

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "10",
            description = "Wall time one submission's check may take. Default: ${DEFAULT-VALUE}.")
    private double timeLimit;

    @Option(names = "--threads", paramLabel = "N", description = "Submissions checked at once. Default: the number of"
            + " cores.")
    private Integer threads;

    @Option(names = "--dtype", paramLabel = "DTYPE", defaultValue = "float64",
            description = "Autograd's precision: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private Precision precision;

    @Mixin
    private LossOptions loss;

    @Option(names = "--params", paramLabel = "NAME", split = ",", description = "The programs' parameters. Default: the"
            + " variables each updates (w = w - lr * g).")
    private List<String> params = List.of();

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write JUnit XML: a test case per student"
            + " and parameter, an error per submission that could not be checked.")
    private Path junitXml;

    @Option(names = "--gradescope", arity = "0..1", paramLabel = "ROOT", fallbackValue = "/autograder",
            description = "Grade the one submission in ROOT/submission/ and write ROOT/results/results.json in"
                    + " Gradescope's format (ROOT: /autograder).")
    private Path gradescope;

    @Option(names = "--prairielearn", arity = "0..1", paramLabel = "ROOT", fallbackValue = "/grade",
            description = "Grade the one submission in ROOT/student/ and write ROOT/results/results.json in"
                    + " PrairieLearn's external-grader format (ROOT: /grade).")
    private Path prairielearn;

    @Option(names = "--visibility", paramLabel = "WHEN", defaultValue = "visible",
            description = "Gradescope's visibility of the tests: visible, after_due_date, after_published or hidden."
                    + " Default: ${DEFAULT-VALUE}.")
    private String visibility;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        check();
        GradeSettings settings = new GradeSettings(precision, loss.given(), params, timeLimit,
                threads != null ? threads : Runtime.getRuntime().availableProcessors());
        Platform platform = gradescope != null ? Platform.GRADESCOPE : prairielearn != null ? Platform.PRAIRIELEARN
                : null;
        if (platform != null) {
            return platform(platform, gradescope != null ? gradescope : prairielearn, settings);
        }
        if (junitXml != null) {
            OutputFiles.checkOutputFile(junitXml, false, "--junit-xml", java.util.Arrays.asList(submissions, reference),
                    null, null);
        }
        Expectation expectation = expectation(settings);
        ClassSummary summary;
        try (Submissions found = Submissions.of(submissions, file)) {
            summary = GradeRun.run(found.list(), expectation, settings, out, progress());
        }
        if (junitXml != null) {
            OutputFiles.writeString(junitXml, GradeRun.junitXml(summary, (System.nanoTime() - start) / 1e9),
                    "--junit-xml");
        }
        List<Graded> graded = summary.graded();
        long full = graded.stream().filter(g -> g.checked() && g.max() > 0 && g.score() >= g.max()).count();
        spec.commandLine().getOut().println("graded " + graded.size() + " submission" + (graded.size() == 1 ? "" : "s")
                + ": " + full + " with every point, " + summary.notChecked().size() + " not checked; written to "
                + out);
        spec.commandLine().getOut().flush();
        return full == graded.size() ? ExitCode.SAME : ExitCode.DIFFERENT;
    }

    private int platform(Platform platform, Path root, GradeSettings settings) {
        if (!List.of("visible", "after_due_date", "after_published", "hidden").contains(visibility)) {
            throw new BadInputException("unknown visibility '" + visibility + "', expected one of visible, "
                    + "after_due_date, after_published, hidden", "--visibility");
        }
        Expectation expectation = expectation(settings);
        Submission one = platform.submission(root, file);
        ClassSummary summary = GradeRun.run(List.of(one), expectation, settings, platform.outputs(root), progress());
        Graded g = summary.graded().get(0);
        platform.writeResults(root, g, visibility);
        spec.commandLine().getOut().println("graded " + one.where() + ": " + g.score() + " of " + g.max()
                + " points; written to " + root.resolve("results").resolve("results.json"));
        spec.commandLine().getOut().flush();
        return g.checked() && g.score() >= g.max() && g.max() > 0 ? ExitCode.SAME : ExitCode.DIFFERENT;
    }

    private Expectation expectation(GradeSettings settings) {
        for (Map.Entry<String, Double> e : points.entrySet()) {
            if (!(e.getValue() > 0 && Double.isFinite(e.getValue()))) {
                throw new BadInputException("the points of " + e.getKey() + " must be a finite number above 0, found "
                        + e.getValue(), "--points");
            }
        }
        return reference == null ? Expectation.withoutReference(points) : Reference.load(reference, settings, points);
    }

    private void check() {
        boolean platform = gradescope != null || prairielearn != null;
        if (gradescope != null && prairielearn != null) {
            throw new BadInputException("--gradescope and --prairielearn exclude each other", "--gradescope");
        }
        if (platform && (submissions != null || out != null)) {
            throw new BadInputException("a platform hands over one submission in its own folder: give no SUBMISSIONS"
                    + " and no --out with " + (gradescope != null ? "--gradescope" : "--prairielearn"),
                    submissions != null ? "SUBMISSIONS" : "--out");
        }
        if (!platform && submissions == null) {
            throw new BadInputException("no submissions given (bpdiff grade SUBMISSIONS --out DIR)", "SUBMISSIONS");
        }
        if (!platform && out == null) {
            throw new BadInputException("no output folder given (bpdiff grade SUBMISSIONS --out DIR)", "--out");
        }
        if (!platform && Files.isDirectory(submissions) && real(out).startsWith(real(submissions))) {
            // feedback/, grades.csv … among the submissions: the next grade of the folder would take them for students
            throw new BadInputException("the output folder is in the folder of the submissions " + submissions
                    + ", which bpdiff only reads: write the grades elsewhere", "--out");
        }
        ProgramLimits.timeLimit(timeLimit, "--time-limit");
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new BadInputException("threads must be between 1 and 256, found " + threads, "--threads");
        }
        if (reference != null && !Files.isRegularFile(reference)) {
            throw new BadInputException("file not found", reference.toString());
        }
    }

    /** A path with its links resolved as far as it exists, so that two names of one folder compare equal. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        for (Path p = absolute; p != null; p = p.getParent()) {
            try {
                return p.toRealPath().resolve(p.relativize(absolute));
            } catch (java.io.IOException | SecurityException e) {
                // not there yet: its parent is
            }
        }
        return absolute;
    }

    private Progress progress() {
        return new Progress(spec.commandLine().getErr(), System.console() != null);
    }
}
