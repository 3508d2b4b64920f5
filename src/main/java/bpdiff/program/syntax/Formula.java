package bpdiff.program.syntax;

/**
 * One {@code name = expression} of a formula list's line, read by {@link Parser#formula}.
 *
 * @param name the assigned name
 * @param column the 1-based column of the name
 * @param expression the right-hand side: numbers, names, {@code + - * / **}, signs and calls of a
 *     {@link MathFunction} (an {@link Expr.Call} of an {@link Expr.Name})
 * @param expressionText the right-hand side as written
 */
public record Formula(String name, int column, Expr expression, String expressionText) {}
