package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code import_name: 'import' dotted_as_names} and
 * {@code import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets | 'from' ('.' | '...')+ 'import'
 * import_from_targets}: one {@link Stmt.Import} per imported name; {@code from … import *} is parsed and not run.
 * Which modules may be imported is {@link StaticCheck}'s business.
 */
final class ImportParser {

    private ImportParser() {}

    /**
     * @param in the tokens, at {@code import} or {@code from}
     * @param first that token
     * @return one import per imported name, or one {@link Stmt.Unsupported} for a star import
     */
    static List<Stmt> parse(TokenCursor in, Token first) {
        in.next();
        List<Stmt> imports = new ArrayList<>();
        if (first.text().equals("import")) {
            do {
                Token start = in.peek();
                String module = dotted(in);
                String alias = in.acceptKeyword("as") ? in.expectName("a name after 'as'").text()
                        : module.split("\\.")[0];
                imports.add(new Stmt.Import(module, null, alias, in.spanFrom(start)));
            } while (in.accept(","));
            return imports;
        }
        StringBuilder dots = new StringBuilder();
        while (in.peek().is(".") || in.peek().is("...")) {
            dots.append(in.next().text());
        }
        String module = dots + (dots.length() > 0 && in.peek().isKeyword("import") ? "" : dotted(in));
        if (!in.acceptKeyword("import")) {
            throw new ParseError("syntax error: expected 'import' after 'from " + module + "', found "
                    + in.peek().describe(), in.peek(), false);
        }
        if (in.accept("*")) {
            return List.of(bpdiff.program.Subset.starImport(module) != null
                    ? new Stmt.Import(module, "*", "*", in.spanFrom(first))
                    : new Stmt.Unsupported(Constructs.starImport(module), in.spanFrom(first)));
        }
        boolean parenthesized = in.accept("(");
        do {
            if (parenthesized && in.peek().is(")")) {
                break;
            }
            Token start = in.peek();
            String name = in.expectName("a name to import").text();
            String alias = in.acceptKeyword("as") ? in.expectName("a name after 'as'").text() : name;
            imports.add(new Stmt.Import(module, name, alias, in.spanFrom(start)));
        } while (in.accept(","));
        if (parenthesized) {
            in.expect(")", "to close the import list");
        } else if (in.previous().is(",")) {
            throw new ParseError("syntax error: trailing comma not allowed without surrounding parentheses",
                    in.previous(), false);
        }
        return imports;
    }

    private static String dotted(TokenCursor in) {
        StringBuilder name = new StringBuilder(in.expectName("a module name").text());
        while (in.accept(".")) {
            name.append('.').append(in.expectName("a module name after '.'").text());
        }
        return name.toString();
    }
}
