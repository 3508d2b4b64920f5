package bpdiff.check;

import bpdiff.program.syntax.Expr;

/**
 * One {@code name = expression} of a derivation.
 *
 * <p>A tuple line {@code a, b = e1, e2} gives two assignments with the same line number.
 *
 * @param name the assigned name
 * @param expression the parsed right-hand side
 * @param expressionText the right-hand side as the student wrote it
 * @param line the 1-based line number in the file
 * @param column the 1-based column of the assigned name
 */
public record Assignment(String name, Expr expression, String expressionText, int line, int column) {

    /** @return {@code name = expression} as written */
    public String formula() {
        return name + " = " + expressionText;
    }
}
