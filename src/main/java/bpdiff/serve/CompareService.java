package bpdiff.serve;

import bpdiff.BadInputException;
import bpdiff.command.ComparisonSettings;
import bpdiff.command.CompareOutcome;
import bpdiff.network.NetworkSpec;

/**
 * {@code POST /api/compare}: what {@code bpdiff compare --format json} does ({@link ComparisonSettings}, the
 * command's own code: the hand derivation, DJL autograd trained ahead and finite differences), every step watched
 * by the request's {@link Deadline}.
 *
 * <p>Every epoch is sent back, about 400 bytes of JSON per number, so a comparison on the server is limited
 * to {@value #MOST_NUMBERS} numbers (epochs × (parameters + neurons × samples)): 2000 epochs of the lecture
 * network. The command line has no such limit.
 */
public final class CompareService {

    /** The most per-epoch numbers one answer carries: keeps it below about 10 MB. */
    static final long MOST_NUMBERS = 24_000;

    /**
     * Compares.
     *
     * @param deadline the time limit
     * @return exit status 0 when all agree, 1 when they differ; {@code bpdiff.compare/1}
     * @throws BadInputException for an option the command refuses, a network the hand derivation does not fit, or
     *     too many epochs
     * @throws TimeLimitException past the deadline
     */
    public Answer compare(ApiRequest request, Deadline deadline) {
        ComparisonSettings settings = request.comparison();
        NetworkSpec network = settings.network();
        checkSize(network);
        long start = System.nanoTime();
        CompareOutcome outcome = settings.compare(settings.hand(), deadline, step -> { }, index -> true);
        double seconds = (System.nanoTime() - start) / 1e9;
        return Answer.of(outcome, request.views(), seconds, request.network().warnings());
    }

    private static void checkSize(NetworkSpec network) {
        long perEpoch = network.parameterCount() + (long) network.neuronCount() * network.samples().size();
        if (perEpoch > MOST_NUMBERS) {
            throw new BadInputException("a comparison on the server sends back at most " + MOST_NUMBERS
                    + " numbers, and one epoch of this network has " + perEpoch + " (parameters + neurons × samples); "
                    + "bpdiff compare on the command line has no such limit", "network");
        }
        if (perEpoch * network.epochs() > MOST_NUMBERS) {
            throw new BadInputException("a comparison on the server sends back at most " + MOST_NUMBERS
                    + " numbers, " + perEpoch + " per epoch for this network, so at most " + MOST_NUMBERS / perEpoch
                    + " epochs; bpdiff compare on the command line has no such limit", "epochs");
        }
    }
}
