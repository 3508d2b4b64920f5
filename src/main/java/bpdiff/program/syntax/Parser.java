package bpdiff.program.syntax;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Parses a Python 3.11 program into statements, by recursive descent with one method per rule of the grammar
 * (docs.python.org/3.11/reference/grammar.html): statements here and in {@link CompoundParser},
 * {@link SimpleStatementParser}, {@link MatchParser}; expressions in {@link ExpressionParser}.
 * <pre>
 * file: [statements] ENDMARKER              statements: statement+
 * statement: compound_stmt | simple_stmts   block: NEWLINE INDENT statements DEDENT | simple_stmts
 * </pre>
 *
 * <p>A statement with a syntax error is recorded and skipped (to the end of its line, and its indented block if
 * it opens one), and parsing goes on: every syntax error of the file is reported at once. {@link StaticCheck}
 * then finds every undefined name and everything bpdiff does not run.
 */
public final class Parser {

    private final TokenCursor in;
    private final SimpleStatementParser simple;
    private final CompoundParser compound;
    private final MatchParser matches;
    private final List<Problem> problems;
    private final String source;
    /** Names bound by what is parsed and not kept: statements with a syntax error, unsupported constructs. */
    private final Set<String> salvaged = new HashSet<>();

    private Parser(List<Token> tokens, String source, List<Problem> problems, LineMap lines) {
        this.in = new TokenCursor(tokens);
        this.problems = problems;
        this.source = source;
        ExpressionParser expressions = new ExpressionParser(in, new FStringParser(source, problems, lines));
        this.simple = new SimpleStatementParser(in, expressions);
        this.compound = new CompoundParser(this, in, expressions);
        this.matches = new MatchParser(this, in, expressions);
    }

