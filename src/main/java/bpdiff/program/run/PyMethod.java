package bpdiff.program.run;

/**
 * A method of a value, bound to it: {@code lli.append}, {@code W.reshape}, {@code "…".format}.
 *
 * @param receiver the value
 * @param name the method's name
 */
public record PyMethod(Value receiver, String name) implements Value {

    @Override
    public String typeName() {
        return "method";
    }
}
