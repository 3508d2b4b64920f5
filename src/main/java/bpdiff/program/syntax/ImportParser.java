package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code import a.b as c, d} and {@code from a import b as c, d}; which modules may be imported is
 * {@link StaticCheck}'s business.
 */
final class ImportParser {

    private ImportParser() {}

    /**
     * @param in the tokens, at {@code import} or {@code from}
     * @param first that token
     * @return one import per imported name
     */
    static List<Stmt> parse(TokenCursor in, Token first) {
        in.next();
        List<Stmt> imports = new ArrayList<>();
        if (first.text().equals("import")) {
            do {
                Token start = in.peek();
                String module = dotted(in);
                String alias = in.acceptKeyword("as") ? in.expect(TokenKind.NAME, "a name after 'as'").text()
                        : module.split("\\.")[0];
                imports.add(new Stmt.Import(module, null, alias, Span.of(start, in.previous())));
            } while (in.accept(","));
            return imports;
        }
        String module = dotted(in);
        if (!in.acceptKeyword("import")) {
            throw new ParseError("syntax error: expected 'import' after 'from " + module + "', found "
                    + in.peek().describe(), in.peek(), false);
        }
        boolean parenthesized = in.accept("(");
        if (in.peek().is("*")) {
            throw new ParseError("'from " + module + " import *' is not supported: import the names you use",
                    in.peek(), true);
        }
        do {
            if (parenthesized && in.peek().is(")")) {
                break;
            }
            Token start = in.peek();
            String name = in.expect(TokenKind.NAME, "a name to import").text();
            String alias = in.acceptKeyword("as") ? in.expect(TokenKind.NAME, "a name after 'as'").text() : name;
            imports.add(new Stmt.Import(module, name, alias, Span.of(start, in.previous())));
        } while (in.accept(","));
        if (parenthesized) {
            in.expect(")", "to close the import list");
        }
        return imports;
    }

    private static String dotted(TokenCursor in) {
        StringBuilder name = new StringBuilder(in.expect(TokenKind.NAME, "a module name").text());
        while (in.accept(".")) {
            name.append('.').append(in.expect(TokenKind.NAME, "a module name after '.'").text());
        }
        return name.toString();
    }
}
