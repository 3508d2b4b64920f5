package bpdiff.program.syntax;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Parses a Python program of the subset bpdiff runs into statements.
 *
 * <p>A statement with a syntax error is recorded and skipped (to the end of its line, and its indented
 * block if it opens one), and parsing goes on: every syntax error of the file is reported at once.
 * {@link StaticCheck} then finds every undefined name and everything outside the subset.
 *
 * <pre>
 * file      := (NEWLINE | statement)* END
 * statement := if | while | for | def | simple (';' simple)* NEWLINE
 * block     := ':' (simple-statements | NEWLINE INDENT statement+ DEDENT)
 * simple    := pass | break | continue | return [tests] | global NAME, … | assert test [, test]
 *            | import … | from … import … | tests (('=' tests)* | op= tests)
 * </pre>
 */
public final class Parser {


    private final TokenCursor in;
    private final ExpressionParser expressions;
    private final SimpleStatementParser simple;
    private final List<Problem> problems;
    private final String source;
    /** Names that a statement with a syntax error would have bound, so that their uses are no second error. */
    private final java.util.Set<String> salvaged = new java.util.HashSet<>();

    private Parser(List<Token> tokens, String source, List<Problem> problems) {
        this.in = new TokenCursor(tokens);
        this.problems = problems;
        this.source = source;
        this.expressions = new ExpressionParser(in, new FStringParser(source, problems));
        this.simple = new SimpleStatementParser(in, expressions);
    }

    /**
     * Parses and checks a program: syntax, names and the subset.
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
        Parser parser = new Parser(Lexer.tokenize(text, source, problems), source, problems);
        Program program = new Program(source, text, parser.file());
        StaticCheck.check(program, problems, parser.salvaged);
        dropEchoes(problems);
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new BadProgramException(sorted.stream().distinct().toList());
        }
        return program;
    }

    /**
     * A bracket that is never closed makes its statement end too early; the parser's complaint about that end
     * says the same thing again, so it is dropped.
     */
    private static void dropEchoes(List<Problem> problems) {
        java.util.Set<Integer> unclosed = new java.util.HashSet<>();
        for (Problem p : problems) {
            if (p.kind() == Problem.Kind.SYNTAX && p.message().endsWith("is never closed")) {
                unclosed.add(p.line());
            }
        }
        problems.removeIf(p -> p.kind() == Problem.Kind.SYNTAX && unclosed.contains(p.line())
                && !p.message().endsWith("is never closed"));
    }

