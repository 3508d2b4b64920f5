package bpdiff.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * A request's body, read as it arrives without holding a thread while the client is slow: at most
 * {@link ServeSettings#MAX_BODY_BYTES}, and all of it within {@link ServeSettings#BODY_TIME}.
 *
 * <p>The result completes with the bytes, or fails with {@link TooLarge} past the size (a chunked body, whose size
 * is known only as it is read; a declared {@code Content-Length} over the limit is refused before reading), with a
 * {@link java.util.concurrent.TimeoutException} past the time (a body shorter than its {@code Content-Length}, or one
 * sent a byte at a time), or with the connection's own failure.
 */
class RequestBody implements Runnable {

    /** The body is larger than the limit. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("request body over the limit", null, false, false);
        }
    }

    private final Request request;
    private final int most;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();

    RequestBody(Request request, int most) {
        this.request = request;
        this.most = most;
    }

    /**
     * Starts reading.
     *
     * @param most the most bytes
     * @param longest how long it may take
     * @return the body, when it has arrived
     */
    static CompletableFuture<byte[]> read(Request request, int most, Duration longest) {
        RequestBody body = new RequestBody(request, most);
        body.result.orTimeout(longest.toNanos(), TimeUnit.NANOSECONDS);
        body.run();
        return body.result;
    }

    /**
     * Reads and drops what the client still sends of a body that was refused, so that a client that sends its body
     * before reading the answer gets to read the answer (closing a connection with unread bytes resets it, and the
     * answer is lost with it); at most {@code most} bytes and for at most {@code longest}, then it is done.
     *
     * @param most the most bytes dropped
     * @param longest how long to drop them at most
     * @return done when the body has ended, or either bound is reached
     */
    static CompletableFuture<byte[]> drop(Request request, long most, Duration longest) {
        RequestBody body = new RequestBody(request, 0) {
            private long dropped;

            @Override
            boolean take(ByteBuffer buffer) {
                dropped += buffer.remaining();
                return dropped <= most;
            }
        };
        body.result.completeOnTimeout(new byte[0], longest.toNanos(), TimeUnit.NANOSECONDS);
        body.run();
        return body.result;
    }

    /**
     * Keeps the bytes of one chunk.
     *
     * @param buffer the chunk's bytes
     * @return whether to go on reading
     */
    boolean take(ByteBuffer buffer) {
        if (bytes.size() + (long) buffer.remaining() > most) {
            result.completeExceptionally(new TooLarge());
            return false;
        }
        byte[] part = new byte[buffer.remaining()];
        buffer.get(part);
        bytes.write(part, 0, part.length);
        return true;
    }

    /** Reads what has arrived; asks to be called again when there is more. */
    @Override
    public void run() {
        while (!result.isDone()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                result.completeExceptionally(chunk.getFailure());
                return;
            }
            boolean goOn = take(chunk.getByteBuffer());
            chunk.release();
            if (!goOn) {
                result.complete(new byte[0]);
                return;
            }
            if (chunk.isLast()) {
                result.complete(bytes.toByteArray());
            }
        }
    }
}
