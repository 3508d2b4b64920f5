package bpdiff.cli;

import java.util.Locale;

/** The one line bpdiff prints when the Java heap or native memory ran out: what ran out and what to do. */
final class OutOfMemory {

    private OutOfMemory() {}

    /**
     * Says what ran out, from the error's own words ({@code Java heap space}, {@code Direct buffer memory},
     * {@code Metaspace}, …) and the heap's limit.
     *
     * @param e the error
     * @param maxHeapBytes {@code Runtime.maxMemory()}
     * @return e.g. {@code out of memory: the Java heap (at most 128 MiB) is full; give Java more with -Xmx or ask
     *     for fewer epochs}
     */
    static String explain(OutOfMemoryError e, long maxHeapBytes) {
        return explain(e, maxHeapBytes, "ask for fewer epochs, samples or neurons");
    }

    /**
     * Says what ran out, with what to ask for instead.
     *
     * @param e the error
     * @param maxHeapBytes {@code Runtime.maxMemory()}
     * @param less what to ask for instead of more memory, e.g. {@code make the program's arrays and lists smaller}
     * @return the line, without {@code bpdiff: }
     */
    static String explain(OutOfMemoryError e, long maxHeapBytes, String less) {
        String what = e.getMessage() == null ? "" : e.getMessage();
        String heap = String.format(Locale.ROOT, "%d MiB", maxHeapBytes / (1024 * 1024));
        if (what.contains("Java heap space") || what.contains("GC overhead")) {
            return "out of memory: the Java heap (at most " + heap + ") is full; give Java more with -Xmx, or " + less;
        }
        if (what.contains("Direct buffer")) {
            return "out of memory: the direct buffers that carry numbers to the engine are full (-XX:MaxDirectMemorySize)";
        }
        if (what.contains("Metaspace")) {
            return "out of memory: the class metadata space is full (-XX:MaxMetaspaceSize)";
        }
        if (what.contains("native thread")) {
            return "out of memory: no more threads can be started on this machine";
        }
        return "out of memory (" + (what.isEmpty() ? "no detail given" : what) + "; Java heap at most " + heap + ")";
    }
}
