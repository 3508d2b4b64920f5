package bpdiff.program.run;

/**
 * {@code range(start, stop, step)}, iterated without building a list.
 *
 * @param start the first value
 * @param stop the end, excluded
 * @param step the step, not 0
 */
public record PyRange(long start, long stop, long step) implements Value {

    /** @return how many values it has */
    public long length() {
        if (step > 0) {
            return Math.max(0, (stop - start + step - 1) / step);
        }
        return Math.max(0, (start - stop - step - 1) / -step);
    }

    /**
     * @param k an index {@code 0..length-1}
     * @return the value there
     */
    public long at(long k) {
        return start + k * step;
    }

    @Override
    public String typeName() {
        return "range";
    }
}
