package bpdiff.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import bpdiff.testing.CheckAnswers;
import bpdiff.testing.Http;
import bpdiff.testing.RawHttp;
import bpdiff.testing.RawHttp.Part;
import bpdiff.testing.ServeProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile HTTP against {@code bpdiff serve} as a user starts it (a child JVM with a 256 MiB heap): requests written
 * by hand over a plain socket that no well-behaved client sends: headers a byte a second, lying, negative, huge and
 * duplicate {@code Content-Length}s, chunked bodies, foreign and missing {@code Host}s, absolute-form and malformed
 * request lines, {@code %}-garbage in paths, bodies that are not UTF-8, not JSON or JSON nested 100,000 deep,
 * non-numeric numbers, huge strings, wrong methods and versions, pipelined requests, programs that exhaust the heap.
 *
 * <p>Every exchange ends within its limit plus {@link #MARGIN} (the machine may be busy), with JSON answers or a
 * connection the server closed; no answer contains a Java class name, a library's name, a stack frame or a page
 * ({@link RawHttp#LEAK}); and afterwards the server still answers a check right. The exchanges run at once, as
 * hostile clients would; the programs that exhaust the heap run after them, so that each is alone with its heap.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeHostileTest {

    /** What a busy machine may add to any limit. */
    private static final Duration MARGIN = Duration.ofSeconds(8);
    /** An exchange the server answers at once. */
    private static final Duration AT_ONCE = Duration.ofSeconds(2);
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Set<Integer> CLOSED = Set.of();
    private static final String JSON = "Content-Type: application/json\r\n";

    /**
     * One hostile exchange.
     *
     * @param name what it is
     * @param parts the request
     * @param answers how many answers it gets when it is answered
     * @param statuses the statuses it may be answered with; empty: the server closes the connection unanswered
     * @param limit the server's limit for it
     * @param closes whether the server closes the connection after answering
     */
    private record Case(String name, List<Part> parts, int answers, Set<Integer> statuses, Duration limit,
            boolean closes) {}

    @TempDir
    static Path folder;

    private ServeProcess serve;
    private String host;

    @BeforeAll
    void start() {
        serve = ServeProcess.start(folder, "--workers", "2", "--queue", "16");
        host = "Host: 127.0.0.1:" + serve.uri().getPort() + "\r\n";
    }

    @AfterAll
    void stop() {
        serve.close();
    }

    @TestFactory
    Stream<DynamicTest> everyHostileExchangeEndsInTimeWithJsonOrAClosedConnection() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 30, "at least 30 exchanges: " + cases.size());
        ExecutorService clients = Executors.newFixedThreadPool(cases.size());
        List<Future<RawHttp.Exchange>> running = new ArrayList<>();
        for (Case c : cases) {
            running.add(clients.submit(() -> RawHttp.exchange(serve.uri(), c.parts(), Math.max(1, c.answers()),
                    c.limit().plus(MARGIN).plus(MARGIN))));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (int k = 0; k < cases.size(); k++) {
            Case c = cases.get(k);
            RawHttp.Exchange exchange = running.get(k).get(5, TimeUnit.MINUTES);
            tests.add(dynamicTest(c.name(), () -> assertExchange(c, exchange)));
        }
        clients.shutdownNow();
        tests.add(dynamicTest("afterwards the published formulas are checked right", this::aCheckIsAnsweredRight));
        return tests.stream();
    }

    @Test
    void programsThatExhaustTheHeapAreAnsweredAndTheServerGoesOn() {
        String[] programs = {
            "import numpy as np\n\nw = np.ones(20000)\nb = np.outer(w, w)\nloss = np.sum(b)\n",
            "import numpy as np\n\nx = [np.ones(999999) for i in range(200)]\nloss = 1.0\n",
            "import numpy as np\n\nw = 0.5\nx = [[w] * 999999 for i in range(300)]\nloss = w * w\n",
        };
        for (String program : programs) {
            Case c = post("a program that exhausts the heap", "/api/check", Http.body("derivation", program),
                    Set.of(400, 503), Duration.ofSeconds(20));
            RawHttp.Exchange exchange = RawHttp.exchange(serve.uri(), c.parts(), 1, c.limit().plus(MARGIN));
            assertExchange(c, exchange);
            RawHttp.Answer answer = exchange.answers().get(0);
            if (answer.status() == 503) {
                assertTrue(answer.json().get("error").asText().startsWith("bpdiff: out of memory: "), answer.body());
                assertEquals("close", answer.headers().get("connection"), "its connection is closed");
                assertTrue(exchange.closed(), "its connection is closed");
            }
            aCheckIsAnsweredRight();
        }
        assertFalse(serve.err().contains("\tat "), "no stack trace on the console: " + serve.err());
    }

    /** Thirty connections sending headers a byte a second do not stop the server answering others, and are closed. */
    @Test
    void slowHeadersOnManyConnectionsDoNotStopTheServer() throws Exception {
        int slow = 30;
        ExecutorService clients = Executors.newFixedThreadPool(slow);
        List<Future<RawHttp.Exchange>> trickling = new ArrayList<>();
        for (int k = 0; k < slow; k++) {
            trickling.add(clients.submit(() -> RawHttp.exchange(serve.uri(), Part.trickle("GET /api/networks HTTP/1.1\r\n"
                    + host + "X-Slow: " + "s".repeat(40) + "\r\n\r\n", SECOND), 1, ServeSettings.HEADER_TIME.plus(
                    MARGIN).plus(MARGIN))));
        }
        Thread.sleep(2000);
        for (int k = 0; k < 5; k++) {
            CompletableFuture<Void> check = CompletableFuture.runAsync(this::aCheckIsAnsweredRight);
            check.get(AT_ONCE.plus(MARGIN).toSeconds(), TimeUnit.SECONDS);
        }
        for (Future<RawHttp.Exchange> f : trickling) {
            RawHttp.Exchange exchange = f.get(2, TimeUnit.MINUTES);
            assertTrue(exchange.closed() && exchange.answers().isEmpty(), "closed unanswered: " + exchange);
            assertTrue(exchange.nanos() < ServeSettings.HEADER_TIME.plus(MARGIN).toNanos(), "closed after "
                    + exchange.seconds() + " s");
        }
        clients.shutdownNow();
    }

    private void aCheckIsAnsweredRight() {
        try {
            Http.Reply reply = Http.post(serve.uri(), "api/check", Http.body("derivation",
                    Files.readString(Path.of("examples/derivations/published.py"))));
            assertEquals(200, reply.status(), reply.body());
            assertEquals(CheckAnswers.HOMEWORK_WRONG, CheckAnswers.wrongFormulas(reply.json()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertExchange(Case c, RawHttp.Exchange exchange) {
        String seen = c.name() + ": " + exchange;
        assertTrue(exchange.nanos() < c.limit().plus(MARGIN).toNanos(), "ended after " + exchange.seconds() + " s, "
                + "limit " + c.limit().toSeconds() + " s: " + seen);
        if (c.statuses().isEmpty()) {
            assertTrue(exchange.answers().isEmpty() && exchange.closed(), "closed unanswered: " + seen);
            return;
        }
        assertEquals(c.answers(), exchange.answers().size(), seen);
        for (RawHttp.Answer answer : exchange.answers()) {
            assertFalse(RawHttp.LEAK.matcher(answer.body()).matches(), "a class, library or page in " + seen);
            assertTrue(answer.headers().getOrDefault("content-type", "").startsWith("application/json"), seen);
            JsonNode json = answer.json();
            if (answer.status() >= 400) {
                String error = json.get("error").asText();
                assertTrue(error.startsWith("bpdiff: ") && error.lines().count() == 1, seen);
                assertEquals(answer.status(), json.get("status").asInt(), seen);
            }
        }
        RawHttp.Answer last = exchange.answers().get(exchange.answers().size() - 1);
        assertTrue(c.statuses().contains(last.status()), "status " + last.status() + ": " + seen);
        if (c.closes()) {
            assertTrue(exchange.closed(), "the connection is closed: " + seen);
        }
    }

    private List<Case> cases() throws java.io.IOException {
        String published = Http.body("derivation", Files.readString(Path.of("examples/derivations/published.py")));
        Duration header = ServeSettings.HEADER_TIME;
        Duration body = ServeSettings.BODY_TIME;
        List<Case> cases = new ArrayList<>();
        // slow and lying clients
        cases.add(new Case("headers a byte a second", Part.trickle("GET /api/networks HTTP/1.1\r\n" + host
                + "X-Slow: " + "s".repeat(60) + "\r\n\r\n", SECOND), 0, CLOSED, header, true));
        cases.add(new Case("a request line that never ends", Part.trickle("GET /" + "a".repeat(60), SECOND), 0,
                CLOSED, header, true));
        cases.add(new Case("a connection that sends nothing", List.of(new Part(Duration.ofSeconds(30), new byte[] {'G'})),
                0, CLOSED, header, true));
        cases.add(raw("a body shorter than its Content-Length", "POST /api/check HTTP/1.1\r\n" + host + JSON
                + "Content-Length: 100\r\n\r\n{\"derivation\":", Set.of(408), body, true));
        List<Part> trickledBody = new ArrayList<>(List.of(Part.now("POST /api/check HTTP/1.1\r\n" + host + JSON
                + "Content-Length: 40\r\n\r\n")));
        trickledBody.addAll(Part.trickle("{\"derivation\": \"d_w1 = 1\", \"epochs\": 1}", SECOND));
        cases.add(new Case("a body a byte a second", trickledBody, 1, Set.of(408), body, true));
        cases.add(raw("Content-Length 1048577, no body sent", "POST /api/check HTTP/1.1\r\n" + host + JSON
                + "Content-Length: 1048577\r\n\r\n", Set.of(413), AT_ONCE, true));
        cases.add(raw("Content-Length 1048577 with Expect: 100-continue", "POST /api/check HTTP/1.1\r\n" + host + JSON
                + "Expect: 100-continue\r\nContent-Length: 1048577\r\n\r\n", Set.of(413), AT_ONCE, true));
        cases.add(raw("Content-Length of 25 digits", "POST /api/check HTTP/1.1\r\n" + host + JSON
                + "Content-Length: 9999999999999999999999999\r\n\r\n", Set.of(400, 413), AT_ONCE, true));
        cases.add(raw("a negative Content-Length", "POST /api/check HTTP/1.1\r\n" + host + JSON
                + "Content-Length: -5\r\n\r\n{}", Set.of(400), AT_ONCE, true));
        cases.add(raw("a Content-Length that is not a number", "POST /api/check HTTP/1.1\r\n" + host + JSON
                + "Content-Length: abc\r\n\r\n{}", Set.of(400), AT_ONCE, true));
        cases.add(raw("two different Content-Lengths", "POST /api/check HTTP/1.1\r\n" + host + JSON
                + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", Set.of(400), AT_ONCE, true));
        cases.add(raw("Content-Length and chunked together", "POST /api/check HTTP/1.1\r\n" + host + JSON
                + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", Set.of(400), AT_ONCE, true));
        // chunked bodies
        String compare = Http.body("epochs", 1);
        cases.add(raw("a chunked body, in two chunks", "POST /api/compare HTTP/1.1\r\n" + host + JSON
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunk(compare.substring(0, 5))
                + chunk(compare.substring(5)) + "0\r\n\r\n", Set.of(200), Duration.ofSeconds(10), true));
        String megabyte = "x".repeat(64 * 1024);
        cases.add(raw("a chunked body over 1 MiB", "POST /api/check HTTP/1.1\r\n" + host + JSON
                + "Transfer-Encoding: chunked\r\n\r\n" + chunk("{\"derivation\": \"") + chunk(megabyte).repeat(17),
                Set.of(413), AT_ONCE, true));
        cases.add(raw("a chunk size that is not hexadecimal", "POST /api/check HTTP/1.1\r\n" + host + JSON
                + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", Set.of(400), AT_ONCE, true));
        cases.add(raw("a transfer coding the server does not know", "POST /api/check HTTP/1.1\r\n" + host + JSON
                + "Transfer-Encoding: gzip\r\n\r\n{}", Set.of(400, 501), AT_ONCE, true));
        // names and request lines
        cases.add(raw("a foreign Host", "GET /api/networks HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n",
                Set.of(403), AT_ONCE, true));
        cases.add(raw("no Host", "GET /api/networks HTTP/1.1\r\nConnection: close\r\n\r\n", Set.of(400, 403), AT_ONCE,
                true));
        cases.add(raw("two Hosts", "GET /api/networks HTTP/1.1\r\n" + host + host + "\r\n", Set.of(400), AT_ONCE,
                true));
        cases.add(raw("absolute form naming another host", "GET http://evil.example/api/networks HTTP/1.1\r\n" + host
                + "Connection: close\r\n\r\n", Set.of(400, 403), AT_ONCE, true));
        cases.add(raw("absolute form naming this machine", "GET http://127.0.0.1:" + serve.uri().getPort()
                + "/api/networks HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n", Set.of(200), AT_ONCE, true));
        cases.add(raw("a request line of one word", "GARBAGE\r\n\r\n", Set.of(400), AT_ONCE, true));
        cases.add(raw("HTTP/0.9", "GET /\r\n\r\n", Set.of(400, 505), AT_ONCE, true));
        cases.add(raw("HTTP/2.0 in an HTTP/1 request line", "GET /api/networks HTTP/2.0\r\n" + host + "\r\n",
                Set.of(400, 426, 505), AT_ONCE, true));
        cases.add(raw("HTTP/1.0 without keep-alive", "GET /api/networks HTTP/1.0\r\n" + host + "\r\n", Set.of(200),
                AT_ONCE, true));
        cases.add(raw("%-garbage in the path", "GET /api/%zz%G1 HTTP/1.1\r\n" + host + "\r\n", Set.of(400), AT_ONCE,
                true));
        cases.add(raw("an encoded NUL in the path", "GET /api/networks%00 HTTP/1.1\r\n" + host
                + "Connection: close\r\n\r\n", Set.of(400, 404), AT_ONCE, true));
        cases.add(raw("an encoded dot-dot in the path", "GET /api/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\n" + host
                + "\r\n", Set.of(400), AT_ONCE, true));
        cases.add(raw("headers over 16 KiB", "GET /api/networks HTTP/1.1\r\n" + host + "X-Big: " + "b".repeat(20_000)
                + "\r\n\r\n", Set.of(431), AT_ONCE, true));
        cases.add(raw("a control character in a header", "GET /api/networks HTTP/1.1\r\n" + host
                + "X-Bad: a\u0001b\r\n\r\n", Set.of(400), AT_ONCE, true));
        cases.add(raw("an unknown method", "BREW /api/check HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
                Set.of(405), AT_ONCE, true));
        cases.add(raw("DELETE on the API", "DELETE /api/compare HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
                Set.of(405), AT_ONCE, true));
        cases.add(raw("PUT on the page", "PUT / HTTP/1.1\r\n" + host + "Content-Length: 2\r\nConnection: close\r\n\r\n"
                + "{}", Set.of(405), AT_ONCE, true));
        cases.add(raw("POST without Content-Type", "POST /api/check HTTP/1.1\r\n" + host + "Content-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}", Set.of(415), AT_ONCE, true));
        // bodies
        cases.add(post("an empty body", "/api/check", "", Set.of(400), AT_ONCE));
        cases.add(new Case("a body that is not UTF-8", List.of(Part.now("POST /api/check HTTP/1.1\r\n" + host + JSON
                + "Content-Length: 19\r\nConnection: close\r\n\r\n"), new Part(Duration.ZERO, new byte[] {'{', '"',
                'd', 'e', 'r', 'i', 'v', 'a', 't', 'i', 'o', 'n', '"', ':', ' ', '"', (byte) 0xff, '"', '}'})),
                1, Set.of(400), AT_ONCE, true));
        cases.add(post("JSON nested 100000 deep", "/api/compare", "[".repeat(100_000) + "]".repeat(100_000),
                Set.of(400), AT_ONCE));
        cases.add(post("a network nested 100000 deep", "/api/compare", "{\"network\": " + "{\"a\": ".repeat(50_000)
                + "1" + "}".repeat(50_001), Set.of(400), AT_ONCE));
        cases.add(post("NaN as the learning rate", "/api/compare", "{\"lr\": NaN}", Set.of(400), AT_ONCE));
        cases.add(post("1e999 as the learning rate", "/api/compare", "{\"lr\": 1e999}", Set.of(400), AT_ONCE));
        cases.add(post("epochs of 30 digits", "/api/compare", "{\"epochs\": 123456789012345678901234567890}",
                Set.of(400), AT_ONCE));
        cases.add(post("a number of 5000 digits", "/api/compare", "{\"lr\": 0." + "1".repeat(5000) + "}", Set.of(400),
                AT_ONCE));
        cases.add(post("a string of 900 KB", "/api/check", Http.body("derivation", "d_w1 = " + "(".repeat(450_000)),
                Set.of(400), Duration.ofSeconds(10)));
        cases.add(post("an array, not an object", "/api/check", "[\"derivation\"]", Set.of(400), AT_ONCE));
        cases.add(post("a duplicate field", "/api/compare", "{\"epochs\": 1, \"epochs\": 2}", Set.of(400), AT_ONCE));
        // pipelining
        byte[] check = published.getBytes(StandardCharsets.UTF_8);
        cases.add(new Case("two requests pipelined in one write", List.of(Part.now("GET /api/networks HTTP/1.1\r\n"
                + host + "\r\nPOST /api/check HTTP/1.1\r\n" + host + JSON + "Content-Length: " + check.length
                + "\r\nConnection: close\r\n\r\n"), new Part(Duration.ZERO, check)), 2, Set.of(200),
                Duration.ofSeconds(10), true));
        cases.add(new Case("a request after a refused one on the same connection", List.of(Part.now(
                "GET /nothing HTTP/1.1\r\n" + host + "\r\nGET /api/examples HTTP/1.1\r\n" + host
                + "Connection: close\r\n\r\n")), 2, Set.of(200), AT_ONCE, true));
        return cases;
    }

    private Case post(String name, String path, String body, Set<Integer> statuses, Duration limit) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Case(name, List.of(Part.now("POST " + path + " HTTP/1.1\r\n" + host + JSON + "Content-Length: "
                + bytes.length + "\r\nConnection: close\r\n\r\n"), new Part(Duration.ZERO, bytes)), 1, statuses, limit,
                true);
    }

    private static Case raw(String name, String request, Set<Integer> statuses, Duration limit, boolean closes) {
        return new Case(name, List.of(Part.now(request)), 1, statuses, limit, closes);
    }

    private static String chunk(String text) {
        return Integer.toHexString(text.getBytes(StandardCharsets.ISO_8859_1).length) + "\r\n" + text + "\r\n";
    }
}
