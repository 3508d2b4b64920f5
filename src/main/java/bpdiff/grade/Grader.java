package bpdiff.grade;

import bpdiff.BadInputException;
import bpdiff.check.MistakeCode;
import bpdiff.check.PythonEncoding;
import bpdiff.check.program.CheckOptions;
import bpdiff.check.program.ProgramCheck;
import bpdiff.check.program.ProgramReport;
import bpdiff.gradient.EngineUnavailableException;
import bpdiff.gradient.PyTorchEngine;
import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import bpdiff.program.ProgramLimits;
import bpdiff.program.notebook.NotebookProgram;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks a class's submissions: the engine started once, a fixed pool of threads each checking one submission at a
 * time through {@code check}'s own entry point ({@link ProgramCheck}), the results collected in the order of the
 * submissions, so nothing written depends on which thread finished first.
 *
 * <p>Each check is bounded: the interpreter runs under {@code --time-limit} of wall time (its own clock, read inside
 * loops), and the differentiation of each epoch starts only while the check is within that time, so an endless loop
 * costs its limit and no more. Whatever goes wrong in one submission (a bad program, a limit, an out-of-memory
 * error, a bug in bpdiff) gives that submission 0 points and its message; only an engine that cannot start or
 * feedback that cannot be written stops the run.
 */
public final class Grader {

    private final Expectation expectation;
    private final GradeSettings settings;
    private final Path feedback;
    private final Progress progress;

    /**
     * @param expectation the reference and points
     * @param settings how to check
     * @param feedback the folder the students' feedback goes to (it exists)
     * @param progress where progress is shown
     */
    public Grader(Expectation expectation, GradeSettings settings, Path feedback, Progress progress) {
        this.expectation = expectation;
        this.settings = settings;
        this.feedback = feedback;
        this.progress = progress;
    }

