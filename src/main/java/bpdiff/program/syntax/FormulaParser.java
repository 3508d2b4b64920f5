package bpdiff.program.syntax;

import bpdiff.BadInputException;
import bpdiff.Position;
import bpdiff.program.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * The grammar of a formula list's line, with Python's precedence, into the program's {@link Expr} tree.
 *
 * <pre>
 * statement  := NAME (',' NAME)* '=' expression (',' expression)*
 * expression := term (('+' | '-') term)*
 * term       := unary (('*' | '/') unary)*
 * unary      := ('-' | '+') unary | power
 * power      := primary (('**' | '^') unary)?        right-associative: 2**3**2 = 2**9
 * primary    := NUMBER | NAME | NAME '(' expression (',' expression)* ')' | '(' expression ')'
 * </pre>
 *
 * <p>So {@code -x**2} is \( -(x^2) \), {@code 2**-1} is ½ and {@code 2 ^ 3 + 1} is 9. A unary plus leaves no node;
 * a call's function is a {@link MathFunction}, checked (name and number of arguments) as soon as it is read. The
 * first error stops the line: it is the formula list's own words, at its column.
 */
final class FormulaParser {

    /** Parentheses, unary signs and powers nested inside one another. */
    static final int MAX_NESTING = 100;

    private final List<Token> tokens;
    private final String line;
    private final Position at;
    private int position;
    /** How deep {@link #unary()} has recursed: parentheses, signs and powers inside one another. */
    private int depth;

    private FormulaParser(List<Token> tokens, String line, Position at) {
        this.tokens = tokens;
        this.line = line;
        this.at = at;
    }

    /**
     * Parses one line.
     *
     * @param line the line, comment removed
     * @param at the line in its file, with its text as the file has it
     * @return one formula per assigned name
     * @throws BadInputException for a syntax error, at its column
     */
    static List<Formula> parse(String line, Position at) {
        return new FormulaParser(FormulaScanner.tokenize(line, at), line, at).statement();
    }

    private List<Formula> statement() {
        List<Token> names = new ArrayList<>();
        names.add(expectName("a name to assign ('name = expression')"));
        while (peek().is(",")) {
            position++;
            names.add(expectName("a name after ','"));
        }
        if (!peek().is("=")) {
            throw error("expected '=' ('name = expression'), found " + peek().describe(), peek());
        }
        next();
        List<Expr> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        do {
            if (!values.isEmpty()) {
                position++;
            }
            int start = peek().start();
            values.add(expression());
            texts.add(line.substring(start, tokens.get(position - 1).end()));
        } while (peek().is(","));
        if (peek().kind() != TokenKind.NEWLINE) {
            throw error("unexpected " + peek().describe() + " after the expression", peek());
        }
        if (values.size() != names.size()) {
            throw error(names.size() + " names but " + values.size() + " values", names.get(0));
        }
        List<Formula> formulas = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            Token name = names.get(k);
            formulas.add(new Formula(name.text(), name.column(), values.get(k), texts.get(k)));
        }
        return formulas;
    }

    private Expr expression() {
        Expr left = term();
        while (peek().is("+") || peek().is("-")) {
            BinaryOperator operator = next().is("+") ? BinaryOperator.ADD : BinaryOperator.SUBTRACT;
            left = binary(operator, left, term());
        }
        return left;
    }

    private Expr term() {
        Expr left = unary();
        while (peek().is("*") || peek().is("/")) {
            BinaryOperator operator = next().is("*") ? BinaryOperator.MULTIPLY : BinaryOperator.DIVIDE;
            left = binary(operator, left, unary());
        }
        return left;
    }

    private Expr unary() {
        if (++depth > MAX_NESTING) {
            throw error("the expression is nested too deeply (more than " + MAX_NESTING
                    + " levels of parentheses, signs or powers)", peek());
        }
        try {
            return signedPower();
        } finally {
            depth--;
        }
    }

    private Expr signedPower() {
        if (peek().is("-")) {
            Token minus = next();
            Expr operand = unary();
            return new Expr.Unary("-", operand, span(minus).to(operand.span()));
        }
        if (peek().is("+")) {
            next();
            return unary();
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (peek().is("**") || peek().is("^")) {
            next();
            return binary(BinaryOperator.POWER, base, unary());
        }
        return base;
    }

    private Expr primary() {
        Token token = next();
        if (token.kind() == TokenKind.NUMBER) {
            String text = token.text();
            boolean integer = text.chars().allMatch(Character::isDigit);
            return new Expr.Num(Double.parseDouble(text), integer, span(token), text);
        }
        if (token.kind() == TokenKind.NAME) {
            return peek().is("(") ? call(token) : new Expr.Name(token.text(), span(token));
        }
        if (token.is("(")) {
            Expr inner = expression();
            if (!peek().is(")")) {
                throw error("expected ')' to close the '(' at column " + token.column()
                        + ", found " + peek().describe(), peek());
            }
            next();
            return inner;
        }
        throw error("expected a number, a name or '(', found " + token.describe(), token);
    }

    private Expr call(Token name) {
        MathFunction function = MathFunction.byId(name.text());
        if (function == null) {
            throw new BadInputException("unknown function '" + name.text() + "'"
                    + Suggestions.didYouMean(name.text(), MathFunction.ids()), at.atColumn(name.column()));
        }
        next();
        List<Expr> arguments = new ArrayList<>();
        if (!peek().is(")")) {
            arguments.add(expression());
            while (peek().is(",")) {
                next();
                arguments.add(expression());
            }
        }
        if (!peek().is(")")) {
            throw error("expected ',' or ')' in the call of " + function.id() + ", found " + peek().describe(),
                    peek());
        }
        Token close = next();
        if (arguments.size() < function.minArguments() || arguments.size() > function.maxArguments()) {
            String wanted = function.maxArguments() == function.minArguments()
                    ? Integer.toString(function.minArguments()) : "at least " + function.minArguments();
            throw error(function.id() + " takes " + wanted + " argument" + (wanted.equals("1") ? "" : "s")
                    + ", got " + arguments.size(), name);
        }
        return new Expr.Call(new Expr.Name(function.id(), span(name)), arguments, List.of(),
                span(name).to(span(close)));
    }

    private static Expr binary(BinaryOperator operator, Expr left, Expr right) {
        return new Expr.Binary(operator, left, right, left.span().to(right.span()));
    }

    private Span span(Token token) {
        return Span.of(token, token);
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        Token token = tokens.get(position);
        if (token.kind() != TokenKind.NEWLINE) {
            position++;
        }
        return token;
    }

    private Token expectName(String what) {
        Token token = peek();
        if (token.kind() != TokenKind.NAME) {
            throw error("expected " + what + ", found " + token.describe(), token);
        }
        return next();
    }

    private BadInputException error(String problem, Token token) {
        return new BadInputException("syntax error: " + problem, at.atColumn(token.column()));
    }
}
