package bpdiff.serve;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Connection;

/**
 * Closes a connection whose request line and headers do not arrive within {@link ServeSettings#HEADER_TIME}.
 *
 * <p>The server reads headers without holding a thread, so a client that sends them a byte a second costs only a
 * connection; but the connection's idle timeout starts again at every byte, so without this such a client would keep
 * its connection for hours. The clock of a connection runs from its opening and again from each answer sent on it
 * (a kept-alive connection waits for its next request the same time), and stops while a request is being answered.
 * A sweep every quarter second closes the connections past the limit.
 */
final class SlowHeaders implements Connection.Listener, AutoCloseable {

    private static final long SWEEP_MILLIS = 250;
    /** Stands for "a request is being answered": the clock is stopped. */
    private static final long ANSWERING = Long.MAX_VALUE;

    private final long limitNanos;
    /** Each open connection and when it began waiting for a request's headers. */
    private final Map<Connection, Long> waitingSince = new ConcurrentHashMap<>();
    private final AtomicLong closed = new AtomicLong();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "bpdiff-serve-slow-headers");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Starts sweeping.
     *
     * @param limit how long headers may take
     */
    SlowHeaders(Duration limit) {
        this.limitNanos = limit.toNanos();
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        waitingSince.put(connection, System.nanoTime());
    }

    @Override
    public void onClosed(Connection connection) {
        waitingSince.remove(connection);
    }

    /** A request's headers arrived on the connection: its clock stops. */
    void answering(Connection connection) {
        waitingSince.computeIfPresent(connection, (c, since) -> ANSWERING);
    }

    /** The connection's answer is sent: its clock starts again for the next request. */
    void answered(Connection connection) {
        waitingSince.computeIfPresent(connection, (c, since) -> System.nanoTime());
    }

    /** @return how many connections were closed for sending their headers too slowly */
    long closed() {
        return closed.get();
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }

    private void sweep() {
        long now = System.nanoTime();
        waitingSince.forEach((connection, since) -> {
            if (since != ANSWERING && now - since > limitNanos && waitingSince.remove(connection, since)) {
                closed.incrementAndGet();
                connection.getEndPoint().close();
            }
        });
    }
}
