/**
 * The Python subset that {@code bpdiff check} reads: a tokenizer with Python's line and indentation rules
 * ({@link bpdiff.program.syntax.Lexer}), a recursive-descent parser with Python's precedence
 * ({@link bpdiff.program.syntax.Parser}, {@code ExpressionParser}) into {@link bpdiff.program.syntax.Stmt} and
 * {@link bpdiff.program.syntax.Expr} trees that know where they were written, and a check of names and of
 * the subset before anything runs ({@code StaticCheck}). Every error of the file is reported at once.
 */
package bpdiff.program.syntax;
