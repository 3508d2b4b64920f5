package bpdiff.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Http;
import bpdiff.testing.ServeProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bpdiff serve} as a user starts it (a child JVM, {@code --port 0}), under load from this machine only:
 * 200 checks from 8 concurrent clients, every answer right and none lost; the server's resident memory before
 * and after stays flat (fixed heap, so what would grow is native memory); then SIGTERM during a request: the
 * request is answered and the server exits 0.
 *
 * <p>It prints the latencies and the memory and writes them to {@code target/serve-load.json} (README,
 * "Load"); no timing is asserted. {@code make serve-load} runs this test alone.
 */
class ServeLoadTest {

    private static final int CLIENTS = 8;
    private static final int REQUESTS = 200;
    private static final int WARM_UP = 40;
    /** Native memory that may come and go (allocator arenas, engine caches) without being a leak. */
    private static final long MOST_GROWTH_KIB = 48 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void twoHundredChecksFromEightClientsAreAllAnsweredRightAndMemoryStaysFlat() throws Exception {
        String published = Http.body("derivation", Files.readString(Path.of("examples/derivations/published.py")));
        String corrected = Http.body("derivation", Files.readString(Path.of("examples/derivations/corrected.py")));
        try (ServeProcess serve = ServeProcess.start(folder, "--workers", "2", "--queue", "16")) {
            load(serve, published, corrected, WARM_UP);
            long before = serve.residentKiB();
            long start = System.nanoTime();
            List<Long> nanos = load(serve, published, corrected, REQUESTS);
            double seconds = (System.nanoTime() - start) / 1e9;
            long after = serve.residentKiB();
            Collections.sort(nanos);
            Map<String, Object> numbers = new LinkedHashMap<>();
            numbers.put("requests", nanos.size());
            numbers.put("clients", CLIENTS);
            numbers.put("workers", 2);
            numbers.put("seconds", seconds);
            numbers.put("p50Ms", percentile(nanos, 0.50));
            numbers.put("p95Ms", percentile(nanos, 0.95));
            numbers.put("maxMs", nanos.get(nanos.size() - 1) / 1e6);
            numbers.put("residentBeforeMiB", before / 1024.0);
            numbers.put("residentAfterMiB", after / 1024.0);
            Files.createDirectories(Path.of("target"));
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(Path.of("target", "serve-load.json").toFile(), numbers);
            System.out.printf(Locale.ROOT, "serve load: %d checks from %d clients in %.2f s: p50 %.1f ms, p95 %.1f ms, "
                    + "max %.1f ms; resident memory %.1f MiB before, %.1f MiB after%n", nanos.size(), CLIENTS, seconds,
                    percentile(nanos, 0.50), percentile(nanos, 0.95), nanos.get(nanos.size() - 1) / 1e6,
                    before / 1024.0, after / 1024.0);
            assertEquals(REQUESTS, nanos.size(), "none lost");
            assertTrue(after - before < MOST_GROWTH_KIB, "resident memory grew by " + (after - before) + " KiB");

            assertEquals(413, Http.post(serve.uri(), "api/check", "\"" + "x".repeat(2 << 20) + "\"").status());
            assertEquals(400, Http.post(serve.uri(), "api/check", "{\"derivation\": ").status());

            CompletableFuture<Http.Reply> inFlight = CompletableFuture.supplyAsync(
                    () -> Http.post(serve.uri(), "api/compare", Http.body("epochs", 2000)));
            Thread.sleep(500);
            assertEquals(0, serve.terminate(), serve.err());
            Http.Reply answered = inFlight.get(60, TimeUnit.SECONDS);
            assertEquals(200, answered.status(), answered.body());
            assertEquals(2000, answered.json().get("steps").size());
            assertTrue(serve.out().contains("bpdiff serve: stopped after " + (WARM_UP + REQUESTS + 3) + " requests"),
                    serve.out());
        }
    }

    /** Sends {@code count} checks from {@link #CLIENTS} clients, published and corrected in turn; checks each answer. */
    private static List<Long> load(ServeProcess serve, String published, String corrected, int count)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Long>> replies = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                boolean wrong = i % 2 == 0;
                replies.add(clients.submit(() -> {
                    Http.Reply reply = Http.post(serve.uri(), "api/check", wrong ? published : corrected);
                    assertEquals(200, reply.status(), reply.body());
                    assertRight(reply.json(), wrong);
                    return reply.nanos();
                }));
            }
            List<Long> nanos = new ArrayList<>();
            for (Future<Long> reply : replies) {
                nanos.add(reply.get(120, TimeUnit.SECONDS));
            }
            return nanos;
        } finally {
            clients.shutdownNow();
            clients.awaitTermination(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The published formulas: exactly d_w1..d_w4 wrong, exit 1; the corrected ones: all right, exit 0. */
    private static void assertRight(JsonNode answer, boolean published) {
        assertEquals(published ? 1 : 0, answer.get("exitStatus").asInt());
        List<String> wrong = new ArrayList<>();
        answer.get("formulas").forEach(f -> {
            if (!f.get("verdict").asText().equals("match") && !f.get("verdict").asText().equals("helper")) {
                wrong.add(f.get("name").asText());
            }
        });
        assertEquals(published ? List.of("d_w1", "d_w3", "d_w2", "d_w4") : List.of(), wrong);
    }

    private static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
