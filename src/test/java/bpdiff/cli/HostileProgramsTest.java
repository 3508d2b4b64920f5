package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile programs of {@code src/test/resources/hostile/} (formatting, comprehension and repetition bombs, deep
 * recursion and nesting, giant literals and ints, endless loops of each kind, matrix-product chains, exceptions in
 * special methods, attempts at files, processes, the network and reflection, non-finite values), each run through
 * {@code bpdiff check} in a child JVM with a 1 GiB heap, so that one that escaped could not take this JVM down
 * ({@link HostileRunner}; a child that hangs or dies is replaced for the programs after it).
 *
 * <p>Every program must end by itself within bpdiff's time limit (15 s here, {@code --time-limit}: long
 * enough that on a busy 2-core machine the budget a case is made to reach stops it before the clock) plus a margin,
 * with exit 0, 1 or 2 as its header expects ({@link HostileCase}), without a stack trace or a Java class name in
 * anything printed; at exit 2 with exactly one {@code bpdiff:} line naming the file and the line the header marks,
 * with the header's words; and with a peak resident memory of the process under 1.5 GiB. The other limits are the
 * command line's own. The table of outcomes goes to standard output and {@code target/hostile-programs.txt}.
 */
class HostileProgramsTest {

    private static final double TIME_LIMIT = 15;
    /** JIT warm-up, the engine's first start and a busy machine: what a case may take beyond bpdiff's limit. */
    private static final double MARGIN = 25;
    private static final long MOST_KIB = 1536L * 1024;

    @TempDir
    Path work;

    @Test
    void everyHostileProgramEndsByItselfWithOneLineAndBoundedMemory() throws Exception {
        List<HostileCase> cases = HostileCase.all();
        assertTrue(cases.size() >= 100, "at least 100 hostile programs, found " + cases.size());
        HostileOutcome[] outcomes = new HostileOutcome[cases.size()];
        for (int next = 0; next < cases.size(); ) {
            next = child(cases, next, outcomes);
        }
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < cases.size(); k++) {
            for (String problem : outcomes[k].problems(cases.get(k), TIME_LIMIT + MARGIN, MOST_KIB)) {
                failures.add(cases.get(k).name() + ": " + problem);
            }
        }
        String table = HostileOutcome.table(cases, outcomes);
        System.out.print(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/hostile-programs.txt"), table, StandardCharsets.UTF_8);
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    /**
     * Runs the cases from {@code first} in one child JVM until they are done, one hangs past the margin or the child
     * dies.
     *
     * @return the index of the first case not run yet
     */
    private int child(List<HostileCase> cases, int first, HostileOutcome[] outcomes) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                HostileRunner.class.getName(), work.toString(), String.valueOf(first)));
        for (int k = first; k < cases.size(); k++) {
            HostileCase c = cases.get(k);
            command.add(c.file().toString());
            command.addAll(c.options());
            command.addAll(List.of("--time-limit", String.valueOf(TIME_LIMIT)));
            command.add("--");
        }
        Process process = new ProcessBuilder(command).redirectError(work.resolve("child-" + first + ".log").toFile())
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child was killed
            }
            lines.add("@@eof");
        });
        reader.start();
        int current = -1;
        long started = System.nanoTime();
        long patience = (long) ((TIME_LIMIT + 2 * MARGIN) * 1e9);
        try {
            while (true) {
                String line = lines.poll(Math.max(1, patience - (System.nanoTime() - started)), TimeUnit.NANOSECONDS);
                if (line == null) {
                    outcomes[current < 0 ? first : current] = HostileOutcome.failed("did not end within "
                            + (TIME_LIMIT + 2 * MARGIN) + " s: killed");
                    return (current < 0 ? first : current) + 1;
                }
                String[] f = line.split(" ");
                if (f[0].equals("@@start")) {
                    current = Integer.parseInt(f[1]);
                    started = System.nanoTime();
                } else if (f[0].equals("@@end")) {
                    int k = Integer.parseInt(f[1]);
                    outcomes[k] = new HostileOutcome(Integer.parseInt(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                            Files.readString(work.resolve(k + ".out")), Files.readString(work.resolve(k + ".err")),
                            null);
                    current = -1;
                } else if (f[0].equals("@@eof")) {
                    if (current >= 0) {
                        outcomes[current] = HostileOutcome.failed("the child JVM died (exit " + process.waitFor()
                                + "): " + Files.readString(work.resolve("child-" + first + ".log")).strip());
                        return current + 1;
                    }
                    return cases.size();
                }
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    /** Each check can fail: an outcome with one thing wrong is caught, the right one is not. */
    @Test
    void theChecksCatchWhatTheyLookFor() {
        HostileCase c = new HostileCase(Path.of("x.py"), "a test", 2, "limit", 3, List.of());
        String right = "bpdiff: a limit (x.py:3:5)\n  x = 1\n      ^\n";
        assertEquals(List.of(), new HostileOutcome(2, 1500, 300 * 1024, "", right, null).problems(c, 30, MOST_KIB));
        for (HostileOutcome wrong : List.of(
                new HostileOutcome(4, 1500, 1024, "", "bpdiff: internal error (x.py:3:5)\n", null),
                new HostileOutcome(1, 1500, 1024, "", right, null),
                new HostileOutcome(2, 31_000, 1024, "", right, null),
                new HostileOutcome(2, 1500, 2048L * 1024, "", right, null),
                new HostileOutcome(2, 1500, 1024, "", right + "\tat bpdiff.program.run.Budget.limit(Budget.java:9)\n", null),
                new HostileOutcome(2, 1500, 1024, "", right.replace("limit", "limit java.lang.StackOverflowError"), null),
                new HostileOutcome(2, 1500, 1024, "", right + "bpdiff: another line (x.py:4:1)\n", null),
                new HostileOutcome(2, 1500, 1024, "", right.replace("x.py:3:5", "x.py:4:5"), null),
                new HostileOutcome(2, 1500, 1024, "", right.replace("a limit", "a mistake"), null),
                HostileOutcome.failed("did not end"))) {
            assertTrue(!wrong.problems(c, 30, MOST_KIB).isEmpty(), wrong.toString());
        }
        String table = HostileOutcome.table(List.of(c), new HostileOutcome[] {
            new HostileOutcome(2, 1500, 300 * 1024, "", right, null)});
        assertTrue(table.contains(" 2     1.5      300  bpdiff: a limit"), table);
    }
}
