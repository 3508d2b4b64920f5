/**
 * Running a student's homework program: its Python subset ({@link bpdiff.program.Subset}), the problems that
 * stop it ({@link bpdiff.program.Problem}, {@link bpdiff.program.BadProgramException}) and its limits
 * ({@link bpdiff.program.ProgramLimits}). Sub-packages: {@code syntax} (lexer, parser, static checks),
 * {@code array} (numpy's arithmetic in double), {@code run} (the interpreter) and {@code tape} (the recorded
 * forward pass, replayed with DJL autograd and finite differences).
 */
package bpdiff.program;
