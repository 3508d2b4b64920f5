package bpdiff.serve;

import java.time.Duration;

/**
 * How {@code bpdiff serve} listens and how much work it takes on.
 *
 * <p>Besides these settings every connection has fixed limits, which a slow or lying client cannot stretch: its
 * request's headers must arrive within {@link #HEADER_TIME} (counted from the connection's opening or from the
 * previous answer on it), a body within {@link #BODY_TIME} of its headers, and at most {@link #MAX_CONNECTIONS}
 * connections are open at once.
 *
 * @param bind the address to listen on; {@code 127.0.0.1} unless the user chose otherwise
 * @param port the TCP port; 0 picks a free one
 * @param workers how many checks and comparisons run at once
 * @param queue how many more requests may wait for a free worker; beyond that a request is answered 503
 * @param timeLimit how long one computation may run, and how long a request may wait in the queue
 */
public record ServeSettings(String bind, int port, int workers, int queue, Duration timeLimit) {

    /** The largest request body, in bytes: far above any network or derivation a homework needs. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    /** The largest request line and headers, in bytes. */
    public static final int MAX_HEADER_BYTES = 16 << 10;
    /** Open connections at once; more wait in the system's queue until one closes. */
    public static final int MAX_CONNECTIONS = 256;
    /** How long a request's line and headers may take to arrive; then the connection is closed. */
    public static final Duration HEADER_TIME = Duration.ofSeconds(10);
    /** How long a request's body may take to arrive, from its headers; then it is answered 408 and closed. */
    public static final Duration BODY_TIME = Duration.ofSeconds(10);
    /**
     * How long a connection may stay silent, reading or writing, before it is closed: longer than {@link #BODY_TIME},
     * so that a body that stops short is answered 408 before its connection is given up.
     */
    public static final Duration IDLE_TIME = Duration.ofSeconds(15);
    /** The address {@code bpdiff serve} listens on unless told otherwise: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The port {@code bpdiff serve} listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 8765;

    /** @return the defaults: 127.0.0.1:8765, 2 workers, 16 waiting, 20 s per computation */
    public static ServeSettings defaults() {
        return new ServeSettings(LOOPBACK, DEFAULT_PORT, 2, 16, Duration.ofSeconds(20));
    }

    /**
     * The same settings on another port.
     *
     * @param newPort the port, 0 for any free one
     */
    public ServeSettings withPort(int newPort) {
        return new ServeSettings(bind, newPort, workers, queue, timeLimit);
    }

    /**
     * The same settings with another amount of work taken on.
     *
     * @param newWorkers computations at once
     * @param newQueue requests waiting
     * @param newTimeLimit per computation
     */
    public ServeSettings withWork(int newWorkers, int newQueue, Duration newTimeLimit) {
        return new ServeSettings(bind, port, newWorkers, newQueue, newTimeLimit);
    }
}
