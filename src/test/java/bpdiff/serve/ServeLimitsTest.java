package bpdiff.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import bpdiff.testing.Http;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's limits: a computation past the time limit is answered 400 with the limit's message while
 * other requests go on being answered on the second worker; so is a student's program with an endless loop, stopped
 * by the restricted interpreter's own limit with its own message; with every worker busy and no place to wait a
 * request (a check, a diff) is answered 503 with {@code Retry-After}; a stop lets the request in flight finish and turns new ones
 * away.
 *
 * <p>The long request is a check over 100,000 epochs (one engine step each), which no time limit below a
 * few seconds lets finish.
 */
class ServeLimitsTest {

    private static final String LONG_CHECK = Http.body("derivation", derivation("corrected"), "epochs", 100_000);
    private static final String SHORT_CHECK = Http.body("derivation", derivation("published"));

    @Test
    void aComputationPastTheTimeLimitIsRefusedWhileOthersAreAnswered() throws Exception {
        Server server = start(ServeSettings.defaults().withPort(0).withWork(2, 16, Duration.ofSeconds(2)));
        try {
            Http.Reply refused = refusedWhileOthersAreAnswered(server, LONG_CHECK, 5);
            assertEquals("bpdiff: the computation ran longer than the server's time limit of 2 s; ask for fewer epochs, "
                    + "or run bpdiff on the command line, where the time limit is yours to choose (time limit)",
                    refused.json().get("error").asText());
        } finally {
            server.stop(Duration.ofSeconds(30));
        }
    }

    @Test
    void aProgramWithAnEndlessLoopIsStoppedByTheInterpreterWhileOthersAreAnswered(@TempDir Path folder)
            throws Exception {
        String endless = "import numpy as np\n\nw = 0.5\nwhile True:\n    w = 0.5\nloss = w * w\n";
        Path file = Files.writeString(folder.resolve(CheckService.PROGRAM), endless);
        Cli.Result cli = Cli.run("check", file.toString());
        assertEquals(2, cli.status(), cli.err());
        String limit = cli.err().lines().findFirst().orElseThrow().replace(file.toString(), CheckService.PROGRAM);
        assertTrue(limit.contains("bpdiff's limit (an endless loop?"), limit);
        Server server = start(ServeSettings.defaults().withPort(0).withWork(2, 16, Duration.ofSeconds(20)));
        try {
            Http.Reply refused = refusedWhileOthersAreAnswered(server, Http.body("derivation", endless), 3);
            assertEquals(limit, refused.json().get("error").asText(), "the interpreter's message, as the command's");
        } finally {
            server.stop(Duration.ofSeconds(30));
        }
    }

    /**
     * A program that reaches one of the run's budgets (characters formatted, items made, one text's size, the stack) is
     * answered 400 with the command line's own line, and the server goes on answering.
     */
    @Test
    void aProgramPastABudgetIsAnswered400WithTheCommandLinesMessage(@TempDir Path folder) throws Exception {
        List<String> programs = List.of(
                "import numpy as np\nparts = []\nfor i in range(200000):\n    parts.append(f'{i:>1000}')\n",
                "import numpy as np\nx = [[i * j for j in range(10000)] for i in range(10000)]\n",
                "import numpy as np\ns = '%1000000000d' % 1\n",
                "import numpy as np\na = []\nfor i in range(100000):\n    a = [a]\ns = str(a)\n");
        Server server = start(ServeSettings.defaults().withPort(0).withWork(1, 4, Duration.ofSeconds(20)));
        try {
            for (String program : programs) {
                Path file = Files.writeString(folder.resolve(CheckService.PROGRAM), program);
                Cli.Result cli = Cli.run("check", file.toString());
                assertEquals(2, cli.status(), cli.err());
                String line = cli.err().lines().findFirst().orElseThrow().replace(file.toString(), CheckService.PROGRAM);
                Http.Reply refused = Http.post(server.uri(), "api/check", Http.body("derivation", program));
                assertEquals(400, refused.status(), refused.body());
                assertEquals(line, refused.json().get("error").asText(), "the interpreter's message, as the command's");
                assertEquals(200, Http.post(server.uri(), "api/check", SHORT_CHECK).status(), "and the server goes on");
            }
        } finally {
            server.stop(Duration.ofSeconds(30));
        }
    }

