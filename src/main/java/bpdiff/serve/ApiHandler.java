package bpdiff.serve;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The JSON API under {@code /api/}: {@code GET /api/networks}, {@code GET /api/examples},
 * {@code POST /api/check}, {@code POST /api/compare}, {@code POST /api/diff}.
 *
 * <p>A POST's body is refused at once when its declared length is over the limit (413, before it is sent), and is
 * otherwise read as it arrives ({@link RequestBody}), holding no thread while the client is slow. The computation
 * then runs once {@link Admission} lets it in, under a {@link Deadline} that starts then; whatever fails is answered
 * by {@link ErrorAnswer}. Out of memory is answered 503 and the connection closed; a computation that allocated less
 * than half the heap may have been another's victim, so it first runs once more alone
 * ({@link Admission#enterAlone()}).
 */
final class ApiHandler extends Handler.Abstract {

    /** What is read and dropped of a body refused as too large, at most, before the connection closes. */
    private static final long MOST_DROPPED = 64L << 20;
    /** How long it is read and dropped at most. */
    private static final Duration DROP_TIME = Duration.ofSeconds(2);

    /** Counts what a computation's thread allocates: how a computation that filled the heap is told from its victims. */
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    private final Catalog catalog;
    private final Admission admission;
    private final Duration timeLimit;
    private final Executor threads;
    private final PrintWriter log;
    private final CheckService checks = new CheckService();
    private final CompareService comparisons = new CompareService();
    private final DiffService diffs = new DiffService();

    /** A request read from its body: the computation it asks for, to run under a deadline. */
    @FunctionalInterface
    private interface Job {

        /**
         * @param deadline the time limit, started when the computation is let in
         * @return the answer
         */
        Answer run(Deadline deadline);
    }

    /** Reads a request body into its {@link Job}. */
    @FunctionalInterface
    private interface Reader {

        /**
         * @param body the body's bytes
         * @return the computation
         * @throws bpdiff.BadInputException for a body that is not a valid request
         */
        Job read(byte[] body);
    }

    /**
     * @param catalog the example networks and derivations
     * @param admission how many computations run and wait
     * @param timeLimit how long one computation may run
     * @param threads where computations run once their body has arrived
     * @param log where faults of bpdiff's own are written, with their stack trace
     */
    ApiHandler(Catalog catalog, Admission admission, Duration timeLimit, Executor threads, PrintWriter log) {
        this.catalog = catalog;
        this.admission = admission;
        this.timeLimit = timeLimit;
        this.threads = threads;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        try {
            switch (path) {
                case "/api/networks" -> get(request, response, callback, catalog.networksJson());
                case "/api/examples" -> get(request, response, callback, catalog.examplesJson());
                case "/api/check" -> post(request, response, callback, this::check);
                case "/api/compare" -> post(request, response, callback, this::compare);
                case "/api/diff" -> post(request, response, callback, this::diff);
                default -> throw new RequestException(ErrorAnswer.refused(404, "no such endpoint; the API is "
                        + "GET /api/networks, GET /api/examples, POST /api/check, POST /api/compare and "
                        + "POST /api/diff", path));
            }
        } catch (RuntimeException e) {
            answer(request, response, callback, e);
        }
        return true;
    }

    private static void get(Request request, Response response, Callback callback, String json) {
        allow(request, response, "GET", "HEAD");
        Exchanges.send(response, callback, 200, Exchanges.JSON, json);
    }

    private Job check(byte[] body) {
        ApiRequest parsed = ApiRequest.read(ApiRequest.Kind.CHECK, body, catalog);
        return deadline -> checks.check(parsed, deadline);
    }

    private Job compare(byte[] body) {
        ApiRequest parsed = ApiRequest.read(ApiRequest.Kind.COMPARE, body, catalog);
        return deadline -> comparisons.compare(parsed, deadline);
    }

    private Job diff(byte[] body) {
        DiffRequest parsed = DiffRequest.read(body);
        return deadline -> diffs.diff(parsed, deadline);
    }

    private void post(Request request, Response response, Callback callback, Reader reader) {
        allow(request, response, "POST");
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
            // a page elsewhere cannot send this type to another site without the browser asking first
            throw new RequestException(ErrorAnswer.refused(415, "the request body must be JSON, sent with "
                    + "Content-Type: application/json", "Content-Type: " + (type == null ? "none" : type)));
        }
        if (request.getLength() > ServeSettings.MAX_BODY_BYTES) {
            refuseTooLarge(request, response, callback);
            return;
        }
        RequestBody.read(request, ServeSettings.MAX_BODY_BYTES, ServeSettings.BODY_TIME).whenCompleteAsync(
                (body, failure) -> {
                    if (failure == null) {
                        compute(request, response, callback, reader, body);
                    } else {
                        bodyFailed(request, response, callback, failure);
                    }
                }, threads);
    }

    private void compute(Request request, Response response, Callback callback, Reader reader, byte[] body) {
        try {
            Job parsed = reader.read(body);
            Answer answer;
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            try {
                try (Admission.Permit permit = admission.enter()) {
                    answer = run(parsed);
                }
            } catch (OutOfMemoryError beside) {
                // its memory is unreachable now that its stack is gone. One that allocated much of the heap itself
                // filled it; one that did not may have failed only because another did, so it runs once more,
                // alone: failing again, it is too large after all
                if (THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore > Runtime.getRuntime().maxMemory() / 2) {
                    throw beside;
                }
                try (Admission.Permit alone = admission.enterAlone()) {
                    answer = run(parsed);
                }
            }
            Exchanges.send(response, callback, 200, Exchanges.JSON, answer.json());
        } catch (OutOfMemoryError e) {
            synchronized (log) {
                log.println("bpdiff serve: out of memory answering " + request.getMethod() + " "
                        + Request.getPathInContext(request) + ", also alone; answered 503 and closed its connection");
                log.flush();
            }
            Exchanges.send(response, callback, ErrorAnswer.outOfMemory(Runtime.getRuntime().maxMemory()));
        } catch (RuntimeException | Error e) {
            answer(request, response, callback, e);
        }
    }

    private Answer run(Job job) {
        return job.run(Deadline.in(timeLimit));
    }

    /**
     * Answers 413 at once, then drops what the client still sends for a short while before the connection closes:
     * a client that writes its whole body before it reads would otherwise lose the answer to the reset.
     */
    private static void refuseTooLarge(Request request, Response response, Callback callback) {
        Exchanges.send(response, Callback.from(() -> RequestBody.drop(request, MOST_DROPPED, DROP_TIME)
                .whenComplete((dropped, failure) -> callback.succeeded()), callback::failed), ErrorAnswer.tooLarge());
    }

    private static void bodyFailed(Request request, Response response, Callback callback, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof RequestBody.TooLarge) {
            refuseTooLarge(request, response, callback);
        } else if (cause instanceof TimeoutException) {
            Exchanges.send(response, callback, ErrorAnswer.slowBody(ServeSettings.BODY_TIME));
        } else {
            callback.failed(cause);
        }
    }

    private void answer(Request request, Response response, Callback callback, Throwable failure) {
        ErrorAnswer answer = ErrorAnswer.of(failure);
        if (answer.internal()) {
            synchronized (log) {
                log.println("bpdiff serve: internal error answering " + request.getMethod() + " "
                        + Request.getPathInContext(request));
                failure.printStackTrace(log);
                log.flush();
            }
        }
        Exchanges.send(response, callback, answer);
    }

    private static void allow(Request request, Response response, String... methods) {
        for (String method : methods) {
            if (method.equals(request.getMethod())) {
                return;
            }
        }
        response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", methods));
        throw new RequestException(ErrorAnswer.refused(405, "use " + String.join(" or ", methods) + " here",
                request.getMethod() + " " + Request.getPathInContext(request)));
    }
}
