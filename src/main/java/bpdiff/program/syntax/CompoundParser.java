package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt | while_stmt}
 * (and {@code match_stmt}, {@link MatchParser}). {@code async def/for/with} and {@code try/except*} are parsed in
 * full and become a {@link Stmt.Unsupported}; the names they bind are kept, so that their uses are no error.
 */
final class CompoundParser {

    private final Parser parser;
    private final TokenCursor in;
    private final ExpressionParser expressions;

    /**
     * @param parser the statement parser, for the blocks
     * @param in the tokens
     * @param expressions the expression parser
     */
    CompoundParser(Parser parser, TokenCursor in, ExpressionParser expressions) {
        this.parser = parser;
        this.in = in;
        this.expressions = expressions;
    }

    /**
     * @param t a statement's first token
     * @return whether a compound statement starts with it
     */
    static boolean startsHere(Token t) {
        return t.is("@") || t.kind() == TokenKind.NAME && switch (t.text()) {
            case "if", "while", "for", "try", "with", "def", "class", "async" -> true;
            default -> false;
        };
    }

    /** @return the compound statement at the current token */
    Stmt statement() {
        Token t = in.peek();
        if (t.is("@")) {
            return decorated();
        }
        return switch (t.text()) {
            case "if" -> ifStatement();
            case "while" -> whileStatement();
            case "for" -> forStatement();
            case "try" -> tryStatement();
            case "with" -> withStatement();
            case "def" -> functionDef(List.of());
            case "class" -> classDef(List.of());
            default -> async(List.of());
        };
    }

