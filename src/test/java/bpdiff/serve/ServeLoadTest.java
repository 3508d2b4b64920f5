package bpdiff.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.CheckAnswers;
import bpdiff.testing.HostileClients;
import bpdiff.testing.Http;
import bpdiff.testing.RawHttp;
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
 * {@code bpdiff serve} as a user starts it (a child JVM, {@code --port 0}, a 256 MiB heap), under load from this machine
 * only: 200 checks from 8 concurrent clients, the homework program as published and corrected and the published and
 * corrected formula lists in turn, every answer right and none lost; the server's resident memory before and after
 * stays flat (fixed heap, so what would grow is native memory). During the warm-up a program with an endless loop
 * is answered 400 with the interpreter's limit while the others are answered right.
 *
 * <p>Then the same 200 checks again beside hostile clients ({@link HostileClients}): 60 connections sending their
 * headers a byte a second, 10 programs that exhaust the heap, 10 requests whose {@code Content-Length} lies. Every
 * check is still answered right; every hostile request is answered with JSON or its connection closed; the resident
 * memory, read from {@code /proc} every 100 ms, stays under the heap limit plus {@link #NON_HEAP_MIB} (the engine's
 * native library, the JVM's code and metadata, the threads). Last, SIGTERM during a request: the request is answered
 * and the server exits 0.
 *
 * <p>It prints the latencies of both phases, the memory and the machine's load average, and writes them to
 * {@code target/serve-load.json} (docs/performance.md); no timing is asserted. {@code make serve-load} runs this test
 * alone.
 */
class ServeLoadTest {

    private static final int CLIENTS = 8;
    private static final int REQUESTS = 200;
    private static final int WARM_UP = 100;
    /** Native memory that may come and go (allocator arenas, engine caches) without being a leak. */
    private static final long MOST_GROWTH_KIB = 48 * 1024;
    /** The server's heap limit, as {@link ServeProcess} starts it. */
    private static final long HEAP_MIB = 256;
    /**
     * What besides the heap may be resident: libtorch, the JVM's code cache, metadata, thread stacks and the native
     * allocator's arenas of the threads that computed. About 235 MiB on a quiet server; beside the hostile clients on
     * a machine with a load average of 15 to 20, up to 410 MiB was seen.
     */
    private static final long NON_HEAP_MIB = 512;
    private static final int SLOW_HEADERS = 60;
    private static final int MEMORY_HOGS = 10;
    private static final int LYING_LENGTHS = 10;
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
            assertEquals(REQUESTS, nanos.size(), "none lost");
            assertTrue(after - before < MOST_GROWTH_KIB, "resident memory grew by " + (after - before) + " KiB");

            String hostileLoad = loadAverage();
            ResidentPeak peak = new ResidentPeak(serve);
            long hostileStart = System.nanoTime();
            List<Long> hostileNanos;
            List<HostileClients.Outcome> outcomes;
            try (HostileClients hostile = HostileClients.start(serve.uri(), SLOW_HEADERS, MEMORY_HOGS, LYING_LENGTHS,
                    Duration.ofSeconds(60))) {
                Thread.sleep(1000);
                hostileNanos = load(serve, bodies, REQUESTS);
                outcomes = hostile.outcomes();
            } finally {
                peak.close();
            }
            double hostileSeconds = (System.nanoTime() - hostileStart) / 1e9;
            assertEquals(REQUESTS, hostileNanos.size(), "none lost beside the hostile clients");
            Map<String, Map<String, Integer>> answered = assertHostile(outcomes);

            Collections.sort(nanos);
            Collections.sort(hostileNanos);
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
            Map<String, Object> beside = new LinkedHashMap<>();
            beside.put("slowHeaderConnections", SLOW_HEADERS);
            beside.put("memoryHogs", MEMORY_HOGS);
            beside.put("lyingContentLengths", LYING_LENGTHS);
            beside.put("seconds", hostileSeconds);
            beside.put("p50Ms", percentile(hostileNanos, 0.50));
            beside.put("p95Ms", percentile(hostileNanos, 0.95));
            beside.put("maxMs", hostileNanos.get(hostileNanos.size() - 1) / 1e6);
            beside.put("p95OverQuiet", percentile(hostileNanos, 0.95) / percentile(nanos, 0.95));
            beside.put("residentPeakMiB", peak.peakKiB() / 1024.0);
            beside.put("residentBoundMiB", HEAP_MIB + NON_HEAP_MIB);
            beside.put("loadAverageBefore", hostileLoad);
            beside.put("hostile", answered);
            numbers.put("besideHostileClients", beside);
            Files.createDirectories(Path.of("target"));
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(Path.of("target", "serve-load.json").toFile(), numbers);
            System.out.printf(Locale.ROOT, "serve load: %d checks (%d programs) from %d clients in %.2f s: p50 %.1f ms, "
                    + "p95 %.1f ms, max %.1f ms; resident memory %.1f MiB before, %.1f MiB after; load average %s "
                    + "before, %s after%n", nanos.size(), REQUESTS / 2, CLIENTS, seconds, percentile(nanos, 0.50),
                    percentile(nanos, 0.95), nanos.get(nanos.size() - 1) / 1e6, before / 1024.0, after / 1024.0,
                    loadBefore, loadAfter);
            System.out.printf(Locale.ROOT, "serve load beside %d slow-header connections, %d memory hogs and %d lying "
                    + "Content-Lengths: %d checks in %.2f s: p50 %.1f ms, p95 %.1f ms (%.2f × quiet), max %.1f ms; "
                    + "resident memory at most %.1f MiB (bound %d MiB); load average %s before; hostile: %s%n",
                    SLOW_HEADERS, MEMORY_HOGS, LYING_LENGTHS, hostileNanos.size(), hostileSeconds,
                    percentile(hostileNanos, 0.50), percentile(hostileNanos, 0.95),
                    percentile(hostileNanos, 0.95) / percentile(nanos, 0.95), hostileNanos.get(hostileNanos.size() - 1)
                    / 1e6, peak.peakKiB() / 1024.0, HEAP_MIB + NON_HEAP_MIB, hostileLoad, answered);
            assertTrue(peak.peakKiB() < (HEAP_MIB + NON_HEAP_MIB) * 1024, "resident memory reached "
                    + peak.peakKiB() / 1024 + " MiB");

            assertEquals(413, Http.post(serve.uri(), "api/check", "\"" + "x".repeat(2 << 20) + "\"").status());
            assertEquals(400, Http.post(serve.uri(), "api/check", "{\"derivation\": ").status());

            CompletableFuture<Http.Reply> inFlight = CompletableFuture.supplyAsync(
                    () -> Http.post(serve.uri(), "api/compare", Http.body("epochs", 2000)));
            Thread.sleep(500);
            assertEquals(0, serve.terminate(), serve.err());
            Http.Reply finished = inFlight.get(60, TimeUnit.SECONDS);
            assertEquals(200, finished.status(), finished.body());
            assertEquals(2000, finished.json().get("steps").size());
            // every request that reached the server's handlers: the endless loop, warm-up, both loads, the memory
            // hogs and the lying lengths, the 413, the 400 and the comparison; slow headers never get that far
            long served = 1 + WARM_UP + 2L * REQUESTS + MEMORY_HOGS + LYING_LENGTHS + 3;
            assertTrue(serve.out().contains("bpdiff serve: stopped after " + served + " requests"), serve.out());
        }
    }

    /**
     * Every hostile request was answered with JSON naming no class or library, or had its connection closed: the
     * slow headers closed unanswered, a memory hog answered 503 (or 400, by the interpreter's own limits), a body
     * shorter than its length 408, a length over the limit 413.
     *
     * @return per kind, how many got each status, or were closed unanswered
     */
    private static Map<String, Map<String, Integer>> assertHostile(List<HostileClients.Outcome> outcomes) {
        Map<String, Map<String, Integer>> kinds = new LinkedHashMap<>();
        Map<String, java.util.Set<Integer>> allowed = Map.of("slow headers", java.util.Set.of(),
                "memory hog", java.util.Set.of(400, 503), "body shorter than its length", java.util.Set.of(408),
                "length over the limit", java.util.Set.of(413));
        for (HostileClients.Outcome outcome : outcomes) {
            RawHttp.Exchange exchange = outcome.exchange();
            Map<String, Integer> counts = kinds.computeIfAbsent(outcome.kind(), k -> new java.util.TreeMap<>());
            if (exchange.answers().isEmpty()) {
                assertTrue(exchange.closed(), outcome.kind() + ": neither answered nor closed: " + exchange);
                assertTrue(allowed.get(outcome.kind()).isEmpty(), outcome.kind() + " closed unanswered");
                counts.merge("closed", 1, Integer::sum);
                continue;
            }
            RawHttp.Answer answer = exchange.answers().get(0);
            assertTrue(allowed.get(outcome.kind()).contains(answer.status()), outcome.kind() + ": " + answer);
            assertFalse(RawHttp.LEAK.matcher(answer.body()).matches(), answer.body());
            assertTrue(answer.json().get("error").asText().startsWith("bpdiff: "), answer.body());
            assertTrue(exchange.closed(), outcome.kind() + ": its connection is closed");
            counts.merge(String.valueOf(answer.status()), 1, Integer::sum);
        }
        assertEquals(SLOW_HEADERS + MEMORY_HOGS + LYING_LENGTHS, outcomes.size());
        return kinds;
    }

    /** The server's largest resident memory, read from {@code /proc} every 100 ms until closed. */
    private static final class ResidentPeak implements AutoCloseable {
        private final java.util.concurrent.ScheduledExecutorService sampler =
                Executors.newSingleThreadScheduledExecutor();
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();

        ResidentPeak(ServeProcess serve) {
            sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(serve.residentKiB(), Math::max), 0, 100,
                    TimeUnit.MILLISECONDS);
        }

        long peakKiB() {
            return peak.get();
        }

        @Override
        public void close() {
            sampler.shutdownNow();
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
