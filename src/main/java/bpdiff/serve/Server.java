package bpdiff.serve;

import bpdiff.gradient.Precision;
import bpdiff.gradient.Environment;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code bpdiff serve}'s HTTP server: the JDK's {@link HttpServer} with the page at {@code /} and the API
 * under {@code /api/}, every request through the {@link Gate}.
 *
 * <p>The PyTorch engine is started once, before the server listens, and shared by every request; each
 * computation makes its own autograd (its own native memory, closed when it is done), so requests never share a
 * non-thread-safe object, and records its operations for autograd on its own thread, so concurrent requests never
 * wait for each other's ({@link bpdiff.gradient.BatchedEngine#recording()}). Requests are handled on a fixed pool
 * of threads: the {@link Admission}'s workers and waiting places, and a few more for the page and the catalog.
 */
public final class Server {

    /** Threads beyond the workers and the queue: the page and {@code GET /api/networks} while all compute. */
    private static final int SPARE_THREADS = 4;

    private final HttpServer http;
    private final ExecutorService threads;
    private final Gate gate;
    private final Admission admission;
    private final URI uri;
    private final boolean loopbackOnly;

    private Server(HttpServer http, ExecutorService threads, Gate gate, Admission admission, URI uri,
            boolean loopbackOnly) {
        this.http = http;
        this.threads = threads;
        this.gate = gate;
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
     * @throws IOException if the address cannot be bound (in use, not this machine's)
     * @throws bpdiff.gradient.EngineUnavailableException if the engine cannot start
     */
    public static Server start(ServeSettings settings, PrintWriter log) throws IOException {
        Environment environment = Environment.current(Precision.FLOAT64);
        Catalog catalog = new Catalog();
        InetAddress address = InetAddress.getByName(settings.bind());
        HttpServer http = HttpServer.create(new InetSocketAddress(address, settings.port()), 64);
        ExecutorService threads = Executors.newFixedThreadPool(settings.workers() + settings.queue() + SPARE_THREADS,
                named());
        Gate gate = new Gate(address.isLoopbackAddress());
        Admission admission = new Admission(settings.workers(), settings.queue(), settings.timeLimit());
        HttpContext api = http.createContext("/api/", new ApiHandler(catalog, admission, settings.timeLimit(), log));
        HttpContext page = http.createContext("/", new PageHandler(environment));
        api.getFilters().add(gate);
        page.getFilters().add(gate);
        http.setExecutor(threads);
        http.start();
        String host = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]"
                : address.getHostAddress();
        URI uri = URI.create("http://" + host + ":" + http.getAddress().getPort() + "/");
        return new Server(http, threads, gate, admission, uri,
                address.isLoopbackAddress());
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

    /**
     * Stops gracefully: new requests are answered 503, the ones in flight finish (for at most {@code grace}),
     * then the server closes.
     *
     * @param grace how long to wait for the requests in flight
     * @return whether every request in flight finished
     */
    public boolean stop(Duration grace) {
        gate.stop();
        boolean finished;
        try {
            finished = gate.awaitIdle(grace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        http.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return finished;
    }

    private static ThreadFactory named() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "bpdiff-serve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
