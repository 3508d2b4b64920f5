package bpdiff.check.program;

/**
 * Something the program seems to claim or need that bpdiff could not check. Each makes the check fail: a
 * student is never told "correct" about a gradient that was not compared.
 *
 * @param message what was not checked and why
 * @param line where, 1-based, or 0 for the whole program
 * @param column where, 1-based, or 0
 */
public record NotChecked(String message, int line, int column) {}
