package bpdiff.program.run;

/**
 * An imported module.
 *
 * @param name its full name: {@code numpy}, {@code numpy.random}, {@code math}, {@code matplotlib.pyplot}
 */
public record PyModule(String name) implements Value {

    @Override
    public String typeName() {
        return "module";
    }
}
