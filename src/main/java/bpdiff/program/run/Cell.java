package bpdiff.program.run;

/** A variable shared between a class body and the methods defined in it: {@code __class__}, for {@code super()}. */
final class Cell {

    private Value value;

    /** @return the value, or {@code null} while unset */
    Value get() {
        return value;
    }

    /**
     * @param newValue the value
     */
    void set(Value newValue) {
        value = newValue;
    }
}
