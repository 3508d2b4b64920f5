package bpdiff.check.program;

import bpdiff.gradient.Precision;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void run() throws Exception {
        for (String f : System.getProperty("files", "homework2-published.py").split(",")) {
            ProgramReport r = ProgramCheck.check(Files.readString(Path.of("examples/programs", f)), f,
                    CheckOptions.defaults(Precision.FLOAT64));
            System.out.println("== " + f + ": " + r.summary());
            for (CheckedQuantity q : r.quantities()) {
                System.out.println(q.line() + " " + q.name() + " " + q.target() + " " + q.verdict() + " "
                        + java.util.Arrays.toString(q.student()) + " " + java.util.Arrays.toString(q.autograd())
                        + " " + java.util.Arrays.toString(q.numeric()) + " cause=" + q.causeLine() + " own=" + q.ownMistake()
                        + " upd=" + q.updateLine() + " " + q.likely());
            }
            r.notChecked().forEach(System.out::println);
            r.notes().forEach(System.out::println);
        }
    }
}
