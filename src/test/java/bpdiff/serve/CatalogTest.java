package bpdiff.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The page offers every example of the repository, the lecture, the homework's formulas and programs first. */
class CatalogTest {

    @Test
    void everyExampleNetworkDerivationAndProgramIsOffered() throws IOException {
        Catalog catalog = new Catalog();
        assertEquals(stems("examples/networks", ".json"), catalog.networkIds().stream().sorted().toList());
        assertEquals(stems("examples/derivations", ".py"), catalog.derivationIds().stream().sorted().toList());
        assertEquals("lecture", catalog.networkIds().get(0));
        assertEquals(List.of("published", "corrected"), catalog.derivationIds().subList(0, 2));
        assertEquals(stems("examples/programs", ".py"), catalog.programIds().stream().sorted().toList());
        assertEquals(List.of("homework2-published", "homework2-corrected", "lecture-matrix"),
                catalog.programIds().subList(0, 3));
    }

    private static List<String> stems(String folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).sorted().toList();
        }
    }
}
