package bpdiff.diff;

/** Receives each epoch of a {@link Comparison} as soon as it is compared: how {@code compare} streams its output. */
@FunctionalInterface
public interface StepListener {

    /**
     * One compared epoch.
     *
     * @param step its comparison
     */
    void compared(StepDiff step);
}
