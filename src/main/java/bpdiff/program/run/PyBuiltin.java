package bpdiff.program.run;

/**
 * A built-in function, or a function of numpy or math.
 *
 * @param name its qualified name: {@code print}, {@code numpy.exp}, {@code numpy.random.randn}, {@code math.exp}
 */
public record PyBuiltin(String name) implements Value {

    @Override
    public String typeName() {
        return "builtin_function_or_method";
    }
}
