package bpdiff.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.CheckAnswers;
import bpdiff.testing.Http;
import bpdiff.testing.ServeProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
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
 * 200 checks from 8 concurrent clients, the homework program as published and corrected and the published and
 * corrected formula lists in turn, every answer right and none lost; the server's resident memory before and after
 * stays flat (fixed heap, so what would grow is native memory). During the warm-up a program with an endless loop
 * is answered 400 with the interpreter's limit while the others are answered right; then SIGTERM during a request:
 * the request is answered and the server exits 0.
 *
 * <p>It prints the latencies, the memory and the machine's load average, and writes them to
 * {@code target/serve-load.json} (README, "Load"); no timing is asserted. {@code make serve-load} runs this test
 * alone.
 */
class ServeLoadTest {

    private static final int CLIENTS = 8;
    private static final int REQUESTS = 200;
    private static final int WARM_UP = 100;
    /** Native memory that may come and go (allocator arenas, engine caches) without being a leak. */
    private static final long MOST_GROWTH_KIB = 48 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ENDLESS = "import numpy as np\n\nw = 0.5\nwhile True:\n    w = 0.5\nloss = w * w\n";

    /** What is checked, in turn, and what its answer must say. */
    private enum Sent {
        PUBLISHED_PROGRAM("examples/programs/homework2-published.py", true),
        CORRECTED_PROGRAM("examples/programs/homework2-corrected.py", false),
        PUBLISHED_FORMULAS("examples/derivations/published.py", true),
        CORRECTED_FORMULAS("examples/derivations/corrected.py", false);

        private final String file;
        private final boolean wrong;

        Sent(String file, boolean wrong) {
            this.file = file;
            this.wrong = wrong;
        }

        boolean program() {
            return file.contains("/programs/");
        }
    }

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void twoHundredChecksOfProgramsAndFormulasFromEightClientsAreAllAnsweredRightAndMemoryStaysFlat()
            throws Exception {
        Map<Sent, String> bodies = new EnumMap<>(Sent.class);
        for (Sent sent : Sent.values()) {
            bodies.put(sent, Http.body("derivation", Files.readString(Path.of(sent.file))));
        }
        try (ServeProcess serve = ServeProcess.start(folder, "--workers", "2", "--queue", "16")) {
            CompletableFuture<Http.Reply> endless = CompletableFuture.supplyAsync(
                    () -> Http.post(serve.uri(), "api/check", Http.body("derivation", ENDLESS)));
            load(serve, bodies, WARM_UP);
            Http.Reply stopped = endless.get(120, TimeUnit.SECONDS);
            assertEquals(400, stopped.status(), stopped.body());
            String limit = stopped.json().get("error").asText();
            assertTrue(limit.startsWith("bpdiff: ") && limit.contains(", bpdiff's limit")
                    && limit.endsWith("(" + CheckService.PROGRAM + ":4:1)"), "the interpreter's limit: " + limit);
            String loadBefore = loadAverage();
            long before = serve.residentKiB();
            long start = System.nanoTime();
            List<Long> nanos = load(serve, bodies, REQUESTS);
            double seconds = (System.nanoTime() - start) / 1e9;
            long after = serve.residentKiB();
            String loadAfter = loadAverage();
            Collections.sort(nanos);
            Map<String, Object> numbers = new LinkedHashMap<>();
            numbers.put("requests", nanos.size());
            numbers.put("programs", REQUESTS / 2);
            numbers.put("clients", CLIENTS);
            numbers.put("workers", 2);
            numbers.put("seconds", seconds);
            numbers.put("p50Ms", percentile(nanos, 0.50));
            numbers.put("p95Ms", percentile(nanos, 0.95));
            numbers.put("maxMs", nanos.get(nanos.size() - 1) / 1e6);
            numbers.put("residentBeforeMiB", before / 1024.0);
            numbers.put("residentAfterMiB", after / 1024.0);
            numbers.put("loadAverageBefore", loadBefore);
            numbers.put("loadAverageAfter", loadAfter);
            Files.createDirectories(Path.of("target"));
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(Path.of("target", "serve-load.json").toFile(), numbers);
            System.out.printf(Locale.ROOT, "serve load: %d checks (%d programs) from %d clients in %.2f s: p50 %.1f ms, "
                    + "p95 %.1f ms, max %.1f ms; resident memory %.1f MiB before, %.1f MiB after; load average %s "
                    + "before, %s after%n", nanos.size(), REQUESTS / 2, CLIENTS, seconds, percentile(nanos, 0.50),
                    percentile(nanos, 0.95), nanos.get(nanos.size() - 1) / 1e6, before / 1024.0, after / 1024.0,
                    loadBefore, loadAfter);
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
            assertTrue(serve.out().contains("bpdiff serve: stopped after " + (1 + WARM_UP + REQUESTS + 3)
                    + " requests"), serve.out());
        }
    }

    /** Sends {@code count} checks from {@link #CLIENTS} clients, each kind of {@link Sent} in turn; checks each answer. */
    private static List<Long> load(ServeProcess serve, Map<Sent, String> bodies, int count) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Long>> replies = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Sent sent = Sent.values()[i % Sent.values().length];
                replies.add(clients.submit(() -> {
                    Http.Reply reply = Http.post(serve.uri(), "api/check", bodies.get(sent));
                    assertEquals(200, reply.status(), reply.body());
                    assertRight(reply.json(), sent);
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

    /** The published homework: exactly d_w1..d_w4 wrong, exit 1; the corrected one: all right, exit 0. */
    private static void assertRight(JsonNode answer, Sent sent) {
        assertEquals(sent.wrong ? 1 : 0, answer.get("exitStatus").asInt(), sent.toString());
        assertEquals(sent.wrong ? CheckAnswers.HOMEWORK_WRONG : List.of(), sent.program()
                ? CheckAnswers.wrongClaims(answer) : CheckAnswers.wrongFormulas(answer), sent.toString());
        assertTrue(answer.get("passed").asBoolean() != sent.wrong, sent.toString());
    }

    private static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** The machine's load average over 1, 5 and 15 minutes, as /proc/loadavg has it. */
    private static String loadAverage() throws java.io.IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