    @Test
    void withEveryWorkerBusyAndNoPlaceToWaitTheAnswerIs503WithRetryAfter() throws Exception {
        Server server = start(ServeSettings.defaults().withPort(0).withWork(1, 0, Duration.ofSeconds(3)));
        try {
            CompletableFuture<Http.Reply> slow = CompletableFuture.supplyAsync(
                    () -> Http.post(server.uri(), "api/check", LONG_CHECK));
            Http.Reply busy = untilBusy(server);
            assertEquals(503, busy.status(), busy.body());
            assertEquals(String.valueOf(Admission.RETRY_WHEN_FULL_SECONDS), busy.headers().firstValue("Retry-After")
                    .orElse("none"));
            assertEquals("bpdiff: the server is busy: no worker is free (--workers 1) and no place to wait is left "
                    + "(--queue 0); try again in 2 s (busy)", busy.json().get("error").asText());
            Http.Reply diff = Http.post(server.uri(), "api/diff", Http.body("a", "loss = 1.0\n", "b", "loss = 1.0\n"));
            assertEquals(503, diff.status(), "a diff waits for a worker as a check does: " + diff.body());
            assertEquals(busy.json().get("error"), diff.json().get("error"));
            assertEquals(200, Http.get(server.uri(), "api/networks").status(), "the catalog needs no worker");
            assertEquals(400, slow.get(60, TimeUnit.SECONDS).status());
            assertEquals(200, Http.post(server.uri(), "api/check", SHORT_CHECK).status(), "free again");
        } finally {
            server.stop(Duration.ofSeconds(30));
        }
    }

    @Test
    void aStopLetsTheRequestInFlightFinishAndTurnsNewOnesAway() throws Exception {
        Server server = start(ServeSettings.defaults().withPort(0).withWork(1, 0, Duration.ofSeconds(60)));
        CompletableFuture<Http.Reply> inFlight = CompletableFuture.supplyAsync(
                () -> Http.post(server.uri(), "api/compare", Http.body("epochs", 2000)));
        untilComputing(server);
        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> server.stop(Duration.ofSeconds(60)));
        Http.Reply turnedAway = null;
        while (turnedAway == null && !inFlight.isDone()) {
            Http.Reply reply = Http.get(server.uri(), "api/networks");
            turnedAway = reply.status() == 503 ? reply : null;
        }
        assertTrue(turnedAway != null, "a request during the stop is turned away");
        assertEquals("bpdiff: the server is stopping (stopping)", turnedAway.json().get("error").asText());
        Http.Reply finished = inFlight.get(60, TimeUnit.SECONDS);
        assertTrue(stopped.get(60, TimeUnit.SECONDS), "every request in flight finished");
        assertEquals(200, finished.status(), finished.body());
        assertEquals(2000, finished.json().get("epochs").asInt());
    }

    /**
     * Sends a request that ends in a 400, and short checks one after another until it is answered: each of those
     * answered right, on the other worker.
     *
     * @param body the long request's body
     * @param fewest how many short checks at least are answered meanwhile
     * @return the long request's answer
     */
    private static Http.Reply refusedWhileOthersAreAnswered(Server server, String body, int fewest) throws Exception {
        CompletableFuture<Http.Reply> slow = CompletableFuture.supplyAsync(
                () -> Http.post(server.uri(), "api/check", body));
        untilComputing(server);
        List<Http.Reply> others = new ArrayList<>();
        while (!slow.isDone() && others.size() < 1000) {
            others.add(Http.post(server.uri(), "api/check", SHORT_CHECK));
        }
        Http.Reply refused = slow.get(60, TimeUnit.SECONDS);
        assertEquals(400, refused.status(), refused.body());
        assertEquals(2, refused.json().get("exitStatus").asInt());
        assertTrue(others.size() >= fewest, "answered meanwhile: " + others.size());
        for (Http.Reply other : others) {
            assertEquals(200, other.status(), other.body());
            assertEquals(1, other.json().get("exitStatus").asInt());
        }
        return refused;
    }

    /** Waits until the slow request computes, then sends a short check: it finds the one worker taken. */
    private static Http.Reply untilBusy(Server server) throws InterruptedException {
        untilComputing(server);
        assertEquals(1, server.computing(), "the slow request computes");
        return Http.post(server.uri(), "api/check", SHORT_CHECK);
    }

    private static void untilComputing(Server server) throws InterruptedException {
        for (int tries = 0; tries < 3000 && server.computing() == 0; tries++) {
            Thread.sleep(10);
        }
    }

    private static Server start(ServeSettings settings) {
        try {
            return Server.start(settings, new PrintWriter(new StringWriter(), true));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String derivation(String name) {
        try {
            return Files.readString(Path.of("examples/derivations/" + name + ".py"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
