package bpdiff.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to a request that the HTTP layer itself refuses before any handler of bpdiff's sees it: a malformed
 * request line or header, a duplicate or invalid {@code Content-Length}, a path that is not a valid URI, headers over
 * the limit, an unknown HTTP version. It is JSON like every other error of the server ({@link ErrorAnswer}), never a
 * page, and says what was wrong in bpdiff's words: the server's own reason is quoted only when it is plain words
 * (never a class or library name), and the connection is closed, since what the client sends next cannot be trusted.
 */
final class JsonErrors extends ErrorHandler {

    /** A reason worth quoting: a few plain words, as {@code Duplicate Host Header} or {@code Invalid Content-Length Value}. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 '=/,:-]{0,79}");
    private static final Pattern NAMES = Pattern.compile("(?i).*(exception|jetty|java|error:).*");

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object status = request.getAttribute(ERROR_STATUS);
        Object message = request.getAttribute(ERROR_MESSAGE);
        int code = status instanceof Integer s ? s : response.getStatus();
        ErrorAnswer answer = answer(code, message instanceof String m ? m : null);
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        Exchanges.send(response, callback, answer);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Exchanges.JSON));
        fields.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        return ByteBuffer.wrap(answer(status, reason).json().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The answer to a refusal of the HTTP layer.
     *
     * @param reason its reason, quoted only when plain words
     */
    static ErrorAnswer answer(int status, String reason) {
        String why = reason != null && PLAIN.matcher(reason).matches() && !NAMES.matcher(reason).matches()
                ? ": " + reason : "";
        return switch (status) {
            case 408 -> new ErrorAnswer(408, 2, "bpdiff: the request did not arrive in time" + why + " (request)", null,
                    null);
            case 413 -> ErrorAnswer.tooLarge();
            case 414, 431 -> new ErrorAnswer(status, 2, "bpdiff: the request line and headers are larger than "
                    + ServeSettings.MAX_HEADER_BYTES + " bytes, the most the server reads (request headers)", null, null);
            case 501, 505 -> new ErrorAnswer(status, 2, "bpdiff: the server speaks HTTP/1.1 and HTTP/1.0 only, with "
                    + "GET, HEAD and POST" + why + " (request line)", null, null);
            case 500 -> ErrorAnswer.of(new IllegalStateException());
            default -> new ErrorAnswer(status >= 400 && status < 600 ? status : 400, 2, "bpdiff: the request is not "
                    + "well-formed HTTP" + why + " (request)", null, null);
        };
    }
}
