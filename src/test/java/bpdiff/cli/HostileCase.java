package bpdiff.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One program of {@code src/test/resources/hostile/}, with what its header says of it:
 * <pre>
 * # Hostile: what it tries.
 * # Expect: 2 | words of the one line bpdiff prints
 * # Options: --show-output
 * </pre>
 * A line ending with the comment {@code # <- stops here} is the line the message must name; without one, an exit-2
 * case names the file only (a problem of the whole file, such as its size).
 *
 * @param file the program
 * @param what what it tries
 * @param exit the exit status expected (0, 1 or 2)
 * @param words words the line must contain (empty: any)
 * @param line the line it must name, 0 for the file only
 * @param options more options of {@code bpdiff check}
 */
record HostileCase(Path file, String what, int exit, String words, int line, List<String> options) {

    /** The folder of the cases. */
    static final Path FOLDER = Path.of("src/test/resources/hostile");

    /** What marks the line the message must name. */
    static final String STOPS_HERE = "# <- stops here";

    private static final Pattern EXPECT = Pattern.compile("# Expect: ([012])(?: \\| (.*))?");

    /** @return every case, in file order */
    static List<HostileCase> all() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<HostileCase> cases = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                cases.add(read(f));
            }
            return cases;
        }
    }

    /**
     * @param file a case
     * @return it, with its header read
     * @throws IOException if it cannot be read
     * @throws IllegalArgumentException if its header is incomplete
     */
    static HostileCase read(Path file) throws IOException {
        // the bytes as written: a NUL or a tab may be what the case is about
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String what = null;
        Matcher expect = null;
        List<String> options = List.of();
        int line = 0;
        String[] lines = text.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            String l = lines[k];
            if (l.startsWith("# Hostile: ")) {
                what = l.substring("# Hostile: ".length());
            } else if (l.startsWith("# Expect: ")) {
                expect = EXPECT.matcher(l);
                if (!expect.matches()) {
                    throw new IllegalArgumentException(file + ": bad header " + l);
                }
            } else if (l.startsWith("# Options: ")) {
                options = Arrays.asList(l.substring("# Options: ".length()).trim().split(" +"));
            } else if (l.endsWith(STOPS_HERE)) {
                line = k + 1;
            }
        }
        if (what == null || expect == null) {
            throw new IllegalArgumentException(file + ": no '# Hostile:' or '# Expect:' line");
        }
        return new HostileCase(file, what, Integer.parseInt(expect.group(1)),
                expect.group(2) == null ? "" : expect.group(2).trim(), line, options);
    }

    /** @return the file's name without {@code .py} */
    String name() {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - 3);
    }
}
