package bpdiff.diff;

/** Whether two sources agree within the tolerance. */
public enum Verdict {
    /** They agree. */
    MATCH("match"),
    /** They differ. */
    MISMATCH("mismatch");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    /** @return {@code match} or {@code mismatch}, as written in JSON */
    public String id() {
        return id;
    }
}