    /** {@code decorators: ('@' named_expression NEWLINE)+}, then a def, async def or class. */
    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (in.accept("@")) {
            decorators.add(expressions.namedExpression());
            in.expect(TokenKind.NEWLINE, "the end of the line after the decorator");
        }
        Token t = in.peek();
        if (t.isKeyword("def")) {
            return functionDef(decorators);
        }
        if (t.isKeyword("class")) {
            return classDef(decorators);
        }
        if (t.isKeyword("async") && in.peek(1).isKeyword("def")) {
            return async(decorators);
        }
        throw new ParseError("syntax error: expected 'def' or 'class' after the decorators, found " + t.describe(),
                t, false);
    }

    /** {@code if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])}; {@code elif} nests an if. */
    private Stmt ifStatement() {
        Token header = in.next();
        Expr test = expressions.namedExpression();
        Span span = in.spanFrom(header);
        List<Stmt> body = parser.block(header.text());
        List<Stmt> orElse = in.peek().isKeyword("elif") ? List.of(ifStatement()) : elseBlock();
        return new Stmt.If(test, body, orElse, span);
    }

    /** {@code else_block: 'else' ':' block}, or nothing. */
    private List<Stmt> elseBlock() {
        return in.acceptKeyword("else") ? parser.block("else") : List.of();
    }

    /** {@code while_stmt: 'while' named_expression ':' block [else_block]}. */
    private Stmt whileStatement() {
        Token header = in.next();
        Expr test = expressions.namedExpression();
        Span span = in.spanFrom(header);
        List<Stmt> body = parser.block("while");
        return new Stmt.While(test, body, elseBlock(), span);
    }

    /** {@code for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block]}. */
    private Stmt.For forStatement() {
        Token header = in.next();
        Expr target = expressions.starTargets();
        Targets.check(target);
        if (!in.acceptKeyword("in")) {
            throw new ParseError("syntax error: expected 'in' after the loop variable, found " + in.peek().describe(),
                    in.peek(), false);
        }
        Expr iterable = expressions.starExpressions();
        Span span = in.spanFrom(header);
        List<Stmt> body = parser.block("for");
        return new Stmt.For(target, iterable, body, elseBlock(), span);
    }

    /**
     * {@code try_stmt: 'try' ':' block finally_block | 'try' ':' block except_block+ [else_block] [finally_block]
     * | 'try' ':' block except_star_block+ [else_block] [finally_block]}.
     */
    private Stmt tryStatement() {
        Token header = in.next();
        Span span = in.spanFrom(header);
        List<Stmt> body = parser.block("try");
        List<Stmt.Handler> handlers = new ArrayList<>();
        boolean star = false;
        while (in.peek().isKeyword("except")) {
            Token except = in.next();
            boolean thisStar = in.accept("*");
            if (!handlers.isEmpty() && thisStar != star) {
                throw new ParseError("syntax error: cannot have both 'except' and 'except*' on the same 'try'",
                        except, false);
            }
            star = thisStar;
            handlers.add(handler(except, star));
        }
        List<Stmt> orElse = List.of();
        if (!handlers.isEmpty()) {
            orElse = elseBlock();
        }
        boolean hasFinally = in.acceptKeyword("finally");
        List<Stmt> finalBody = hasFinally ? parser.block("finally") : List.of();
        if (handlers.isEmpty() && !hasFinally) {
            throw new ParseError("syntax error: expected 'except' or 'finally' after the 'try' block, found "
                    + in.peek().describe(), in.peek(), false);
        }
        Stmt.Try result = new Stmt.Try(body, handlers, orElse, finalBody, span);
        if (star) {
            parser.salvage(BoundNames.of(List.of(result)));
            return new Stmt.Unsupported(Constructs.TRY_STAR, span);
        }
        return result;
    }

    /** {@code except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block}, or {@code except*}. */
    private Stmt.Handler handler(Token except, boolean star) {
        Expr type = null;
        String name = null;
        if (!in.peek().is(":") || star) {
            type = expressions.expression();
            if (in.peek().is(",")) {
                throw new ParseError("syntax error: multiple exception types must be parenthesized", in.peek(), false);
            }
            if (in.acceptKeyword("as")) {
                name = in.expectName("a name after 'as'").text();
            }
        }
        Span span = in.spanFrom(except);
        return new Stmt.Handler(type, name, parser.block("except"), span);
    }

    /**
     * {@code with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block | 'with' ','.with_item+ ':' block}, with
     * {@code with_item: expression 'as' star_target | expression}.
     */
    private Stmt.With withStatement() {
        Token header = in.next();
        List<Stmt.WithItem> items = null;
        if (in.peek().is("(")) {
            items = parser.attempt(() -> {
                in.next();
                List<Stmt.WithItem> inside = withItems(")");
                in.expect(")", "to close the 'with' items");
                if (!in.peek().is(":")) {
                    throw new ParseError("not a parenthesized list of 'with' items", in.peek(), false);
                }
                return inside;
            });
        }
        if (items == null) {
            items = withItems(":");
        }
        Span span = in.spanFrom(header);
        return new Stmt.With(items, parser.block("with"), span);
    }

    private List<Stmt.WithItem> withItems(String close) {
        List<Stmt.WithItem> items = new ArrayList<>();
        do {
            if (in.peek().is(close) && !items.isEmpty()) {
                break;
            }
            Expr context = expressions.expression();
            Expr target = null;
            if (in.acceptKeyword("as")) {
                target = expressions.starTarget();
                Targets.check(target);
            }
            items.add(new Stmt.WithItem(context, target));
        } while (in.accept(","));
        return items;
    }

    /**
     * {@code function_def_raw: 'def' NAME '(' [params] ')' ['->' expression] ':' block}.
     *
     * @param decorators the decorators above it, outermost first
     * @return the function
     */
    private Stmt.FunctionDef functionDef(List<Expr> decorators) {
        Token header = in.next();
        Token name = in.expectName("the function's name after 'def'");
        in.expect("(", "after the function's name");
        List<Stmt.Parameter> parameters = expressions.parameters().parameters(")", true);
        in.expect(")", "to close the parameter list");
        if (in.accept("->")) {
            expressions.expression();
        }
        List<Stmt> body = parser.block("def");
        return new Stmt.FunctionDef(name.text(), parameters, body, decorators, Span.of(header, name));
    }

    /** {@code class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block}. */
    private Stmt classDef(List<Expr> decorators) {
        Token header = in.next();
        Token name = in.expectName("the class's name after 'class'");
        PrimaryParser.Arguments bases = new PrimaryParser.Arguments(List.of(), List.of(), false);
        if (in.accept("(")) {
            bases = expressions.arguments(")");
            in.expect(")", "to close the base classes");
        }
        List<Stmt> body = parser.block("class");
        return new Stmt.ClassDef(name.text(), bases.positional(), bases.keywords(), body, decorators,
                Span.of(header, name));
    }

    /** {@code ASYNC function_def_raw | ASYNC for_stmt | ASYNC with_stmt}: parsed, its names kept, not run. */
    private Stmt async(List<Expr> decorators) {
        Token async = in.next();
        Token t = in.peek();
        Stmt parsed;
        String construct;
        if (t.isKeyword("def")) {
            parsed = functionDef(decorators);
            construct = Constructs.ASYNC_DEF;
        } else if (t.isKeyword("for")) {
            parsed = forStatement();
            construct = Constructs.ASYNC_FOR;
        } else if (t.isKeyword("with")) {
            parsed = withStatement();
            construct = Constructs.ASYNC_WITH;
        } else {
            throw new ParseError("syntax error: expected 'def', 'for' or 'with' after 'async', found " + t.describe(),
                    t, false);
        }
        parser.salvage(BoundNames.of(List.of(parsed)));
        return new Stmt.Unsupported(construct, Span.of(async, async));
    }
}
