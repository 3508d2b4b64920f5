package bpdiff.grade;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * How far a grading run is, on standard error: a bar redrawn in place on a terminal, else a plain line at every
 * tenth of the class (a log or CI keeps those). Submissions end in any order; only the count is shown.
 */
public final class Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private int total;
    private int done;
    private int lastTenth;

    /**
     * @param err standard error
     * @param terminal whether it is a terminal (a bar) or not (lines)
     */
    public Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** @param count how many submissions there are */
    synchronized void start(int count) {
        total = count;
        done = 0;
        lastTenth = 0;
        if (!terminal) {
            err.println("bpdiff grade: " + count + " submission" + (count == 1 ? "" : "s"));
            err.flush();
        } else {
            draw("");
        }
    }

    /** @param g a submission just graded */
    synchronized void graded(Graded g) {
        done++;
        if (terminal) {
            draw(g.student());
            if (done == total) {
                err.println();
            }
        } else {
            int tenth = done * 10 / total;
            if (tenth > lastTenth || done == total) {
                lastTenth = tenth;
                err.println("bpdiff grade: " + done + "/" + total + " graded");
            }
        }
        err.flush();
    }

    private void draw(String last) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String name = last.length() > 24 ? last.substring(0, 23) + "…" : last;
        err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d %-24s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                done, total, name));
    }
}
