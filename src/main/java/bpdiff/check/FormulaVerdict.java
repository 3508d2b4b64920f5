package bpdiff.check;

/** The verdict on one line of a derivation. */
public enum FormulaVerdict {
    /** A checked derivative that agrees with autograd. */
    MATCH("ok"),
    /** A checked derivative that does not. */
    WRONG("WRONG"),
    /** A line that cannot be computed (division by zero, a value that is not finite, or a failed line above). */
    ERROR("ERROR"),
    /** A line that is no derivative the network knows: computed and shown, not checked. */
    HELPER("helper");

    private final String label;

    FormulaVerdict(String label) {
        this.label = label;
    }

    /** @return how the verdict is printed */
    public String label() {
        return label;
    }

    /** @return whether this verdict makes the check fail (exit status 1) when the line is checked */
    public boolean fails() {
        return this == WRONG || this == ERROR;
    }
}
