package bpdiff.program.run;

/**
 * A Python {@code int}. Integer arithmetic is not recorded: it counts and indexes.
 *
 * @param value the integer
 */
public record PyInt(long value) implements Value {

    @Override
    public String typeName() {
        return "int";
    }
}
