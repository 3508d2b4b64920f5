package bpdiff.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.CheckAnswers;
import bpdiff.testing.Http;
import bpdiff.testing.InProcessServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Checks of programs, checks of formula lists and comparisons from 8 clients at once, on 4 workers, so that several
 * autograd computations run at the same moment: each records its operations on its own thread (no process-wide
 * gradient collector), and every answer is right. The truth is from outside the code: the homework's wrong formulas
 * d_w1..d_w4, PyTorch's gradients of the programs ({@code reference-results/programs/}) and of the lecture network
 * ({@code reference-results/pytorch/}).
 */
class ServeConcurrencyTest {

    private static final int CLIENTS = 8;
    private static final int REQUESTS = 40;

    /** One kind of request and how to tell that its answer is right. */
    private enum Kind {
        PUBLISHED_PROGRAM, CORRECTED_PROGRAM, MATRIX_PROGRAM, PUBLISHED_FORMULAS, BUGGY_COMPARISON
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void concurrentProgramChecksFormulaChecksAndComparisonsAreAllAnsweredRight() throws Exception {
        InProcessServer running = InProcessServer.start(ServeSettings.defaults().withWork(4, 64,
                Duration.ofSeconds(60)));
        Server server = running.server();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicBoolean sampling = new AtomicBoolean(true);
        AtomicInteger mostAtOnce = new AtomicInteger();
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                mostAtOnce.accumulateAndGet(server.computing(), Math::max);
                Thread.onSpinWait();
            }
        });
        sampler.start();
        try {
            List<Future<?>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                Kind kind = Kind.values()[i % Kind.values().length];
                boolean views = i % 3 == 0;
                answers.add(clients.submit(() -> assertRight(kind, send(server, kind, views))));
            }
            for (Future<?> answer : answers) {
                answer.get(120, TimeUnit.SECONDS);
            }
        } finally {
            sampling.set(false);
            sampler.join();
            clients.shutdownNow();
            running.close();
        }
        assertTrue(mostAtOnce.get() >= 2, "computations overlapped: at most " + mostAtOnce.get() + " at once");
    }

    private static JsonNode send(Server server, Kind kind, boolean views) {
        Http.Reply reply = switch (kind) {
            case PUBLISHED_PROGRAM -> check(server, program("homework2-published"), views);
            case CORRECTED_PROGRAM -> check(server, program("homework2-corrected"), views);
            case MATRIX_PROGRAM -> check(server, program("lecture-matrix"), views);
            case PUBLISHED_FORMULAS -> check(server, read("examples/derivations/published.py"), views);
            case BUGGY_COMPARISON -> Http.post(server.uri(), "api/compare", Http.body("manual", "buggy", "epochs", 3,
                    "views", views));
        };
        assertEquals(200, reply.status(), kind + ": " + reply.body());
        return reply.json();
    }

    private static void assertRight(Kind kind, JsonNode answer) {
        switch (kind) {
            case PUBLISHED_PROGRAM -> {
                assertEquals(1, answer.get("exitStatus").asInt());
                assertEquals(CheckAnswers.HOMEWORK_WRONG, CheckAnswers.wrongClaims(answer));
                CheckAnswers.assertAutogradIsPyTorchs(answer, "homework2-published");
            }
            case CORRECTED_PROGRAM, MATRIX_PROGRAM -> {
                String example = kind == Kind.CORRECTED_PROGRAM ? "homework2-corrected" : "lecture-matrix";
                assertEquals(0, answer.get("exitStatus").asInt(), example);
                assertEquals(List.of(), CheckAnswers.wrongClaims(answer), example);
                CheckAnswers.assertAutogradIsPyTorchs(answer, example);
            }
            case PUBLISHED_FORMULAS -> {
                assertEquals(1, answer.get("exitStatus").asInt());
                assertEquals(CheckAnswers.HOMEWORK_WRONG, CheckAnswers.wrongFormulas(answer));
                assertEquals(CheckAnswers.lectureDw1(), answer.at("/formulas/6/autograd").asDouble(), 1e-15);
            }
            case BUGGY_COMPARISON -> {
                assertEquals(1, answer.get("exitStatus").asInt());
                // at the first epoch, where both sides start from the same weights
                List<String> mismatched = new ArrayList<>();
                answer.at("/steps/0/parameters").forEach(p -> {
                    if (p.get("verdict").asText().equals("mismatch")) {
                        mismatched.add(p.get("name").asText());
                    }
                });
                assertEquals(List.of("w1", "w2", "w3", "w4"), mismatched);
                assertEquals(CheckAnswers.lectureDw1(), answer.at("/steps/0/parameters/0/gradient/autograd")
                        .asDouble(), 1e-15);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    private static Http.Reply check(Server server, String text, boolean views) {
        return Http.post(server.uri(), "api/check", Http.body("derivation", text, "views", views));
    }

    private static String program(String name) {
        return read("examples/programs/" + name + ".py");
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
