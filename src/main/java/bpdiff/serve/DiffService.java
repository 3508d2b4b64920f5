package bpdiff.serve;

import bpdiff.BadInputException;
import bpdiff.check.diff.DiffJsonFormat;
import bpdiff.check.diff.DiffReport;
import bpdiff.check.diff.EpochPair;
import bpdiff.check.diff.ComparedParameter;
import bpdiff.check.diff.ProgramDiff;
import bpdiff.check.program.CheckOptions;
import bpdiff.command.DiffOutcome;
import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import java.util.List;

/**
 * {@code POST /api/diff}: what {@code bpdiff diff A.py B.py --format json} does ({@link ProgramDiff}, the command's
 * own code), with the two programs' texts from the request instead of files: each program runs in bpdiff's
 * restricted interpreter and is checked on its own, then the two are compared epoch by epoch.
 *
 * <p>Each program has the bounds a program has under {@code POST /api/check}: the interpreter's limits, its wall
 * time no longer than the server's time limit ({@link Deadline#programLimits()}), and the request's
 * {@link Deadline} read before each epoch is differentiated; the two run one after the other on one worker.
 *
 * <p>Every epoch of every parameter is sent back (both gradients, both autograd gradients, both updated weights),
 * about 30 bytes of JSON per number, so a diff on the server is limited to {@value #MOST_NUMBERS} numbers, about
 * 10 MB; the command line has no such limit.
 */
public final class DiffService {

    /** The most numbers one answer carries: keeps it below about 10 MB. */
    static final long MOST_NUMBERS = 300_000;

    /**
     * Compares two programs.
     *
     * @param deadline the time limit
     * @return exit status 0 when the programs are the same, 1 when they differ; {@code bpdiff.diff/1}
     * @throws RequestException 400 for a program that cannot be checked (naming it and its line, with the line
     *     under the message), a {@code map} that names no parameter, no parameter in common, or too many numbers
     * @throws TimeLimitException past the deadline
     */
    public Answer diff(DiffRequest request, Deadline deadline) {
        CheckOptions options = new CheckOptions(request.precision(), request.lossName(), List.of(),
                deadline.programLimits(), null, deadline::check);
        long start = System.nanoTime();
        DiffReport report;
        try {
            report = ProgramDiff.diff(request.textA(), request.nameA(), request.textB(), request.nameB(), options,
                    request.map());
        } catch (BadProgramException e) {
            Problem first = e.problems().get(0);
            String text = first.source().equals(request.nameB()) ? request.textB() : request.textA();
            throw new RequestException(ErrorAnswer.badProgram(e.problems(), text));
        } catch (BadInputException e) {
            String excerpt = Excerpts.at(e, request.nameA());
            if (excerpt.isEmpty()) {
                excerpt = Excerpts.at(e, request.nameB());
            }
            throw new RequestException(ErrorAnswer.badInput(DiffRequest.named(e)).withExcerpt(excerpt));
        }
        checkSize(report);
        double seconds = (System.nanoTime() - start) / 1e9;
        return Answer.of(new DiffOutcome(report), request.views(), seconds, List.of());
    }

    /** The numbers {@link DiffJsonFormat} writes: both losses at every epoch, six arrays per parameter and epoch. */
    private static void checkSize(DiffReport report) {
        long numbers = (long) report.lossesA().length + report.lossesB().length;
        for (ComparedParameter p : report.parameters()) {
            for (EpochPair e : p.epochs()) {
                numbers += length(e.gradientA()) + length(e.gradientB()) + length(e.truthA()) + length(e.truthB())
                        + length(e.updatedA()) + length(e.updatedB());
            }
        }
        if (numbers > MOST_NUMBERS) {
            throw new BadInputException("a diff on the server sends back at most " + MOST_NUMBERS + " numbers, and "
                    + "these programs' losses, gradients, autograd's gradients and updated weights at every epoch "
                    + "compared are " + numbers + "; run fewer epochs or smaller arrays, or bpdiff diff on the command "
                    + "line, which has no such limit", "a; b");
        }
    }

    private static long length(double[] values) {
        return values == null ? 0 : values.length;
    }
}
