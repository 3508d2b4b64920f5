package bpdiff.testing;

import bpdiff.testing.RawHttp.Part;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Hostile clients of {@code bpdiff serve} for a load test, each on its own connection to this machine: connections
 * that send their headers a byte a second, programs that exhaust the server's heap, and requests whose
 * {@code Content-Length} lies (a body that stops short, or one declared over the limit and never sent). They start
 * together and are collected when they have all ended.
 */
public final class HostileClients implements AutoCloseable {

    /**
     * One hostile client's exchange.
     *
     * @param kind which kind of client
     * @param exchange what came back
     */
    public record Outcome(String kind, RawHttp.Exchange exchange) {}

    /** Programs that take more memory than a 256 MiB heap has, at once or step by step. */
    public static final List<String> MEMORY_HOGS = List.of(
            "import numpy as np\n\nw = np.ones(20000)\nb = np.outer(w, w)\nloss = np.sum(b)\n",
            "import numpy as np\n\nx = [np.ones(999999) for i in range(200)]\nloss = 1.0\n");

    private final ExecutorService clients;
    private final List<Future<List<Outcome>>> running = new ArrayList<>();

    private HostileClients(int count) {
        clients = Executors.newFixedThreadPool(count);
    }

    /**
     * Starts them all.
     *
     * @param server the server's address
     * @param slowHeaders how many connections send headers a byte a second
     * @param memoryHogs how many programs exhausting the heap are sent, from two clients one after another
     * @param lyingLengths how many requests lie about their length: half stop short, half declare 1 MiB + 1 and
     *     send nothing
     * @param longest how long any client waits at most
     * @return the running clients
     */
    public static HostileClients start(URI server, int slowHeaders, int memoryHogs, int lyingLengths,
            Duration longest) {
        HostileClients hostile = new HostileClients(slowHeaders + 2 + lyingLengths);
        String host = "Host: 127.0.0.1:" + server.getPort() + "\r\n";
        String json = "Content-Type: application/json\r\n";
        for (int k = 0; k < slowHeaders; k++) {
            List<Part> parts = Part.trickle("GET /api/networks HTTP/1.1\r\n" + host + "X-Slow: " + "s".repeat(60)
                    + "\r\n\r\n", Duration.ofSeconds(1));
            hostile.add("slow headers", () -> RawHttp.exchange(server, parts, 1, longest));
        }
        for (int client = 0; client < 2; client++) {
            int first = client;
            hostile.running.add(hostile.clients.submit(() -> {
                List<Outcome> hogs = new ArrayList<>();
                for (int k = first; k < memoryHogs; k += 2) {
                    byte[] body = Http.body("derivation", MEMORY_HOGS.get(k / 2 % MEMORY_HOGS.size()))
                            .getBytes(StandardCharsets.UTF_8);
                    hogs.add(new Outcome("memory hog", RawHttp.exchange(server, List.of(Part.now(
                            "POST /api/check HTTP/1.1\r\n" + host + json + "Content-Length: " + body.length
                            + "\r\nConnection: close\r\n\r\n"), new Part(Duration.ZERO, body)), 1, longest)));
                }
                return hogs;
            }));
        }
        for (int k = 0; k < lyingLengths; k++) {
            String request = k % 2 == 0
                    ? "POST /api/check HTTP/1.1\r\n" + host + json + "Content-Length: 1000\r\n\r\n{\"derivation\": "
                    : "POST /api/check HTTP/1.1\r\n" + host + json + "Content-Length: 1048577\r\n\r\n";
            hostile.add(k % 2 == 0 ? "body shorter than its length" : "length over the limit",
                    () -> RawHttp.exchange(server, List.of(Part.now(request)), 1, longest));
        }
        return hostile;
    }

    /**
     * Waits for every client.
     *
     * @return what each got
     * @throws Exception if a client failed
     */
    public List<Outcome> outcomes() throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<List<Outcome>> f : running) {
            outcomes.addAll(f.get(5, TimeUnit.MINUTES));
        }
        return outcomes;
    }

    @Override
    public void close() {
        clients.shutdownNow();
    }

    private void add(String kind, java.util.concurrent.Callable<RawHttp.Exchange> client) {
        running.add(clients.submit(() -> List.of(new Outcome(kind, client.call()))));
    }
}
