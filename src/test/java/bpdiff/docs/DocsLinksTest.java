package bpdiff.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of README.md and docs/*.md names a file that exists and, with a {@code #fragment}, a heading of
 * it, by GitHub's rule for heading anchors (lower case; every character but letters, digits, spaces, {@code -} and
 * {@code _} dropped; spaces become {@code -}).
 */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);

    @Test
    void everyRelativeLinkReachesAFileAndAHeading() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            String text = withoutCode(Files.readString(document, StandardCharsets.UTF_8));
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path path = file.isEmpty() ? document : document.resolveSibling(file).normalize();
                if (!Files.exists(path)) {
                    broken.add(document + ": " + target + " (no such file)");
                } else if (target.contains("#") && !anchors(path).contains(target.substring(target.indexOf('#') + 1))) {
                    broken.add(document + ": " + target + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** The text outside fenced blocks, where a {@code ](…)} is not a link. */
    private static String withoutCode(String markdown) {
        return markdown.replaceAll("(?ms)^```.*?^```", "");
    }

    private static Set<String> anchors(Path document) throws IOException {
        Set<String> anchors = new HashSet<>();
        if (!document.toString().endsWith(".md")) {
            return anchors;
        }
        Matcher m = HEADING.matcher(withoutCode(Files.readString(document, StandardCharsets.UTF_8)));
        while (m.find()) {
            anchors.add(m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-'));
        }
        return anchors;
    }
}
