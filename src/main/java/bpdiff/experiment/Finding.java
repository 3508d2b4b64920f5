package bpdiff.experiment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An expected finding of an experiment, stated in code and checked against the measured numbers.
 *
 * <p>{@code bpdiff run} exits 0 only when every finding of every experiment holds; a finding that does not
 * hold is named on the console and makes the exit status 1. That is the regression check for CI.
 *
 * @param id short and stable, unique within its experiment, e.g. {@code loss-after-10-float32}
 * @param statement what is expected, as one sentence
 * @param holds whether the measured numbers bear it out
 * @param measured the numbers it was judged on, in a fixed order (deterministic: no timings here)
 */
public record Finding(String id, String statement, boolean holds, Map<String, Double> measured) {

    /** Keeps the numbers in the order given and makes them unmodifiable. */
    public Finding {
        measured = Collections.unmodifiableMap(new LinkedHashMap<>(measured));
    }

    /**
     * A finding judged on a typed record of numbers: each component is one measured number, named as the component
     * (or as its {@link MeasuredAs}), in declaration order.
     *
     * @param id the finding's id
     * @param statement what is expected
     * @param holds whether it holds
     * @param numbers a record whose components are all numbers ({@code double}, {@code int}, {@code long})
     * @throws IllegalArgumentException if a component is not a number
     */
    public static Finding of(String id, String statement, boolean holds, Record numbers) {
        return new Finding(id, statement, holds, numbers(numbers));
    }

    /**
     * The numbers of a record, by name, in declaration order.
     *
     * @param numbers a record of numbers
     * @return name to value
     */
    static Map<String, Double> numbers(Record numbers) {
        Map<String, Double> measured = new LinkedHashMap<>();
        for (RecordComponent component : numbers.getClass().getRecordComponents()) {
            MeasuredAs name = component.getAnnotation(MeasuredAs.class);
            Object value;
            try {
                java.lang.reflect.Method accessor = component.getAccessor();
                // a record declared inside another class (a test's) need not be public
                accessor.trySetAccessible();
                value = accessor.invoke(numbers);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalArgumentException("cannot read " + component.getName() + " of " + numbers, e);
            }
            if (!(value instanceof Number number)) {
                throw new IllegalArgumentException(component.getName() + " of " + numbers + " is not a number");
            }
            measured.put(name == null ? component.getName() : name.value(), number.doubleValue());
        }
        return measured;
    }

    /** @return the same finding with {@code holds} reversed; how tests break an expectation on purpose */
    public Finding negated() {
        return new Finding(id, statement, !holds, measured);
    }
}
