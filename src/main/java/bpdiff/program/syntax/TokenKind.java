package bpdiff.program.syntax;

/** The kinds of token of Python, as CPython's tokenizer hands them to its parser (comments and NL lines dropped). */
public enum TokenKind {
    /** A name or a keyword, e.g. {@code out_h1}, {@code def}. */
    NAME,
    /** A number, e.g. {@code 1}, {@code 0.5}, {@code 1e-3}, {@code 0x1F}, {@code 2j}. */
    NUMBER,
    /** A string literal; an f-string keeps its raw text for the parser to split. */
    STRING,
    /** A bytes literal ({@code b'…'}), which bpdiff parses but does not run. */
    BYTES,
    /** An operator or delimiter, e.g. {@code **}, {@code (}, {@code -=}, {@code ...}. */
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
