package bpdiff.check.program;

/**
 * A variable named like a derivative ({@code delta_h}, {@code grad_out}, {@code d_err}) whose readings name no
 * variable its line can see: a partial product of the student's chain rule. It is not a claim of its own; the
 * gradients it feeds are checked.
 *
 * @param name the variable
 * @param line 1-based line of its first assignment
 * @param column 1-based column
 */
public record Helper(String name, int line, int column) {}
