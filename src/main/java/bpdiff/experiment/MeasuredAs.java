package bpdiff.experiment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a measured number is written under in {@code results.json} when it cannot be spelled so in Java
 * ({@code finalLossStep0.1}); without it a number is named after its record component.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MeasuredAs {

    /** @return the name in {@code results.json} */
    String value();
}
