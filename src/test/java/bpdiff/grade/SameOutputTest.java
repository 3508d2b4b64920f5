package bpdiff.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bpdiff.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs do not depend on timing: the same class graded on one thread and on four (so that submissions end in
 * another order), an endless loop among them stopped by the clock, gives the same files, byte for byte. The limit, 5 s,
 * is many times what a correct submission takes, so that a busy machine does not stop one by the clock in one run and
 * not in the other (1 s did, at a load of 20).
 */
class SameOutputTest {

    @TempDir
    Path folder;

    @Test
    void oneThreadAndFourThreadsWriteTheSameFiles() throws IOException {
        Map<String, String> all = ClassTemplates.programs(1);
        Path submissions = folder.resolve("class");
        ClassTemplates.write(submissions, Map.of("correct-1", all.get("correct-1"), "sign", all.get("sign"),
                "loop-2", all.get("loop-2"), "syntax-1", all.get("syntax-1"), "published", all.get("published")));
        for (String threads : List.of("1", "4")) {
            Cli.Result r = Cli.run("grade", submissions.toString(), "--out", folder.resolve("out-" + threads).toString(),
                    "--threads", threads, "--time-limit", "5");
            assertEquals(1, r.status(), r.err());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder.resolve("out-1"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(13, files.size(), "five students' .md and .html, the page, the CSV and the JSON");
        for (Path one : files) {
            Path four = folder.resolve("out-4").resolve(folder.resolve("out-1").relativize(one));
            assertEquals(Files.readString(one), Files.readString(four), one.toString());
        }
    }
}
