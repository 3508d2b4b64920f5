package bpdiff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link HostileProgramsTest}: runs {@code bpdiff check} on many hostile programs one after another,
 * each with a fresh interpreter (as {@link Main#execute} gives it), so that the suite pays for one JVM start instead of
 * one per program. Before each program the process's peak resident memory is reset ({@code /proc/self/clear_refs}),
 * after it the peak is read ({@code VmHWM} of {@code /proc/self/status}).
 *
 * <p>Protocol on standard output, one line each: {@code @@start K} before program K, {@code @@end K EXIT MILLIS
 * KIB} after it; what bpdiff wrote is in {@code K.out} and {@code K.err} of the work folder (the first 64 KiB, then
 * {@code …[N more characters]} and the last 64 KiB or less, from the start of a line).
 *
 * <p>Usage: {@code HostileRunner WORK_FOLDER FIRST_INDEX FILE [OPTION …] -- FILE [OPTION …] -- …}
 */
public final class HostileRunner {

    private static final int KEPT = 64 * 1024;

    private HostileRunner() {}

    /**
     * @param args the work folder, the index of the first program, then each program's command line after
     *     {@code check}, separated by {@code --}
     * @throws IOException if the work folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        int index = Integer.parseInt(args[1]);
        List<String> current = new ArrayList<>();
        for (int k = 2; k <= args.length; k++) {
            if (k == args.length || args[k].equals("--")) {
                if (!current.isEmpty()) {
                    run(work, index++, current);
                }
                current.clear();
            } else {
                current.add(args[k]);
            }
        }
    }

    private static void run(Path work, int index, List<String> command) throws IOException {
        System.out.println("@@start " + index);
        System.out.flush();
        System.gc();
        resetPeak();
        Bounded out = new Bounded();
        Bounded err = new Bounded();
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(command);
        long start = System.nanoTime();
        int status;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            status = Main.execute(args.toArray(String[]::new), o, e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = peakKib();
        Files.writeString(work.resolve(index + ".out"), out.text(), StandardCharsets.UTF_8);
        Files.writeString(work.resolve(index + ".err"), err.text(), StandardCharsets.UTF_8);
        System.out.println("@@end " + index + " " + status + " " + millis + " " + peak);
        System.out.flush();
    }

    private static void resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException e) {
            // an older kernel: the peak is then the process's since it started, an upper bound
        }
    }

    private static long peakKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /**
     * A writer that keeps the first {@value #KEPT} characters and the last {@value #KEPT} from the start of a line
     * (where bpdiff's own line is when a program printed a lot before it), and counts the rest.
     */
    private static final class Bounded extends Writer {

        private final StringBuilder kept = new StringBuilder();
        private final StringBuilder tail = new StringBuilder();
        private long dropped;

        @Override
        public void write(char[] buffer, int offset, int length) {
            int room = Math.max(0, Math.min(length, KEPT - kept.length()));
            kept.append(buffer, offset, room);
            tail.append(buffer, offset + room, length - room);
            if (tail.length() > 2 * KEPT) {
                int cut = tail.length() - KEPT;
                dropped += cut;
                tail.delete(0, cut);
            }
        }

        @Override
        public void flush() {
            // kept in memory
        }

        @Override
        public void close() {
            // kept in memory
        }

        String text() {
            if (dropped == 0) {
                return kept.toString() + tail;
            }
            int line = tail.indexOf("\n");
            long more = dropped + (line < 0 ? tail.length() : line + 1);
            return kept + "…[" + more + " more characters]\n" + (line < 0 ? "" : tail.substring(line + 1));
        }
    }
}
