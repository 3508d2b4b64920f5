package bpdiff.serve;

import bpdiff.gradient.Environment;
import bpdiff.gradient.Precision;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code bpdiff serve}'s HTTP server: Jetty's core server (no servlets) with the page at {@code /} and the API under
 * {@code /api/}, every request through the {@link Gate}.
 *
 * <p>The PyTorch engine is started once, before the server listens, and shared by every request; each
 * computation makes its own autograd (its own native memory, closed when it is done), so requests never share a
 * non-thread-safe object, and records its operations for autograd on its own thread, so concurrent requests never
 * wait for each other's ({@link bpdiff.gradient.EngineBridge#recording()}).
 *
 * <p>Slow and lying clients hold no thread: headers and bodies are read as they arrive, headers within
 * {@link ServeSettings#HEADER_TIME} ({@link SlowHeaders}), a body within {@link ServeSettings#BODY_TIME}
 * ({@link RequestBody}), at most {@link ServeSettings#MAX_CONNECTIONS} connections at once. Threads are a fixed
 * pool: the {@link Admission}'s workers and waiting places, and more for the page, the catalog and the HTTP layer.
 */
public final class Server {

    /** Threads beyond the workers and the queue: the HTTP layer's own, the page and the catalog while all compute. */
    private static final int SPARE_THREADS = 12;

    private final org.eclipse.jetty.server.Server jetty;
    private final Gate gate;
    private final SlowHeaders slowHeaders;
    private final Admission admission;
    private final URI uri;
    private final boolean loopbackOnly;

    private Server(org.eclipse.jetty.server.Server jetty, Gate gate, SlowHeaders slowHeaders, Admission admission,
            URI uri, boolean loopbackOnly) {
        this.jetty = jetty;
        this.gate = gate;
        this.slowHeaders = slowHeaders;
        this.admission = admission;
        this.uri = uri;
        this.loopbackOnly = loopbackOnly;
    }

    /**
     * Starts the engine, then the server.
     *
     * @param settings where to listen and how much to take on
     * @param log where faults of bpdiff's own are written
     * @return the running server
     * @throws IOException if the address cannot be bound (in use, not this machine's), with the system's words
     * @throws bpdiff.gradient.EngineUnavailableException if the engine cannot start
     */
    public static Server start(ServeSettings settings, PrintWriter log) throws IOException {
        Environment environment = Environment.current(Precision.FLOAT64);
        Catalog catalog = new Catalog();
        InetAddress address = InetAddress.getByName(settings.bind());
        QueuedThreadPool threads = new QueuedThreadPool(settings.workers() + settings.queue() + SPARE_THREADS,
                Math.min(8, settings.workers() + SPARE_THREADS));
        threads.setName("bpdiff-serve");
        threads.setDaemon(true);
        org.eclipse.jetty.server.Server jetty = new org.eclipse.jetty.server.Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(ServeSettings.MAX_HEADER_BYTES);
        ServerConnector connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostAddress());
        connector.setPort(settings.port());
        connector.setIdleTimeout(ServeSettings.IDLE_TIME.toMillis());
        SlowHeaders slowHeaders = new SlowHeaders(ServeSettings.HEADER_TIME);
        connector.addEventListener(slowHeaders);
        jetty.addConnector(connector);
        jetty.addBean(new NetworkConnectionLimit(ServeSettings.MAX_CONNECTIONS, connector));
        jetty.setErrorHandler(new JsonErrors());
        Admission admission = new Admission(settings.workers(), settings.queue(), settings.timeLimit());
        Gate gate = new Gate(address.isLoopbackAddress(), slowHeaders, new Routes(
                new ApiHandler(catalog, admission, settings.timeLimit(), threads, log), new PageHandler(environment)));
        jetty.setHandler(gate);
        try {
            jetty.start();
        } catch (Exception e) {
            slowHeaders.close();
            stopQuietly(jetty);
            throw new IOException(rootMessage(e), e);
        }
        String host = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]"
                : address.getHostAddress();
        URI uri = URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
        return new Server(jetty, gate, slowHeaders, admission, uri, address.isLoopbackAddress());
    }

    /** @return the page's address, e.g. {@code http://127.0.0.1:8765/} */
    public URI uri() {
        return uri;
    }

    /** @return whether it listens on a loopback address only, so that no other machine can reach it */
    public boolean loopbackOnly() {
        return loopbackOnly;
    }

    /** @return how many checks and comparisons are computing now */
    int computing() {
        return admission.running();
    }

    /** @return the requests answered so far */
    public long served() {
        return gate.served();
    }

    /** @return how many connections were closed for sending their headers too slowly */
    public long closedForSlowHeaders() {
        return slowHeaders.closed();
    }

    /**
     * Stops gracefully: new requests are answered 503, the ones in flight finish (for at most {@code grace}),
     * then the server closes.
     *
     * @param grace how long to wait for the requests in flight
     * @return whether every request in flight finished
     */
    public boolean stop(Duration grace) {
        gate.turnAway();
        boolean finished;
        try {
            finished = gate.awaitIdle(grace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        slowHeaders.close();
        stopQuietly(jetty);
        return finished;
    }

    private static void stopQuietly(org.eclipse.jetty.server.Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            // stopping: nothing is left to answer
        }
    }

    /** The system's own words, as {@code Address already in use}, under the server's wrapping. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? "cannot listen" : root.getMessage();
    }
}
