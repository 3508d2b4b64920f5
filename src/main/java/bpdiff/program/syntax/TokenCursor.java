package bpdiff.program.syntax;

import java.util.List;

/** A position in a token list, shared by the statement and expression parsers. */
final class TokenCursor {

    private final List<Token> tokens;
    private int position;

    /**
     * @param tokens the tokens, ending with {@link TokenKind#END}
     */
    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** @return the current token */
    Token peek() {
        return tokens.get(position);
    }

    /**
     * @param ahead how many tokens after the current one
     * @return that token, or the last one ({@code END})
     */
    Token peek(int ahead) {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    /** @return the current token, moving past it (never past {@code END}) */
    Token next() {
        Token token = tokens.get(position);
        if (token.kind() != TokenKind.END) {
            position++;
        }
        return token;
    }

    /** @return the current position, for {@link #tokensFrom} and {@link #reset} */
    int position() {
        return position;
    }

    /**
     * Goes back to an earlier position, after an alternative of the grammar did not match.
     *
     * @param earlier a position from {@link #position()}
     */
    void reset(int earlier) {
        position = earlier;
    }

    /**
     * @param from an earlier position
     * @return the tokens from there to the current one
     */
    List<Token> tokensFrom(int from) {
        return tokens.subList(from, Math.max(from, position));
    }

    /** @return the token before the current one */
    Token previous() {
        return tokens.get(Math.max(0, position - 1));
    }

    /**
     * Moves past an operator if it is the current token.
     *
     * @param op the operator
     * @return whether it was there
     */
    boolean accept(String op) {
        if (peek().is(op)) {
            next();
            return true;
        }
        return false;
    }

    /**
     * Moves past a keyword if it is the current token.
     *
     * @param keyword the keyword
     * @return whether it was there
     */
    boolean acceptKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            next();
            return true;
        }
        return false;
    }

    /**
     * Requires an operator.
     *
     * @param op the operator
     * @param context what it is needed for, for the message
     * @return the token
     * @throws ParseError if it is not there
     */
    Token expect(String op, String context) {
        if (!peek().is(op)) {
            throw new ParseError("syntax error: expected '" + op + "' " + context + ", found " + peek().describe(),
                    peek(), false);
        }
        return next();
    }

    /**
     * Requires a token kind.
     *
     * @param kind the kind
     * @param what what is expected, for the message
     * @return the token
     * @throws ParseError if it is not there
     */
    Token expect(TokenKind kind, String what) {
        if (peek().kind() != kind) {
            throw new ParseError("syntax error: expected " + what + ", found " + peek().describe(), peek(), false);
        }
        return next();
    }

    /**
     * Requires a name that is not a keyword.
     *
     * @param what what is expected, for the message
     * @return the token
     * @throws ParseError if it is not there
     */
    Token expectName(String what) {
        if (!Keywords.isName(peek())) {
            throw new ParseError("syntax error: expected " + what + ", found " + peek().describe(), peek(), false);
        }
        return next();
    }

    /**
     * @param from the first token of a grammar rule
     * @return the span from it to the last token read
     */
    Span spanFrom(Token from) {
        return Span.of(from, previous());
    }
}
