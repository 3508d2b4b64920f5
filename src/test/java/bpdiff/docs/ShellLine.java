package bpdiff.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few shell forms the documents' examples use, read as a POSIX shell reads them: {@code bpdiff ARGS}, with
 * {@code '…'} and {@code "…"} quoting, an optional {@code 2>/dev/null}, an optional {@code | tail -N} and an optional
 * trailing {@code # comment}; and {@code echo $?}, the exit status of the command before. Anything else is not
 * run by the test, so a block holding it must be marked {@code <!-- not run: reason -->}.
 */
sealed interface ShellLine {

    /**
     * {@code bpdiff ARGS [2>/dev/null] [| tail -N]}.
     *
     * @param args the arguments after {@code bpdiff}
     * @param showsErrors whether standard error reaches the terminal ({@code 2>/dev/null} sends it nowhere)
     * @param tail how many of the last lines of standard output a {@code | tail} lets through, or -1 without one
     */
    record Bpdiff(List<String> args, boolean showsErrors, int tail) implements ShellLine {}

    /** {@code echo $?}: the previous command's exit status. */
    record EchoStatus() implements ShellLine {}

    /**
     * Anything else.
     *
     * @param why what the test cannot run
     */
    record Unsupported(String why) implements ShellLine {}

    /** {@code tail -3}, {@code tail -n 3}, {@code tail -n3}. */
    Pattern TAIL = Pattern.compile("tail\\s+-(?:n\\s*)?(\\d+)");

    /**
     * Reads one command.
     *
     * @param text the command, without its {@code $ }
     * @return what it runs
     */
    static ShellLine parse(String text) {
        List<String> pipeline = new ArrayList<>();
        List<String> words = new ArrayList<>();
        String problem = words(text, words, pipeline);
        if (problem != null) {
            return new Unsupported(problem);
        }
        if (words.equals(List.of("echo", "$?")) && pipeline.isEmpty()) {
            return new EchoStatus();
        }
        if (words.isEmpty() || !words.get(0).equals("bpdiff")) {
            return new Unsupported("only bpdiff and echo $? are run, not " + (words.isEmpty() ? "this" : words.get(0)));
        }
        int tail = -1;
        if (pipeline.size() > 1) {
            return new Unsupported("more than one pipe");
        }
        if (pipeline.size() == 1) {
            Matcher m = TAIL.matcher(pipeline.get(0).strip());
            if (!m.matches()) {
                return new Unsupported("a pipe into " + pipeline.get(0).strip());
            }
            tail = Integer.parseInt(m.group(1));
        }
        List<String> args = new ArrayList<>(words.subList(1, words.size()));
        boolean showsErrors = !args.remove("2>/dev/null");
        for (String a : args) {
            if (a.startsWith(">") || a.startsWith("<") || a.startsWith("2>") || a.equals("&&") || a.equals(";")) {
                return new Unsupported("the redirection or list " + a);
            }
        }
        return new Bpdiff(List.copyOf(args), showsErrors, tail);
    }

    /**
     * Splits a command into the words of its first part and the text of each part after a pipe; returns what cannot
     * be read, or {@code null}. A redirection stays a word of its own ({@code 2>/dev/null}).
     */
    private static String words(String text, List<String> words, List<String> pipeline) {
        StringBuilder word = null;
        char quote = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (c == '#' && word == null) {
                break;
            } else if (c == '|') {
                if (word != null) {
                    words.add(word.toString());
                }
                String rest = text.substring(k + 1);
                int comment = rest.indexOf(" #");
                for (String part : (comment < 0 ? rest : rest.substring(0, comment)).split("\\|")) {
                    pipeline.add(part);
                }
                return null;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '$' && !(k + 1 < text.length() && text.charAt(k + 1) == '?') || c == '`' || c == '*') {
                return "the shell expansion " + c;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quote != 0) {
            return "an unclosed quote";
        }
        if (word != null) {
            words.add(word.toString());
        }
        return null;
    }
}