    private List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (in.peek().kind() != TokenKind.END) {
            if (in.peek().kind() == TokenKind.NEWLINE) {
                in.next();
            } else if (in.peek().kind() == TokenKind.INDENT) {
                unexpectedIndent();
            } else if (in.peek().kind() == TokenKind.DEDENT) {
                in.next();
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
                + "block after 'def …:', 'if …:', 'for …:' or 'while …:' are indented)", source, indent.line(),
                indent.column()));
    }

    /** Parses one statement into {@code body}; on an error records it and skips the statement. */
    private void statement(List<Stmt> body) {
        int start = in.position();
        try {
            Token t = in.peek();
            if (t.kind() == TokenKind.NAME) {
                switch (t.text()) {
                    case "if" -> {
                        body.add(ifStatement());
                        return;
                    }
                    case "while" -> {
                        body.add(whileStatement());
                        return;
                    }
                    case "for" -> {
                        body.add(forStatement());
                        return;
                    }
                    case "def" -> {
                        body.add(functionDef());
                        return;
                    }
                    case "class" -> throw unsupported("classes are not supported: write the network with functions "
                            + "and module-level variables", t);
                    case "try" -> throw unsupported("try/except is not supported: remove it (bpdiff reports where the "
                            + "program fails)", t);
                    case "with" -> throw unsupported("'with' is not supported: remove it", t);
                    case "async" -> throw unsupported("async code is not supported", t);
                    case "elif", "else", "except", "finally" -> throw new ParseError("syntax error: '" + t.text()
                            + "' without a matching 'if' above it at the same indentation", t, false);
                    default -> {
                        // a simple statement
                    }
                }
            }
            if (t.is("@")) {
                throw unsupported("decorators are not supported", t);
            }
            simple.statements(body);
        } catch (ParseError e) {
            problems.add(new Problem(e.unsupported() ? Problem.Kind.UNSUPPORTED : Problem.Kind.SYNTAX, e.getMessage(),
                    source, e.at().line(), e.at().column()));
            skipStatement();
            salvage(in.tokensFrom(start));
        }
    }

    /** The names a broken statement meant to bind: {@code a, b = …}, {@code a += …}, {@code def f(…}, {@code for i in}. */
    private void salvage(List<Token> tokens) {
        if (tokens.size() > 1 && (tokens.get(0).isKeyword("def") || tokens.get(0).isKeyword("for"))) {
            salvaged.add(tokens.get(1).text());
            return;
        }
        List<String> names = new ArrayList<>();
        for (Token t : tokens) {
            if (Keywords.isName(t)) {
                names.add(t.text());
            } else if (t.is("=") || t.kind() == TokenKind.OP && SimpleStatementParser.AUGMENTED.contains(t.text())) {
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

    private Stmt ifStatement() {
        Token header = in.next();
        Expr test = expressions.test();
        List<Stmt> body = block("if");
        List<Stmt> orElse = List.of();
        Token next = in.peek();
        if (next.isKeyword("elif")) {
            orElse = List.of(ifStatement());
        } else if (next.isKeyword("else")) {
            in.next();
            orElse = block("else");
        }
        return new Stmt.If(test, body, orElse, Span.of(header, header).to(test.span()));
    }

    private Stmt whileStatement() {
        Token header = in.next();
        Expr test = expressions.test();
        List<Stmt> body = block("while");
        noElse(header);
        return new Stmt.While(test, body, Span.of(header, header).to(test.span()));
    }

    private Stmt forStatement() {
        Token header = in.next();
        Expr target = expressions.targetList();
        SimpleStatementParser.checkTarget(target, header);
        if (!in.acceptKeyword("in")) {
            throw new ParseError("syntax error: expected 'in' after the loop variable, found " + in.peek().describe(),
                    in.peek(), false);
        }
        Expr iterable = expressions.testList();
        List<Stmt> body = block("for");
        noElse(header);
        return new Stmt.For(target, iterable, body, Span.of(header, header).to(iterable.span()));
    }

    private void noElse(Token header) {
        if (in.peek().isKeyword("else")) {
            throw unsupported("'else' after a '" + header.text() + "' loop is not supported", in.peek());
        }
    }

    private Stmt functionDef() {
        Token header = in.next();
        Token name = in.expect(TokenKind.NAME, "the function's name after 'def'");
        in.expect("(", "after the function's name");
        List<Stmt.Parameter> parameters = new ArrayList<>();
        while (!in.peek().is(")")) {
            Token p = in.peek();
            if (p.is("*") || p.is("**")) {
                throw unsupported("*args and **kwargs are not supported: name every parameter", p);
            }
            if (!Keywords.isName(p)) {
                throw new ParseError("syntax error: expected a parameter name, found " + p.describe(), p, false);
            }
            in.next();
            if (in.accept(":")) {
                expressions.test();
            }
            Expr defaultValue = in.accept("=") ? expressions.test() : null;
            parameters.add(new Stmt.Parameter(p.text(), defaultValue, Span.of(p, p)));
            if (!in.accept(",")) {
                break;
            }
        }
        in.expect(")", "to close the parameter list");
        if (in.accept("->")) {
            expressions.test();
        }
        List<Stmt> body = block("def");
        return new Stmt.FunctionDef(name.text(), parameters, body, Span.of(header, name));
    }

    /** {@code ':' (simple statements on the line | NEWLINE INDENT statements DEDENT)}. */
    private List<Stmt> block(String header) {
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

    private static ParseError unsupported(String message, Token at) {
        return new ParseError(message, at, true);
    }
}
