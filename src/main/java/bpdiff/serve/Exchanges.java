package bpdiff.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reading a request's body within the limit and writing answers, with the headers every answer carries.
 */
final class Exchanges {

    /** JSON answers. */
    static final String JSON = "application/json; charset=utf-8";
    /** What is read of an oversized body before it is answered, so that the client is reading when the 413 comes. */
    private static final long MOST_DRAINED = 16L << 20;

    private Exchanges() {}

    /**
     * Reads the body, at most {@link ServeSettings#MAX_BODY_BYTES}.
     *
     * @param exchange the request
     * @return its bytes
     * @throws RequestException 413 if it is larger
     * @throws IOException if the connection fails
     */
    static byte[] body(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        InputStream in = exchange.getRequestBody();
        if (length != null && length.strip().matches("\\d{1,18}")
                && Long.parseLong(length.strip()) > ServeSettings.MAX_BODY_BYTES) {
            drain(in);
            throw new RequestException(ErrorAnswer.tooLarge());
        }
        byte[] body = in.readNBytes(ServeSettings.MAX_BODY_BYTES + 1);
        if (body.length > ServeSettings.MAX_BODY_BYTES) {
            drain(in);
            throw new RequestException(ErrorAnswer.tooLarge());
        }
        return body;
    }

    /** Reads and drops what the client still sends, up to a bound; past it the connection is closed. */
    private static void drain(InputStream in) throws IOException {
        long dropped = 0;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while (dropped < MOST_DRAINED && (n = in.read(buffer)) > 0) {
            dropped += n;
        }
    }

    /**
     * Sends an answer and closes the exchange.
     *
     * @param exchange the request
     * @param status the HTTP status
     * @param contentType the body's type
     * @param body the body
     * @throws IOException if the connection fails
     */
    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    /**
     * Sends an error answer.
     *
     * @param exchange the request
     * @param answer the error
     * @throws IOException if the connection fails
     */
    static void send(HttpExchange exchange, ErrorAnswer answer) throws IOException {
        if (answer.retryAfterSeconds() != null) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(answer.retryAfterSeconds()));
        }
        send(exchange, answer.status(), JSON, answer.json());
    }
}
