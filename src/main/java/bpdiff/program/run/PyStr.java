package bpdiff.program.run;

/**
 * A Python string.
 *
 * @param value the text
 */
public record PyStr(String value) implements Value {

    @Override
    public String typeName() {
        return "str";
    }
}
