package bpdiff.program.syntax;

/** The kinds of token of the Python subset. */
public enum TokenKind {
    /** A name or a keyword, e.g. {@code out_h1}, {@code def}. */
    NAME,
    /** A number, e.g. {@code 1}, {@code 0.5}, {@code 1e-3}. */
    NUMBER,
    /** A string literal; an f-string keeps its raw text for the parser to split. */
    STRING,
    /** An operator or delimiter, e.g. {@code **}, {@code (}, {@code -=}. */
    OP,
    /** The end of a logical line. */
    NEWLINE,
    /** The start of a more deeply indented block. */
    INDENT,
    /** The end of an indented block. */
    DEDENT,
    /** The end of the file. */
    END
}
