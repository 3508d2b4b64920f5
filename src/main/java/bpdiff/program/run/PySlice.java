package bpdiff.program.run;

/**
 * {@code start:stop:step} inside a subscript, with its parts computed.
 *
 * @param start the start, or {@code null}
 * @param stop the end, or {@code null}
 * @param step the step, or {@code null}
 */
public record PySlice(Long start, Long stop, Long step) implements Value {

    @Override
    public String typeName() {
        return "slice";
    }
}
