package bpdiff.report.html;

/**
 * One number on the network picture, with what it is.
 *
 * @param caption e.g. {@code dL/dw autograd}
 * @param key the name the epoch control finds it by ({@code w1.gradientAutograd}), or {@code null} if it
 *     does not change
 * @param value the number as text ({@link Html#number})
 */
public record Figure(String caption, String key, String value) {}
