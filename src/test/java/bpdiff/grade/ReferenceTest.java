package bpdiff.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --reference}: a submission with another loss (the sum of squares without the homework's ½, its gradients
 * right for that loss) keeps its points and is told its loss is not the reference's; a reference that is not right,
 * and {@code --points} naming no parameter of it, are bad input.
 */
class ReferenceTest {

    @TempDir
    Path folder;

    @Test
    void anotherLossIsToldButItsOwnRightGradientsKeepTheirPoints() throws IOException {
        String ok = ClassTemplates.correct();
        Path reference = Files.writeString(folder.resolve("solution.py"), ok);
        Path submissions = Files.createDirectories(folder.resolve("class"));
        // L = (o1 - y1)² + (o2 - y2)²: every gradient is twice the homework's, and d_o1 = 2 (o1 - y1) is right for it
        Files.writeString(submissions.resolve("sum.py"), ClassTemplates.change(ClassTemplates.change(ClassTemplates
                .change(ok, "error = (1 / 2) * (out_o1 - y1) ** 2 + (1 / 2) * (out_o2 - y2) ** 2",
                        "error = (out_o1 - y1) ** 2 + (out_o2 - y2) ** 2"), "d_o1 = out_o1 - y1",
                "d_o1 = 2 * (out_o1 - y1)"), "d_o2 = out_o2 - y2", "d_o2 = 2 * (out_o2 - y2)"));
        Path out = folder.resolve("grades");
        Cli.Result r = Cli.run("grade", submissions.toString(), "--out", out.toString(), "--reference",
                reference.toString());
        assertEquals(0, r.status(), "every point: the loss is told, it costs nothing " + r.err());
        String csv = Files.readString(out.resolve("grades.csv"));
        assertTrue(csv.contains("\r\nsum," + submissions.resolve("sum.py") + ",8,8,right,right,right,right,right,right,"
                + "right,right,different-loss,"), csv);
        assertTrue(Files.readString(out.resolve("feedback/sum.md")).contains("its loss error at the first epoch is"));
    }

    @Test
    void aWrongReferenceAndPointsOfNoParameterAreBadInput() throws IOException {
        Path submissions = Files.createDirectories(folder.resolve("class"));
        Files.writeString(submissions.resolve("a.py"), ClassTemplates.correct());
        Path wrong = Files.writeString(folder.resolve("wrong.py"), ClassTemplates.change(ClassTemplates.correct(),
                "d_o1 = out_o1 - y1", "d_o1 = y1 - out_o1"));
        Cli.Result r = Cli.run("grade", submissions.toString(), "--out", folder.resolve("o1").toString(),
                "--reference", wrong.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("bpdiff: the reference is not right: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        Path right = Files.writeString(folder.resolve("right.py"), ClassTemplates.correct());
        r = Cli.run("grade", submissions.toString(), "--out", folder.resolve("o2").toString(), "--reference",
                right.toString(), "--points", "w9=2");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("bpdiff: 'w9' is not a parameter of the reference"), r.err());
        assertTrue(!Files.exists(folder.resolve("o1")) && !Files.exists(folder.resolve("o2")), "nothing written");
    }
}
