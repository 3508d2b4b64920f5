package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.serve.Server;
import bpdiff.serve.ServeSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bpdiff serve}: the page where a student pastes a derivation and sees it checked on the drawn
 * network, and the JSON API behind it, on this machine ({@link Server}).
 *
 * <p>It prints the page's address and runs until Ctrl-C or SIGTERM; then the requests in flight finish and
 * it exits 0. Listening anywhere but on a loopback address prints a warning line.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve a page where you paste a derivation and see it checked on the drawn network, and the JSON API"
                    + " behind it (GET /api/networks, POST /api/check, POST /api/compare).",
            "Runs until Ctrl-C or SIGTERM, lets the requests in flight finish, then exits 0.",
            "Exit status: 0 stopped, 2 bad usage (or the port is taken), 3 the engine cannot start."
        })
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8765",
            description = "TCP port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServeSettings.LOOPBACK,
            description = "Address to listen on. Default: ${DEFAULT-VALUE}, this machine only; anything else lets"
                    + " other machines in and prints a warning.")
    private String bind;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
            description = "Checks and comparisons computed at once, 1 to 64. Default: ${DEFAULT-VALUE}.")
    private int workers;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "16",
            description = "Requests that may wait for a worker, 0 to 1000; more are answered 503. Default: ${DEFAULT-VALUE}.")
    private int queue;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "20",
            description = "How long one computation may run (and a request wait), 0.01 to 3600 s. Default: ${DEFAULT-VALUE}.")
    private double timeLimit;

    @Override
    public Integer call() throws InterruptedException {
        ServeSettings settings = settings();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Server server;
        try {
            server = Server.start(settings, err);
        } catch (IOException e) {
            throw new BadInputException("cannot listen on " + bind + " port " + port + ": " + e.getMessage(),
                    "--port", e);
        }
        if (!server.loopbackOnly()) {
            err.println("bpdiff: warning: listening on " + bind + ", so other machines can reach the page and the API;"
                    + " leave out --bind to serve this machine only (--bind)");
            err.flush();
        }
        out.println("bpdiff serve: " + server.uri() + " (API under " + server.uri() + "api/; Ctrl-C stops)");
        out.flush();
        Duration grace = settings.timeLimit().multipliedBy(2).plusSeconds(5);
        CountDownLatch never = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            boolean finished = server.stop(grace);
            out.println("bpdiff serve: stopped after " + server.served() + (server.served() == 1 ? " request" : " requests")
                    + (finished ? "" : "; some still running after " + grace.toSeconds() + " s were cut off"));
            out.flush();
            // a stop asked for is a success: without this the JVM would exit 143 (SIGTERM) or 130 (Ctrl-C)
            Runtime.getRuntime().halt(ExitCode.SAME);
        }, "bpdiff-serve-stop"));
        never.await();
        return ExitCode.SAME;
    }

    private ServeSettings settings() {
        if (port < 0 || port > 65_535) {
            throw new BadInputException("the port must be between 0 and 65535, found " + port, "--port");
        }
        if (workers < 1 || workers > 64) {
            throw new BadInputException("workers must be between 1 and 64, found " + workers, "--workers");
        }
        if (queue < 0 || queue > 1000) {
            throw new BadInputException("the queue must be between 0 and 1000, found " + queue, "--queue");
        }
        if (!(timeLimit >= 0.01 && timeLimit <= 3600)) {
            throw new BadInputException("the time limit must be between 0.01 and 3600 seconds, found " + timeLimit,
                    "--time-limit");
        }
        try {
            InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new BadInputException("unknown address '" + bind + "'", "--bind", e);
        }
        return new ServeSettings(bind, port, workers, queue, Duration.ofMillis(Math.round(timeLimit * 1000)));
    }
}
