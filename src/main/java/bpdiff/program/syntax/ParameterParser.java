package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parameters of a {@code def} or a {@code lambda}, as the grammar's {@code parameters} and
 * {@code lambda_params} order them:
 * <pre>
 * [positional-only ... '/'] [positional ...] ['*' [NAME] | '*' NAME] [keyword-only ...] ['**' NAME]
 * </pre>
 * each a {@code NAME [':' annotation] ['=' default]} (no annotations in a lambda), with no parameter without a
 * default after one with a default before the {@code *}. Annotations are read and not kept: nothing evaluates them.
 */
final class ParameterParser {

    private final TokenCursor in;
    private final ExpressionParser expressions;

    /**
     * @param in the tokens
     * @param expressions the parser of defaults and annotations
     */
    ParameterParser(TokenCursor in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
    }

    /**
     * @param close the token after the list: {@code )} for a def, {@code :} for a lambda
     * @param annotations whether annotations are allowed (a def)
     * @return the parameters in order, with their kinds
     */
    List<Stmt.Parameter> parameters(String close, boolean annotations) {
        List<Stmt.Parameter> parameters = new ArrayList<>();
        boolean slash = false;
        boolean star = false;
        boolean bareStar = false;
        boolean defaults = false;
        Token starToken = null;
        while (!in.peek().is(close)) {
            Token t = in.peek();
            if (parameters.stream().anyMatch(p -> p.kind() == Stmt.Parameter.Kind.VAR_KEYWORD)) {
                throw error("arguments cannot follow var-keyword argument", t);
            }
            if (t.is("/")) {
                if (slash || star || parameters.isEmpty()) {
                    throw error(parameters.isEmpty() ? "at least one argument must precede /"
                            : slash ? "/ may appear only once" : "/ must be ahead of *", t);
                }
                in.next();
                slash = true;
                parameters.replaceAll(p -> new Stmt.Parameter(p.name(), p.defaultValue(), p.span(),
                        Stmt.Parameter.Kind.POSITIONAL_ONLY));
            } else if (t.is("*")) {
                if (star) {
                    throw error("* argument may appear only once", t);
                }
                in.next();
                star = true;
                starToken = t;
                if (in.peek().is(",") || in.peek().is(close)) {
                    bareStar = true;
                } else {
                    Token name = in.expectName("a parameter name after '*'");
                    annotation(annotations, true);
                    if (in.peek().is("=")) {
                        throw error("var-positional argument cannot have default value", in.peek());
                    }
                    parameters.add(new Stmt.Parameter(name.text(), null, Span.of(name, name),
                            Stmt.Parameter.Kind.VAR_POSITIONAL));
                }
            } else if (t.is("**")) {
                in.next();
                Token name = in.expectName("a parameter name after '**'");
                annotation(annotations, false);
                if (in.peek().is("=")) {
                    throw error("var-keyword argument cannot have default value", in.peek());
                }
                parameters.add(new Stmt.Parameter(name.text(), null, Span.of(name, name),
                        Stmt.Parameter.Kind.VAR_KEYWORD));
            } else {
                Token name = in.expectName("a parameter name");
                annotation(annotations, false);
                Expr defaultValue = in.accept("=") ? expressions.expression() : null;
                if (!star && defaultValue == null && defaults) {
                    throw error("non-default argument follows default argument", name);
                }
                defaults |= !star && defaultValue != null;
                parameters.add(new Stmt.Parameter(name.text(), defaultValue, Span.of(name, name),
                        star ? Stmt.Parameter.Kind.KEYWORD_ONLY : Stmt.Parameter.Kind.POSITIONAL));
            }
            if (!in.accept(",")) {
                break;
            }
        }
        if (bareStar && parameters.stream().noneMatch(p -> p.kind() == Stmt.Parameter.Kind.KEYWORD_ONLY)) {
            throw error("named arguments must follow bare *", starToken);
        }
        Set<String> seen = new HashSet<>();
        for (Stmt.Parameter p : parameters) {
            if (!seen.add(p.name())) {
                throw new ParseError("syntax error: duplicate argument '" + p.name() + "' in function definition",
                        Token.of(TokenKind.NAME, p.name(), p.span().line(), p.span().column(), p.span().start(),
                                p.span().end()), false);
            }
        }
        return parameters;
    }

    /** {@code annotation: ':' expression}; after {@code *args}, {@code ':' star_expression}. */
    private void annotation(boolean allowed, boolean starred) {
        if (allowed && in.accept(":")) {
            if (starred) {
                expressions.starExpression();
            } else {
                expressions.expression();
            }
        }
    }

    private static ParseError error(String message, Token at) {
        return new ParseError("syntax error: " + message, at, false);
    }
}
