package bpdiff.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bpdiff.serve.ServeSettings;
import bpdiff.serve.Server;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code bpdiff serve}'s server in the test's own JVM, on a free port of 127.0.0.1, with its log of internal
 * errors kept: closing it stops the server and fails if anything was logged (a fault of bpdiff's own, answered 500).
 * A test class that registers it as an extension ({@code @RegisterExtension static final}) has it closed after all
 * its tests.
 */
public final class InProcessServer implements AutoCloseable, AfterAllCallback {

    private final StringWriter log;
    private final Server server;

    private InProcessServer(StringWriter log, Server server) {
        this.log = log;
        this.server = server;
    }

    /**
     * Starts a server.
     *
     * @param settings its settings; the port is chosen free
     * @return the running server
     */
    public static InProcessServer start(ServeSettings settings) {
        StringWriter log = new StringWriter();
        try {
            return new InProcessServer(log, Server.start(settings.withPort(0), new PrintWriter(log, true)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the server */
    public Server server() {
        return server;
    }

    /** @return its address, {@code http://127.0.0.1:port/} */
    public URI uri() {
        return server.uri();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Stops the server; fails if it logged an internal error. */
    @Override
    public void close() {
        server.stop(Duration.ofSeconds(30));
        assertEquals("", log.toString(), "no internal error was logged");
    }
}
