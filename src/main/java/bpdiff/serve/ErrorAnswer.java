package bpdiff.serve;

import bpdiff.BadInputException;
import bpdiff.gradient.EngineUnavailableException;
import bpdiff.program.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the server answers when it cannot answer with a result: an HTTP status and a JSON body whose
 * {@code "error"} is the one line the command line prints, {@code bpdiff: <problem> (<where>)}.
 *
 * <pre>{@code {"error": "bpdiff: epochs must be between 1 and 100000, found 0 (epochs)", "status": 400, "exitStatus": 2}}</pre>
 *
 * <p>400 is bad input (exit status 2 on the command line), also a request that is not well-formed HTTP; 408 a body
 * that did not arrive in time; 413 a body over 1 MiB; 431 headers over the limit; 503 busy (with {@code Retry-After}),
 * stopping, or a computation that ran out of memory (without: the same request would do the same); 500 an engine that
 * cannot start (exit status 3) or a fault of bpdiff's own (4); 403 a Host that is not this machine's name (on
 * loopback), 404, 405 and 415 a request for something the server does not have. After 408, 413 and a 503 without
 * {@code Retry-After} the connection is closed ({@link #closes()}).
 *
 * @param status the HTTP status
 * @param exitStatus the command line's exit status for the same problem, or {@code null} where it has none
 * @param message the one line, starting {@code bpdiff: }
 * @param excerpt for an error at a line and column of the text checked, that line and a caret under the
 *     column (as the command line prints below the message), else {@code null}
 * @param retryAfterSeconds for 503, when to try again, else {@code null}
 * @param problems for a program that cannot be checked, every problem found in it (all its syntax and name
 *     errors at once), each as the command line prints it: its line, then its excerpt; else empty
 */
public record ErrorAnswer(int status, Integer exitStatus, String message, String excerpt, Integer retryAfterSeconds,
        List<String> problems) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Makes the list unmodifiable. */
    public ErrorAnswer {
        problems = List.copyOf(problems);
    }

    /** An answer with no {@link #problems()} list; the parameters as in the canonical constructor. */
    public ErrorAnswer(int status, Integer exitStatus, String message, String excerpt, Integer retryAfterSeconds) {
        this(status, exitStatus, message, excerpt, retryAfterSeconds, List.of());
    }

    /** @return the answer to bad input {@code e}: 400, exit status 2 */
    public static ErrorAnswer badInput(BadInputException e) {
        return new ErrorAnswer(400, 2, "bpdiff: " + e.getMessage(), null, null);
    }

    /**
     * The answer to a program that cannot be checked: its first problem as the message, with its excerpt, and
     * every problem in {@link #problems()}.
     *
     * @param problems every problem, in file order, at least one
     * @param text the program's text
     * @return 400, exit status 2
     */
    public static ErrorAnswer badProgram(List<Problem> problems, String text) {
        List<String> printed = new ArrayList<>();
        for (Problem p : problems) {
            printed.add("bpdiff: " + p.text() + "\n" + Excerpts.of(p, text));
        }
        Problem first = problems.get(0);
        String excerpt = Excerpts.of(first, text);
        return new ErrorAnswer(400, 2, "bpdiff: " + first.text(), excerpt.isEmpty() ? null : excerpt, null, printed);
    }

    /** @return the answer to a body over {@link ServeSettings#MAX_BODY_BYTES}: 413, exit status 2 */
    public static ErrorAnswer tooLarge() {
        return new ErrorAnswer(413, 2, "bpdiff: the request body is larger than " + ServeSettings.MAX_BODY_BYTES
                + " bytes (1 MiB), the most the server reads (request body)", null, null);
    }

    /**
     * @param longest the time a body may take
     * @return the answer to a body shorter than its {@code Content-Length} or sent too slowly: 408, exit status 2
     */
    public static ErrorAnswer slowBody(Duration longest) {
        return new ErrorAnswer(408, 2, "bpdiff: the request body did not arrive within " + longest.toSeconds()
                + " s of its headers (shorter than its Content-Length, or sent too slowly) (request body)", null, null);
    }

    /**
     * The answer to a computation that ran out of memory: the same request would again, so no {@code Retry-After}.
     *
     * @param maxHeapBytes the heap's limit, {@code Runtime.maxMemory()}
     * @return 503, exit status 2 (as on the command line)
     */
    public static ErrorAnswer outOfMemory(long maxHeapBytes) {
        return new ErrorAnswer(503, 2, String.format(Locale.ROOT, "bpdiff: out of memory: this computation filled the "
                + "server's Java heap (at most %d MiB); ask for less (fewer epochs, smaller arrays), or run bpdiff on "
                + "the command line, where -Xmx gives it more (memory)", maxHeapBytes / (1024 * 1024)), null, null);
    }

    /** @return the answer while the server stops: 503 without {@code Retry-After}, as it will not be back */
    public static ErrorAnswer stopping() {
        return new ErrorAnswer(503, null, "bpdiff: the server is stopping (stopping)", null, null);
    }

    /**
     * @param why what is full, one clause
     * @param retryAfterSeconds when to try again
     * @return the answer when every worker is busy and the queue is full, or the wait was too long: 503
     */
    public static ErrorAnswer busy(String why, int retryAfterSeconds) {
        return new ErrorAnswer(503, null, "bpdiff: the server is busy: " + why + "; try again in "
                + retryAfterSeconds + " s (busy)", null, retryAfterSeconds);
    }

    /**
     * The answer to a request for something the server does not have: {@code bpdiff: <problem> (<where>)}.
     *
     * @param status 403, 404, 405 or 415
     * @return the answer, exit status 2
     */
    public static ErrorAnswer refused(int status, String problem, String where) {
        return new ErrorAnswer(status, 2, "bpdiff: " + problem + " (" + where + ")", null, null);
    }

    /**
     * @param failure what computing threw
     * @return as the command line maps it: 400 for bad input and limits, 500 for the engine and anything else
     */
    public static ErrorAnswer of(Throwable failure) {
        if (failure instanceof RequestException e) {
            return e.answer();
        }
        if (failure instanceof BadInputException e) {
            return badInput(e);
        }
        if (failure instanceof TimeLimitException e) {
            return new ErrorAnswer(400, 2, "bpdiff: " + e.getMessage(), null, null);
        }
        if (failure instanceof EngineUnavailableException e) {
            return new ErrorAnswer(500, 3, "bpdiff: " + e.getMessage(), null, null);
        }
        if (failure instanceof StackOverflowError) {
            // a safety net, as on the command line: inputs are limited so that this does not happen
            return new ErrorAnswer(400, 2, "bpdiff: the input is too large or too deeply nested to process "
                    + "(request body)", null, null);
        }
        return new ErrorAnswer(500, 4, "bpdiff: internal error while answering; the server's console has the "
                + "details (internal)", null, null);
    }

    /**
     * @return whether the connection is closed after this answer: a body not read (408, 413), a computation out of
     *     memory or a server stopping (503 without {@code Retry-After})
     */
    public boolean closes() {
        return status == 408 || status == 413 || (status == 503 && retryAfterSeconds == null);
    }

    /** @return whether it is a fault of bpdiff's own, whose stack trace belongs in the server's log */
    public boolean internal() {
        return status == 500 && exitStatus != null && exitStatus == 4;
    }

    /**
     * @param lines the checked text's line and the caret, or {@code ""} for none
     * @return the same answer with those lines under the message
     */
    public ErrorAnswer withExcerpt(String lines) {
        return new ErrorAnswer(status, exitStatus, message, lines.isEmpty() ? null : lines, retryAfterSeconds,
                problems);
    }

    /** @return the JSON body */
    public String json() {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("error", message);
        body.put("status", status);
        if (exitStatus != null) {
            body.put("exitStatus", exitStatus);
        }
        if (excerpt != null) {
            body.put("excerpt", excerpt);
        }
        if (!problems.isEmpty()) {
            problems.forEach(body.putArray("problems")::add);
        }
        try {
            return MAPPER.writeValueAsString(body) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
