package bpdiff.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What every request passes before its handler: the headers every answer carries, the check that a server
 * on this machine only is addressed by this machine's name (so that a web page elsewhere cannot reach it by
 * renaming itself to 127.0.0.1, "DNS rebinding"), and the count of requests in flight, so that a stop lets
 * them finish and turns new ones away with 503.
 */
final class Gate extends Filter {

    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private final boolean loopbackOnly;
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
     */
    Gate(boolean loopbackOnly) {
        this.loopbackOnly = loopbackOnly;
    }

    @Override
    public String description() {
        return "bpdiff serve: headers, Host check, requests in flight";
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        if (!enter()) {
            exchange.getResponseHeaders().set("Connection", "close");
            Exchanges.send(exchange, new ErrorAnswer(503, null, "bpdiff: the server is stopping (stopping)", null,
                    null));
            return;
        }
        try {
            String host = hostName(exchange.getRequestHeaders().getFirst("Host"));
            if (loopbackOnly && !LOOPBACK_NAMES.contains(host)) {
                Exchanges.send(exchange, ErrorAnswer.refused(403, "this server answers requests to 127.0.0.1 or "
                        + "localhost only", "Host: " + host));
                return;
            }
            chain.doFilter(exchange);
        } finally {
            leave();
        }
    }

    /** Turns new requests away from now on. */
    void stop() {
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
        if (header == null) {
            return "";
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        return colon > h.lastIndexOf(']') ? h.substring(0, colon) : h;
    }
}
