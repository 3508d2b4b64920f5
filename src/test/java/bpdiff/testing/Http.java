package bpdiff.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client for {@code bpdiff serve} in tests: the JDK's {@link HttpClient}, to this machine's loopback
 * address only, every request bounded in time.
 */
public final class Http {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration LONGEST = Duration.ofSeconds(120);

    /**
     * One answer.
     *
     * @param status the HTTP status
     * @param body the body as text
     * @param headers the headers
     * @param nanos how long it took, from sending to the whole body
     */
    public record Reply(int status, String body, HttpHeaders headers, long nanos) {

        /** @return the body as JSON */
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private Http() {}

    /**
     * GET.
     *
     * @param server the server's address ({@code http://127.0.0.1:port/})
     * @param path e.g. {@code api/networks}
     * @return the answer
     */
    public static Reply get(URI server, String path) {
        return send(HttpRequest.newBuilder(local(server).resolve(path)).timeout(LONGEST).GET().build());
    }

    /**
     * POST of a JSON body.
     *
     * @param server the server's address
     * @param path e.g. {@code api/check}
     * @param json the body
     * @return the answer
     */
    public static Reply post(URI server, String path, String json) {
        return send(HttpRequest.newBuilder(local(server).resolve(path)).timeout(LONGEST)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /**
     * Sends any request (to this machine only).
     *
     * @param request the request
     * @return the answer
     */
    public static Reply send(HttpRequest request) {
        local(request.uri());
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers(), System.nanoTime() - start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A JSON body from alternating names and values.
     *
     * @param namesAndValues {@code "derivation", text, "epochs", 5, …}
     * @return the JSON text
     */
    public static String body(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        try {
            return MAPPER.writeValueAsString(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tests talk to servers on this machine's loopback address and nowhere else. */
    private static URI local(URI uri) {
        if (!uri.getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("tests send requests to 127.0.0.1 only: " + uri);
        }
        return uri;
    }
}
