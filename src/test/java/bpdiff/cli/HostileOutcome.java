package bpdiff.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How one hostile program ended in {@link HostileRunner}, and what is wrong with that.
 *
 * @param exit the exit status of {@code bpdiff check}
 * @param millis how long it took
 * @param peakKib the process's peak resident memory meanwhile ({@code VmHWM})
 * @param out what it wrote to standard output
 * @param err what it wrote to standard error
 * @param failure why there is no status (the child hung or died), or {@code null}
 */
record HostileOutcome(int exit, long millis, long peakKib, String out, String err, String failure) {

    /**
     * What only Java prints: a stack frame, a qualified class name, an exception's or error's class name. Python's
     * exception names (ValueError, MemoryError, RecursionError, …) end in Error too, so only Java's own errors are
     * named; {@code Exception} and {@code BaseException} are Python's.
     */
    private static final Pattern JAVA = Pattern.compile("\\tat |\\bat [a-z][\\w.$]*\\(|Caused by:|\\.java:\\d"
            + "|\\b(java|javax|jdk|sun|bpdiff|ai\\.djl|com|org|picocli)\\.[a-z]\\w*\\.|\\b\\w+(?<!Base)Exception\\b"
            + "|StackOverflowError|OutOfMemoryError|NoClassDefFoundError|ExceptionInInitializerError|InternalError");

    /**
     * What would steer the terminal bpdiff prints on (an escape sequence, a bell) or break its one line: a control
     * character other than a line break or a tab, a line or paragraph separator.
     */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\u2028\\u2029]");

    /**
     * @param why why the child gave no status
     * @return the outcome
     */
    static HostileOutcome failed(String why) {
        return new HostileOutcome(-1, 0, 0, "", "", why);
    }

    /**
     * @param c the case
     * @param mostSeconds how long it may take
     * @param mostKib the most resident memory it may reach
     * @return everything wrong with this outcome of it, empty if nothing
     */
    List<String> problems(HostileCase c, double mostSeconds, long mostKib) {
        if (failure != null) {
            return List.of(failure);
        }
        List<String> problems = new ArrayList<>();
        if (exit < 0 || exit > 2) {
            problems.add("exit " + exit + ", not 0, 1 or 2");
        } else if (exit != c.exit()) {
            problems.add("exit " + exit + ", expected " + c.exit() + ": " + firstLines());
        }
        if (millis > mostSeconds * 1000) {
            problems.add("took " + millis / 1000.0 + " s, more than " + mostSeconds + " s");
        }
        if (peakKib > mostKib) {
            problems.add("peak resident memory " + peakKib / 1024 + " MiB, more than " + mostKib / 1024 + " MiB");
        }
        if (JAVA.matcher(out + err).find()) {
            problems.add("Java shows through: " + firstLines());
        }
        if (!c.options().contains("--show-output") && CONTROL.matcher(out + err).find()) {
            problems.add("a control character reaches the terminal: " + firstLines());
        }
        if (exit == 2) {
            List<String> said = err.lines().filter(l -> l.startsWith("bpdiff: ")).toList();
            String where = c.line() > 0 ? c.file() + ":" + c.line() + ":" : "(" + c.file() + ")";
            if (said.size() != 1 || !said.get(0).contains(where) || !said.get(0).contains(c.words())) {
                problems.add("expected one line 'bpdiff: …" + c.words() + "… (" + where + "…)', found " + said);
            }
        } else if (exit == c.exit() && !(out + err).contains(c.words())) {
            problems.add("expected '" + c.words() + "' in what it printed: " + firstLines());
        }
        return problems;
    }

    private String firstLines() {
        return (err.isEmpty() ? out : err).lines().limit(2).toList().toString();
    }

    /**
     * @param cases the cases
     * @param outcomes their outcomes, in the same order
     * @return one line per case (status, seconds, peak MiB, what it printed first) and the totals
     */
    static String table(List<HostileCase> cases, HostileOutcome[] outcomes) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%-40s %4s %7s %8s  %s%n", "hostile program",
                "exit", "seconds", "peak MiB", "first line"));
        TreeMap<String, Integer> counts = new TreeMap<>();
        long mostMillis = 0;
        long mostKib = 0;
        String slowest = "";
        String largest = "";
        for (int k = 0; k < cases.size(); k++) {
            HostileOutcome o = outcomes[k];
            String status = o.failure() != null ? "none" : String.valueOf(o.exit());
            counts.merge("exit " + status, 1, Integer::sum);
            String first = o.failure() != null ? o.failure() : (o.err().isEmpty() ? o.out() : o.err()).lines()
                    .findFirst().orElse("");
            t.append(String.format(Locale.ROOT, "%-40s %4s %7.1f %8d  %s%n", cases.get(k).name(), status,
                    o.millis() / 1000.0, o.peakKib() / 1024, first.length() > 110 ? first.substring(0, 110) + "…" : first));
            if (o.millis() > mostMillis) {
                mostMillis = o.millis();
                slowest = cases.get(k).name();
            }
            if (o.peakKib() > mostKib) {
                mostKib = o.peakKib();
                largest = cases.get(k).name();
            }
        }
        t.append(String.format(Locale.ROOT, "%d cases: %s; longest %.1f s (%s); largest peak resident memory %d MiB "
                + "(%s)%n", cases.size(), counts, mostMillis / 1000.0, slowest, mostKib / 1024, largest));
        return t.toString();
    }
}
