package bpdiff.program.run;

/**
 * A function bound to an object: {@code net.forward}, called with the object as its first argument; for a
 * {@code @classmethod} the object is the class.
 *
 * @param self the object (or class)
 * @param function the function
 */
public record PyBoundMethod(Value self, Value function) implements Value {

    @Override
    public String typeName() {
        return "method";
    }
}
