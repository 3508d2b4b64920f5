package bpdiff.program.run;

/**
 * {@code super()}: the object, seen from the class after {@code start} in its method resolution order.
 *
 * @param start the class whose method called {@code super()}
 * @param self the object (or class, in a class method)
 */
public record PySuper(PyClass start, Value self) implements Value {

    @Override
    public String typeName() {
        return "super";
    }
}
