package bpdiff.check;

import bpdiff.BadInputException;
import bpdiff.Position;
import bpdiff.program.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of one assignment line, with Python's precedence.
 *
 * <pre>
 * statement := NAME (',' NAME)* '=' expression (',' expression)*
 * expression := term (('+' | '-') term)*
 * term       := unary (('*' | '/') unary)*
 * unary      := ('-' | '+') unary | power
 * power      := primary (('**' | '^') unary)?        right-associative: 2**3**2 = 2**9
 * primary    := NUMBER | NAME | NAME '(' expression (',' expression)* ')' | '(' expression ')'
 * </pre>
 *
 * <p>So {@code -x**2} is \( -(x^2) \) and {@code 2**-1} is ½, as in Python.
 */
final class ExpressionParser {

    private final List<Token> tokens;
    private final String line;
    private final Position at;
    private int position;
    /** How deep {@link #unary()} has recursed: parentheses, signs and powers inside one another. */
    private int depth;

    private ExpressionParser(List<Token> tokens, String line, Position at) {
        this.tokens = tokens;
        this.line = line;
        this.at = at;
    }

    /**
     * Parses one assignment line.
     *
     * @param line the line, comment removed
     * @param at the line in its file, with its text as the file has it
     * @return one assignment per assigned name
     * @throws BadInputException for a syntax error, at its column
     */
    static List<Assignment> parseStatement(String line, Position at) {
        ExpressionParser parser = new ExpressionParser(Lexer.tokenize(line, at), line, at);
        return parser.statement(at.line());
    }

    private List<Assignment> statement(int lineNumber) {
        List<Token> names = new ArrayList<>();
        names.add(expect(TokenKind.NAME, "a name to assign ('name = expression')"));
        while (peek().kind() == TokenKind.COMMA) {
            position++;
            names.add(expect(TokenKind.NAME, "a name after ','"));
        }
        expect(TokenKind.ASSIGN, "'=' ('name = expression')");
        List<Expr> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        do {
            if (!values.isEmpty()) {
                position++;
            }
            int start = peek().column();
            values.add(expression());
            texts.add(line.substring(start - 1, tokens.get(position - 1).end() - 1));
        } while (peek().kind() == TokenKind.COMMA);
        if (peek().kind() != TokenKind.END) {
            throw error("unexpected " + peek().describe() + " after the expression", peek());
        }
        if (values.size() != names.size()) {
            throw error(names.size() + " names but " + values.size() + " values", names.get(0));
        }
        List<Assignment> assignments = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            Token name = names.get(k);
            assignments.add(new Assignment(name.text(), values.get(k), texts.get(k), lineNumber, name.column()));
        }
        return assignments;
    }

    private Expr expression() {
        Expr left = term();
        while (peek().kind() == TokenKind.PLUS || peek().kind() == TokenKind.MINUS) {
            Operator operator = next().kind() == TokenKind.PLUS ? Operator.ADD : Operator.SUBTRACT;
            left = new Expr.Binary(operator, left, term());
        }
        return left;
    }

    private Expr term() {
        Expr left = unary();
        while (peek().kind() == TokenKind.STAR || peek().kind() == TokenKind.SLASH) {
            Operator operator = next().kind() == TokenKind.STAR ? Operator.MULTIPLY : Operator.DIVIDE;
            left = new Expr.Binary(operator, left, unary());
        }
        return left;
    }

    private Expr unary() {
        if (++depth > DerivationLimits.MAX_NESTING) {
            throw error("the expression is nested too deeply (more than " + DerivationLimits.MAX_NESTING
                    + " levels of parentheses, signs or powers)", peek());
        }
        try {
            return signedPower();
        } finally {
            depth--;
        }
    }

    private Expr signedPower() {
        if (peek().kind() == TokenKind.MINUS) {
            Token minus = next();
            return new Expr.Negate(unary(), minus.column());
        }
        if (peek().kind() == TokenKind.PLUS) {
            next();
            return unary();
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (peek().kind() == TokenKind.POWER) {
            next();
            return new Expr.Binary(Operator.POWER, base, unary());
        }
        return base;
    }

    private Expr primary() {
        Token token = next();
        switch (token.kind()) {
            case NUMBER -> {
                return new Expr.Number(Double.parseDouble(token.text()), token.text(), token.column());
            }
            case NAME -> {
                if (peek().kind() == TokenKind.LEFT_PAREN) {
                    return call(token);
                }
                return new Expr.Name(token.text(), token.column());
            }
            case LEFT_PAREN -> {
                Expr inner = expression();
                if (peek().kind() != TokenKind.RIGHT_PAREN) {
                    throw error("expected ')' to close the '(' at column " + token.column()
                            + ", found " + peek().describe(), peek());
                }
                next();
                return inner;
            }
            default -> throw error("expected a number, a name or '(', found " + token.describe(), token);
        }
    }

    private Expr call(Token name) {
        MathFunction function = MathFunction.byId(name.text());
        if (function == null) {
            throw new BadInputException("unknown function '" + name.text() + "'"
                    + Suggestions.didYouMean(name.text(), MathFunction.ids()), at.atColumn(name.column()));
        }
        next();
        List<Expr> arguments = new ArrayList<>();
        if (peek().kind() != TokenKind.RIGHT_PAREN) {
            arguments.add(expression());
            while (peek().kind() == TokenKind.COMMA) {
                next();
                arguments.add(expression());
            }
        }
        if (peek().kind() != TokenKind.RIGHT_PAREN) {
            throw error("expected ',' or ')' in the call of " + function.id() + ", found " + peek().describe(),
                    peek());
        }
        next();
        if (arguments.size() < function.minArguments() || arguments.size() > function.maxArguments()) {
            String wanted = function.maxArguments() == function.minArguments()
                    ? Integer.toString(function.minArguments()) : "at least " + function.minArguments();
            throw error(function.id() + " takes " + wanted + " argument" + (wanted.equals("1") ? "" : "s")
                    + ", got " + arguments.size(), name);
        }
        return new Expr.Call(function, arguments, name.column());
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        Token token = tokens.get(position);
        if (token.kind() != TokenKind.END) {
            position++;
        }
        return token;
    }

    private Token expect(TokenKind kind, String what) {
        Token token = peek();
        if (token.kind() != kind) {
            throw error("expected " + what + ", found " + token.describe(), token);
        }
        return next();
    }

    private BadInputException error(String problem, Token token) {
        return new BadInputException("syntax error: " + problem, at.atColumn(token.column()));
    }
}
