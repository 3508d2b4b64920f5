package bpdiff.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** At most {@code workers} at once, at most {@code queue} waiting, none waiting longer than the limit. */
class AdmissionTest {

    @Test
    void aFullQueueAndALongWaitAreBothAnswered503() throws Exception {
        Admission admission = new Admission(1, 1, Duration.ofMillis(300));
        Admission.Permit first = admission.enter();
        CompletableFuture<ErrorAnswer> waiting = CompletableFuture.supplyAsync(() -> {
            RequestException e = assertThrows(RequestException.class, admission::enter);
            return e.answer();
        });
        Thread.sleep(100);
        RequestException full = assertThrows(RequestException.class, admission::enter);
        assertEquals(503, full.answer().status());
        assertEquals("bpdiff: the server is busy: no worker is free (--workers 1) and no place to wait is left "
                + "(--queue 1); try again in 2 s (busy)", full.answer().message());
        ErrorAnswer waitedTooLong = waiting.get(10, TimeUnit.SECONDS);
        assertEquals(503, waitedTooLong.status());
        assertEquals(1, waitedTooLong.retryAfterSeconds());
        assertEquals("bpdiff: the server is busy: no worker became free (--workers 1) within the time limit; try again "
                + "in 1 s (busy)", waitedTooLong.message());
        assertEquals(1, admission.running());
        first.close();
        assertEquals(0, admission.running());
        try (Admission.Permit again = admission.enter()) {
            assertEquals(1, admission.running());
        }
    }

    @Test
    void aComputationAloneWaitsForEveryOtherAndHoldsEveryWorker() throws Exception {
        Admission admission = new Admission(2, 4, Duration.ofSeconds(30));
        Admission.Permit other = admission.enter();
        CompletableFuture<Admission.Permit> alone = CompletableFuture.supplyAsync(admission::enterAlone);
        Thread.sleep(200);
        assertFalse(alone.isDone(), "waits while another computes");
        other.close();
        Admission.Permit permit = alone.get(10, TimeUnit.SECONDS);
        assertEquals(2, admission.running(), "holds both workers");
        CompletableFuture<Admission.Permit> next = CompletableFuture.supplyAsync(admission::enter);
        Thread.sleep(200);
        assertFalse(next.isDone(), "no other computation runs beside it");
        permit.close();
        next.get(10, TimeUnit.SECONDS).close();
        assertEquals(0, admission.running());
    }
}
