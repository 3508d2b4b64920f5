package bpdiff.program.run;

/**
 * What {@code @staticmethod}, {@code @classmethod} and {@code @property} make of a function in a class.
 *
 * @param kind which of the three
 * @param function the function (the getter of a property)
 * @param setter a property's setter, or {@code null}
 */
public record PyDescriptor(Kind kind, Value function, Value setter) implements Value {

    /** The three decorators. */
    public enum Kind {
        /** {@code @staticmethod}: the function, bound to nothing. */
        STATIC,
        /** {@code @classmethod}: the function, bound to the class. */
        CLASS,
        /** {@code @property}: the getter is called on attribute access. */
        PROPERTY
    }

    @Override
    public String typeName() {
        return switch (kind) {
            case STATIC -> "staticmethod";
            case CLASS -> "classmethod";
            case PROPERTY -> "property";
        };
    }
}
