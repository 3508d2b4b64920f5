package bpdiff.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writing answers: a status, a type and a whole body, and error answers as JSON. */
final class Exchanges {

    /** JSON answers. */
    static final String JSON = "application/json; charset=utf-8";

    private Exchanges() {}

    /**
     * Sends an answer; the callback completes when it is written.
     *
     * @param callback the request's callback
     * @param status the HTTP status
     * @param contentType the body's type
     * @param body the body (not sent for HEAD)
     */
    static void send(Response response, Callback callback, int status, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /**
     * Sends an error answer.
     *
     * @param callback the request's callback
     * @param answer the error
     */
    static void send(Response response, Callback callback, ErrorAnswer answer) {
        if (answer.retryAfterSeconds() != null) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, String.valueOf(answer.retryAfterSeconds()));
        }
        if (answer.closes()) {
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        send(response, callback, answer.status(), JSON, answer.json());
    }
}