    /**
     * Parses and checks a program: syntax, names and what bpdiff runs.
     *
     * @param text the program's text
     * @param source the file name used in messages
     * @return the program
     * @throws BadProgramException with every problem found, in file order
     */
    public static Program parse(String text, String source) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> salvaged = new HashSet<>();
        Program program = tree(text, source, problems, salvaged);
        StaticCheck.check(program, problems, salvaged);
        dropEchoes(problems, text);
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Problem.IN_FILE_ORDER);
            throw new BadProgramException(sorted.stream().distinct().toList());
        }
        return program;
    }

    /**
     * Reads one line of a formula list ({@code d_w5 = (out_o1 - y1) * out_o1 * (1 - out_o1) * out_h1}), the
     * formula-list mode: {@code ^} is a power like {@code **}, {@code np.exp} is {@code exp}, and only numbers,
     * names, {@code + - * / ** ^}, signs, parentheses and calls of a {@link MathFunction} are read
     * ({@link FormulaParser} has the grammar, {@link FormulaScanner} the tokens).
     *
     * @param line the line, its comment removed
     * @param at the line in its file, with its text as the file has it
     * @return one formula per assigned name ({@code a, b = e1, e2} has two)
     * @throws bpdiff.BadInputException at the column of the first syntax error, in the formula list's words
     */
    public static List<Formula> formula(String line, bpdiff.Position at) {
        return FormulaParser.parse(line, at);
    }

    /**
     * The syntax errors of a text on its own, without the static check: a notebook's cell is compiled by itself
     * before the cells run as one program, so a bracket left open in one cell is that cell's error.
     *
     * @param text the text, without a byte-order mark
     * @param source the file name used in messages
     * @return every syntax error (and construct refused while parsing), in text order; empty if it parses
     */
    public static List<Problem> syntaxErrors(String text, String source) {
        List<Problem> problems = new ArrayList<>();
        tree(text, source, problems, new HashSet<>());
        dropEchoes(problems, text);
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Problem.IN_FILE_ORDER);
        return sorted.stream().distinct().toList();
    }

    /**
     * The tree of a text whose syntax is right ({@link #syntaxErrors} is empty), without the static check: for an
     * expression whose names are looked up where it is computed ({@code --loss-expr}).
     *
     * @param text the text
     * @param source the file name used in messages
     * @return its statements
     */
    public static Program syntaxTree(String text, String source) {
        return tree(text, source, new ArrayList<>(), new HashSet<>());
    }

    /**
     * Lexes and parses a program, without the static check.
     *
     * @param text the program's text, without a byte-order mark
     * @param source the file name used in messages
     * @param problems where the syntax errors are added
     * @param salvaged where the names bound by code parsed and not kept are added
     * @return the program, without the statements that have syntax errors
     */
    static Program tree(String text, String source, List<Problem> problems, Set<String> salvaged) {
        Parser parser = new Parser(Lexer.tokenize(text, source, problems), source, problems, new LineMap(text));
        Program program = new Program(source, text, parser.file());
        salvaged.addAll(parser.salvaged);
        return program;
    }

    /**
     * A bracket that is never closed makes its statement end too early, and a line indented inconsistently with tabs
     * and spaces still opens or closes blocks; the parser's complaint about that end or that indentation says the
     * same thing again, so it is dropped (CPython's tokenizer stops at either, and names only it). A bracket left
     * open to the end of the file makes the parser complain at the end of the file too ({@code x = (} as the last
     * line): that echo is dropped as well.
     */
    private static void dropEchoes(List<Problem> problems, String text) {
        Set<Integer> unclosed = new HashSet<>();
        for (Problem p : problems) {
            if (p.kind() == Problem.Kind.SYNTAX && (p.message().endsWith("is never closed")
                    || p.message().equals(IndentStack.TAB_ERROR))) {
                unclosed.add(p.line());
            }
        }
        int lastLine = 1 + (int) text.chars().filter(c -> c == '\n').count();
        boolean bracketOpenAtEnd = problems.stream().anyMatch(p -> p.message().endsWith("is never closed"));
        problems.removeIf(p -> p.kind() == Problem.Kind.SYNTAX && (unclosed.contains(p.line())
                || bracketOpenAtEnd && p.line() >= lastLine && p.message().contains("found the end of the"))
                && !p.message().endsWith("is never closed") && !p.message().equals(IndentStack.TAB_ERROR)
                && !p.message().startsWith(UNCLOSED_STRING));
        // CPython's tokenizer stops at a string left open ("unterminated string literal"), before it could know that
        // a bracket opened earlier is never closed, and its error outranks the parser's complaints on that line
        // (print('it's') is the string's error, not the '(''s)
        problems.stream().filter(p -> p.kind() == Problem.Kind.SYNTAX && p.message().startsWith(UNCLOSED_STRING))
                .min(Problem.IN_FILE_ORDER).ifPresent(string -> problems.removeIf(p -> p != string
                        && p.kind() == Problem.Kind.SYNTAX && Problem.IN_FILE_ORDER.compare(p, string) < 0
                        && (p.message().endsWith("is never closed") || p.line() == string.line())));
    }

    /** How the lexer's error for a string left open begins. */
    static final String UNCLOSED_STRING = "syntax error: the string is not closed";

    /** {@code file: [statements] ENDMARKER}. */
    private List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (in.peek().kind() != TokenKind.END) {
            if (in.peek().kind() == TokenKind.NEWLINE || in.peek().kind() == TokenKind.DEDENT) {
                in.next();
            } else if (in.peek().kind() == TokenKind.INDENT) {
                unexpectedIndent();
            } else {
                statement(body);
            }
        }
        return body;
    }

    /** A block indented for no reason: reported, then read as if it were not indented. */
    private void unexpectedIndent() {
        Token indent = in.next();
        problems.add(new Problem(Problem.Kind.SYNTAX, "syntax error: unexpected indentation (only the lines of a "
                + "block after a line ending with ':', such as 'def …:', 'if …:' or 'for …:', are indented)",
                source, indent.line(), indent.column()));
    }

    /** {@code statement: compound_stmt | simple_stmts}, into {@code body}; on an error records it and skips it. */
    private void statement(List<Stmt> body) {
        int start = in.position();
        try {
            Token t = in.peek();
            if (CompoundParser.startsHere(t)) {
                body.add(compound.statement());
                return;
            }
            if (t.isKeyword("match") && matches.startsHere()) {
                body.add(matches.statement());
                return;
            }
            if (t.isKeyword("elif") || t.isKeyword("else") || t.isKeyword("except") || t.isKeyword("finally")) {
                throw new ParseError("syntax error: '" + t.text() + "' without a matching '"
                        + (t.text().startsWith("e") && !t.text().equals("except") ? "if" : "try")
                        + "' above it at the same indentation", t, false);
            }
            simple.statements(body);
        } catch (ParseError e) {
            problems.add(new Problem(e.unsupported() ? Problem.Kind.UNSUPPORTED : Problem.Kind.SYNTAX, e.getMessage(),
                    source, e.at().line(), e.at().column()));
            skipStatement();
            salvage(in.tokensFrom(start));
        }
    }

    /**
     * {@code block: NEWLINE INDENT statements DEDENT | simple_stmts}, after the header's colon.
     *
     * @param header the header's keyword, for messages
     * @return the block's statements
     */
    List<Stmt> block(String header) {
        in.expect(":", "at the end of the '" + header + "' line");
        List<Stmt> body = new ArrayList<>();
        if (in.peek().kind() != TokenKind.NEWLINE) {
            simple.statements(body);
            return body;
        }
        in.next();
        if (in.peek().kind() != TokenKind.INDENT) {
            throw new ParseError("syntax error: expected an indented block after the '" + header + "' line, found "
                    + in.peek().describe(), in.peek(), false);
        }
        in.next();
        while (in.peek().kind() != TokenKind.DEDENT && in.peek().kind() != TokenKind.END) {
            if (in.peek().kind() == TokenKind.INDENT) {
                unexpectedIndent();
            } else if (in.peek().kind() == TokenKind.NEWLINE) {
                in.next();
            } else {
                statement(body);
            }
        }
        in.next();
        return body;
    }

    /**
     * Tries an alternative of the grammar: on a syntax error goes back to where it started, forgets the problems
     * it found, and returns {@code null}.
     *
     * @param <T> what the alternative returns
     * @param alternative the parse to try
     * @return its result, or {@code null} if it did not match
     */
    <T> T attempt(Supplier<T> alternative) {
        int position = in.position();
        int found = problems.size();
        try {
            return alternative.get();
        } catch (ParseError e) {
            in.reset(position);
            problems.subList(found, problems.size()).clear();
            return null;
        }
    }

    /**
     * Keeps names that parsed code binds although its statement is not kept.
     *
     * @param names the names
     */
    void salvage(Collection<String> names) {
        salvaged.addAll(names);
    }

    /** The names a broken statement meant to bind: {@code a, b = …}, {@code a += …}, {@code def f(…}, {@code for i in}. */
    private void salvage(List<Token> tokens) {
        if (tokens.size() > 1 && (tokens.get(0).isKeyword("def") || tokens.get(0).isKeyword("for")
                || tokens.get(0).isKeyword("class"))) {
            salvaged.add(tokens.get(1).text());
            return;
        }
        List<String> names = new ArrayList<>();
        for (Token t : tokens) {
            if (Keywords.isName(t)) {
                names.add(t.text());
            } else if (t.is("=") || t.kind() == TokenKind.OP && (SimpleStatementParser.AUGMENTED.contains(t.text())
                    || SimpleStatementParser.BITWISE_AUGMENTED.contains(t.text()))) {
                salvaged.addAll(names);
                return;
            } else if (!t.is(",")) {
                return;
            }
        }
    }

    /** Skips to the end of the logical line and over the block it opens, if any. */
    private void skipStatement() {
        while (in.peek().kind() != TokenKind.NEWLINE && in.peek().kind() != TokenKind.END) {
            in.next();
        }
        in.next();
        if (in.peek().kind() == TokenKind.INDENT) {
            int depth = 0;
            do {
                Token t = in.next();
                if (t.kind() == TokenKind.INDENT) {
                    depth++;
                } else if (t.kind() == TokenKind.DEDENT) {
                    depth--;
                }
            } while (depth > 0 && in.peek().kind() != TokenKind.END);
        }
    }
}
