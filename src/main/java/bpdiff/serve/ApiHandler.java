package bpdiff.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * The JSON API under {@code /api/}: {@code GET /api/networks}, {@code GET /api/examples},
 * {@code POST /api/check}, {@code POST /api/compare}. A computation runs only after {@link Admission} lets it
 * in, under a {@link Deadline} that starts when it does; whatever fails is answered by {@link ErrorAnswer}.
 */
final class ApiHandler implements HttpHandler {

    private final Catalog catalog;
    private final Admission admission;
    private final Duration timeLimit;
    private final PrintWriter log;
    private final CheckService checks = new CheckService();
    private final CompareService comparisons = new CompareService();

    /**
     * Creates the handler.
     *
     * @param catalog the example networks and derivations
     * @param admission how many computations run and wait
     * @param timeLimit how long one computation may run
     * @param log where faults of bpdiff's own are written, with their stack trace
     */
    ApiHandler(Catalog catalog, Admission admission, Duration timeLimit, PrintWriter log) {
        this.catalog = catalog;
        this.admission = admission;
        this.timeLimit = timeLimit;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try {
            switch (path) {
                case "/api/networks" -> get(exchange, catalog.networksJson());
                case "/api/examples" -> get(exchange, catalog.examplesJson());
                case "/api/check" -> post(exchange, ApiRequest.Kind.CHECK);
                case "/api/compare" -> post(exchange, ApiRequest.Kind.COMPARE);
                default -> throw new RequestException(ErrorAnswer.refused(404, "no such endpoint; the API is "
                        + "GET /api/networks, GET /api/examples, POST /api/check and POST /api/compare", path));
            }
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            ErrorAnswer answer = ErrorAnswer.of(e);
            if (answer.internal()) {
                synchronized (log) {
                    log.println("bpdiff serve: internal error answering " + exchange.getRequestMethod() + " " + path);
                    e.printStackTrace(log);
                    log.flush();
                }
            }
            Exchanges.send(exchange, answer);
        }
    }

    private static void get(HttpExchange exchange, String json) throws IOException {
        allow(exchange, "GET", "HEAD");
        Exchanges.send(exchange, 200, Exchanges.JSON, json);
    }

    private void post(HttpExchange exchange, ApiRequest.Kind kind) throws IOException {
        allow(exchange, "POST");
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
            // a page elsewhere cannot send this type to another site without the browser asking first
            throw new RequestException(ErrorAnswer.refused(415, "the request body must be JSON, sent with "
                    + "Content-Type: application/json", "Content-Type: " + (type == null ? "none" : type)));
        }
        ApiRequest request = ApiRequest.read(kind, Exchanges.body(exchange), catalog);
        Answer answer;
        try (Admission.Permit permit = admission.enter()) {
            Deadline deadline = Deadline.in(timeLimit);
            answer = kind == ApiRequest.Kind.CHECK ? checks.check(request, deadline)
                    : comparisons.compare(request, deadline);
        }
        Exchanges.send(exchange, 200, Exchanges.JSON, answer.json());
    }

    private static void allow(HttpExchange exchange, String... methods) {
        for (String method : methods) {
            if (method.equals(exchange.getRequestMethod())) {
                return;
            }
        }
        exchange.getResponseHeaders().set("Allow", String.join(", ", methods));
        throw new RequestException(ErrorAnswer.refused(405, "use " + String.join(" or ", methods) + " here",
                exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()));
    }
}