    /**
     * Grades every submission.
     *
     * @param submissions the class, in order
     * @return one grade per submission, in the same order
     * @throws EngineUnavailableException if the engine cannot start
     * @throws BadInputException if feedback cannot be written
     */
    public List<Graded> grade(List<Submission> submissions) {
        PyTorchEngine.get();
        Map<String, String> fileNames = Students.fileNames(submissions.stream().map(Submission::student).toList());
        progress.start(submissions.size());
        int threads = Math.max(1, Math.min(settings.threads(), submissions.size()));
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bpdiff-grade-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<Future<Graded>> futures = new ArrayList<>();
        for (Submission s : submissions) {
            futures.add(pool.submit(() -> {
                Graded g = gradeOne(s, fileNames.get(s.student()));
                progress.graded(g);
                return g;
            }));
        }
        List<Graded> graded = new ArrayList<>();
        try {
            for (Future<Graded> f : futures) {
                graded.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while grading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return ClassSummary.withUsualMax(graded, expectation);
    }

    /** Checks one submission; never throws but for the engine and the feedback files. */
    private Graded gradeOne(Submission s, String fileName) {
        if (s.missing() != null) {
            return written(Scoring.notChecked(s.student(), s.where(), fileName, MistakeCode.NO_SUBMISSION, s.missing(), 0,
                    "", expectation), null, 0);
        }
        String text;
        try {
            byte[] bytes = s.content().read();
            if (!NotebookProgram.isNotebook(s.where()) && !hasNul(bytes)) {
                // a Python file is read as CPython reads it: UTF-8, or the encoding its first lines declare
                text = PythonEncoding.decode(bytes, s.where());
            } else {
                text = decode(bytes);
            }
        } catch (BadInputException e) {
            return written(Scoring.notChecked(s.student(), s.where(), fileName, MistakeCode.UNREADABLE,
                    e.getMessage(), e.position() == null ? 0 : e.position().line(), "", expectation), null, 0);
        } catch (IOException e) {
            return written(Scoring.notChecked(s.student(), s.where(), fileName, MistakeCode.UNREADABLE,
                    "cannot read the file: " + e.getMessage(), 0, "", expectation), null, 0);
        }
        if (text == null) {
            return written(Scoring.notChecked(s.student(), s.where(), fileName, MistakeCode.UNREADABLE,
                    "the file is not UTF-8 text (binary data?)", 0, "", expectation), null, 0);
        }
        long start = System.nanoTime();
        long limit = (long) (settings.timeLimitSeconds() * 1e9);
        CheckOptions options = new CheckOptions(settings.precision(), settings.lossName(), settings.parameters(),
                ProgramLimits.DEFAULT.withSeconds(settings.timeLimitSeconds()),
                null, () -> {
                    if (System.nanoTime() - start > limit) {
                        throw new TimeLimitReached(settings.timeLimitSeconds());
                    }
                });
        NotebookProgram notebook = null;
        try {
            if (NotebookProgram.isNotebook(s.where())) {
                notebook = NotebookProgram.read(text, s.where());
            }
        } catch (BadInputException e) {
            return notChecked(s, fileName, MistakeCode.UNREADABLE, e.getMessage(), null);
        } catch (BadProgramException e) {
            return bad(s, fileName, e, text);
        }
        try {
            ProgramReport report = notebook == null ? ProgramCheck.check(text, s.where(), options)
                    : ProgramCheck.check(notebook, options);
            Graded g = Scoring.grade(s.student(), s.where(), fileName, report, expectation);
            Feedback.write(feedback, g, report, notebook == null ? text : notebook.text());
            return g;
        } catch (BadProgramException e) {
            Problem first = e.problems().get(0);
            if (first.kind() == Problem.Kind.RUNTIME && first.message().contains("ran longer than")) {
                // the clock stops a program wherever it happens to be: without that line, nothing depends on timing
                return notChecked(s, fileName, MistakeCode.LIMIT, first.message() + " (" + first.source() + ")", text);
            }
            return bad(s, fileName, e, notebook == null ? text : notebook.text());
        } catch (TimeLimitReached e) {
            return notChecked(s, fileName, MistakeCode.TIME_LIMIT, e.getMessage(), text);
        } catch (EngineUnavailableException | BadInputException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            return notChecked(s, fileName, MistakeCode.OUT_OF_MEMORY, "the check ran out of memory (the Java heap; "
                    + "give Java more with -Xmx, or check fewer submissions at once with --threads)", text);
        } catch (StackOverflowError e) {
            return notChecked(s, fileName, MistakeCode.LIMIT, "the program is nested too deeply to check", text);
        } catch (RuntimeException e) {
            return notChecked(s, fileName, MistakeCode.INTERNAL_ERROR, "bpdiff failed on this submission, a bug in "
                    + "bpdiff (bpdiff check " + s.where() + " --debug shows where)", text);
        }
    }

    /** A program that cannot be checked: every problem, the first one's line quoted as its file has it. */
    private Graded bad(Submission s, String fileName, BadProgramException e, String program) {
        Problem first = e.problems().get(0);
        String message = String.join("\n", e.problems().stream().map(Problem::text).toList());
        String statement = first.line() <= 0 ? "" : first.lines().written(first.line(), line(program, first.line()));
        return written(Scoring.notChecked(s.student(), s.where(), fileName, MistakeCode.of(first), message,
                first.line(), statement == null ? "" : statement.strip(), expectation, first.lines()), program,
                first.column());
    }

    private Graded notChecked(Submission s, String fileName, MistakeCode code, String message, String text) {
        return written(Scoring.notChecked(s.student(), s.where(), fileName, code, message, 0, "", expectation), text, 0);
    }

    private Graded written(Graded g, String text, int column) {
        Feedback.writeNotChecked(feedback, g, text, column);
        return g;
    }

    /**
     * @param bytes a file's bytes
     * @return its text without a byte-order mark, or {@code null} if it is not UTF-8 text (or holds NUL bytes)
     */
    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                return null;
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static String line(String text, int line) {
        if (line <= 0) {
            return "";
        }
        return text.lines().skip(line - 1).findFirst().orElse("").strip();
    }
}
