package bpdiff.serve;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What every request passes before its handler: the headers every answer carries, the check that a server on this
 * machine only is addressed by this machine's name (so that a web page elsewhere cannot reach it by renaming itself
 * to 127.0.0.1, "DNS rebinding"), and the count of requests in flight, so that a stop lets them finish and turns new
 * ones away with 503. It also stops and restarts the connection's {@link SlowHeaders} clock.
 *
 * <p>The name is checked strictly: exactly one {@code Host} header, naming {@code 127.0.0.1}, {@code localhost} or
 * {@code [::1]} (with any port), and a request line in absolute form ({@code GET http://host/ HTTP/1.1}) must name
 * one of them too. A request without {@code Host} (HTTP/1.0 allows it) is refused as well.
 */
final class Gate extends Handler.Wrapper {

    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");
    /** The most of a refused {@code Host} quoted back. */
    private static final int MOST_QUOTED = 100;

    private final boolean loopbackOnly;
    private final SlowHeaders slowHeaders;
    private final AtomicLong served = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    /** Guarded by {@link #lock}. */
    private int inFlight;
    /** Guarded by {@link #lock}. */
    private boolean stopping;

    /**
     * Creates the gate.
     *
     * @param loopbackOnly whether the server listens on a loopback address, and so must be named as one
     * @param slowHeaders the connections' header clocks
     * @param handler what answers the requests that pass
     */
    Gate(boolean loopbackOnly, SlowHeaders slowHeaders, Handler handler) {
        super(handler);
        this.loopbackOnly = loopbackOnly;
        this.slowHeaders = slowHeaders;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Connection connection = request.getConnectionMetaData().getConnection();
        slowHeaders.answering(connection);
        Request.addCompletionListener(request, failure -> slowHeaders.answered(connection));
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("Referrer-Policy", "no-referrer");
        if (!enter()) {
            Exchanges.send(response, callback, ErrorAnswer.stopping());
            return true;
        }
        Request.addCompletionListener(request, failure -> leave());
        String refused = loopbackOnly ? foreignName(request) : null;
        if (refused != null) {
            Exchanges.send(response, callback, ErrorAnswer.refused(403, "this server answers requests to 127.0.0.1 or "
                    + "localhost only", refused));
            return true;
        }
        return super.handle(request, response, callback);
    }

    /** Turns new requests away from now on. */
    void turnAway() {
        lock.lock();
        try {
            stopping = true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until no request is in flight.
     *
     * @param longest how long to wait at most
     * @return whether none is in flight
     * @throws InterruptedException if interrupted while waiting
     */
    boolean awaitIdle(Duration longest) throws InterruptedException {
        long nanos = longest.toNanos();
        lock.lock();
        try {
            while (inFlight > 0) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = idle.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** @return the requests answered so far */
    long served() {
        return served.get();
    }

    /** @return the header to name in the refusal ({@code Host: evil.example}), or {@code null} if the names are this machine's */
    private static String foreignName(Request request) {
        List<String> hosts = request.getHeaders().getValuesList(HttpHeader.HOST);
        if (hosts.size() != 1) {
            return hosts.isEmpty() ? "no Host header" : "Host given " + hosts.size() + " times";
        }
        String host = hostName(hosts.get(0));
        if (!LOOPBACK_NAMES.contains(host)) {
            return "Host: " + quoted(host);
        }
        String target = request.getHttpURI().getHost();
        if (target != null && !LOOPBACK_NAMES.contains(bracketed(target.toLowerCase(Locale.ROOT)))) {
            return "request line names " + quoted(target);
        }
        return null;
    }

    private boolean enter() {
        lock.lock();
        try {
            if (stopping) {
                return false;
            }
            inFlight++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void leave() {
        lock.lock();
        try {
            inFlight--;
            served.incrementAndGet();
            idle.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The host part of a {@code Host} header: {@code localhost} of {@code localhost:8765}, {@code [::1]} of {@code [::1]:8765}. */
    private static String hostName(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        return colon > h.lastIndexOf(']') ? h.substring(0, colon) : h;
    }

    /** An IPv6 address as a {@code Host} header writes it, in brackets. */
    private static String bracketed(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String quoted(String text) {
        return text.length() <= MOST_QUOTED ? text : text.substring(0, MOST_QUOTED) + "…";
    }
}
