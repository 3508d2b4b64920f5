/**
 * Python as CPython 3.11 reads it: a tokenizer with CPython's lines, blank lines, indentation and tab rules
 * ({@link bpdiff.program.syntax.Lexer}), a recursive-descent parser of the full 3.11 grammar, one method per rule
 * ({@link bpdiff.program.syntax.Parser} and the parsers it uses), into {@link bpdiff.program.syntax.Stmt} and
 * {@link bpdiff.program.syntax.Expr} trees that know where they were written, and a check before anything runs
 * ({@code StaticCheck}): what bpdiff parses but does not run ("not supported: …"), names defined nowhere, and the
 * modules, members and built-ins outside {@link bpdiff.program.Subset}. Every problem of a file is reported at
 * once. {@code LayoutConformanceTest} holds all of it to CPython itself on its standard library and numpy.
 */
package bpdiff.program.syntax;
