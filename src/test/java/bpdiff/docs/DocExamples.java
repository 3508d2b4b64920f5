package bpdiff.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples of a Markdown document: every {@code ```text} block whose first line is a command ({@code $ …}), with
 * the lines it shows after each command, and whether a {@code <!-- not run: reason -->} line just above the block
 * takes it out of the test.
 */
final class DocExamples {

    private static final Pattern NOT_RUN = Pattern.compile("<!--\\s*not run:\\s*(\\S.*?)\\s*-->");

    /**
     * One example block.
     *
     * @param file the document, as the test names it
     * @param line the line of its opening fence, from 1
     * @param commands its commands, in order
     * @param notRun why it is not run, or {@code null}
     */
    record Block(String file, int line, List<Command> commands, String notRun) {

        /** @return {@code file:line}, where a reader finds the block */
        String where() {
            return file + ":" + line;
        }
    }

    /**
     * One command of a block.
     *
     * @param text the command without its {@code $ } (continuation lines joined)
     * @param shown the lines the document shows after it, up to the next command
     */
    record Command(String text, List<String> shown) {}

    private DocExamples() {}

    /**
     * Finds the example blocks of a document.
     *
     * @param file the document's name
     * @param markdown its text
     * @return its example blocks, in order
     */
    static List<Block> of(String file, String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Block> blocks = new ArrayList<>();
        int k = 0;
        while (k < lines.size()) {
            String fence = lines.get(k).strip();
            if (!fence.startsWith("```")) {
                k++;
                continue;
            }
            int open = k;
            int close = k + 1;
            while (close < lines.size() && !lines.get(close).strip().equals("```")) {
                close++;
            }
            List<String> body = lines.subList(open + 1, Math.min(close, lines.size()));
            if (fence.equals("```text") && !body.isEmpty() && body.get(0).startsWith("$ ")) {
                blocks.add(new Block(file, open + 1, commands(body), notRun(lines, open)));
            }
            k = close + 1;
        }
        return blocks;
    }

    /** The reason on the last non-blank line above the fence, if it is a not-run comment. */
    private static String notRun(List<String> lines, int fence) {
        for (int k = fence - 1; k >= 0; k--) {
            if (!lines.get(k).isBlank()) {
                Matcher m = NOT_RUN.matcher(lines.get(k).strip());
                return m.matches() ? m.group(1) : null;
            }
        }
        return null;
    }

    private static List<Command> commands(List<String> body) {
        List<Command> commands = new ArrayList<>();
        int k = 0;
        while (k < body.size()) {
            StringBuilder text = new StringBuilder(body.get(k).substring(2));
            // a shell continuation: the line ends in a backslash
            while (text.toString().endsWith("\\") && k + 1 < body.size()) {
                text.setLength(text.length() - 1);
                text.append(' ').append(body.get(++k).strip());
            }
            k++;
            List<String> shown = new ArrayList<>();
            while (k < body.size() && !body.get(k).startsWith("$ ")) {
                shown.add(body.get(k++));
            }
            commands.add(new Command(text.toString().strip(), shown));
        }
        return commands;
    }
}
