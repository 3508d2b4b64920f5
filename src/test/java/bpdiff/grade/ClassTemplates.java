package bpdiff.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A class of submissions built from one template, the lecture's 2-2-2 sigmoid network of homework 2 trained for three
 * epochs, each typical mistake made by one textual change, so that every student's verdicts and mistake codes are
 * known from how the class was made, not from bpdiff. The template is {@code examples/class/ann.py} with three
 * epochs, whose gradients CPython and PyTorch agree with (it is the corrected homework of
 * {@code reference-results/programs/}, with other targets).
 */
final class ClassTemplates {

    /** The correct program: examples/class/ann.py with N = 3. */
    static String correct() throws IOException {
        return Files.readString(Path.of("examples/class/ann.py")).replace("N = 10\n", "N = 3\n");
    }

    private ClassTemplates() {}

    /**
     * @param text the correct program
     * @param old a part of it
     * @param replacement what replaces it
     * @return the changed program
     * @throws AssertionError if the part is not there
     */
    static String change(String text, String old, String replacement) {
        if (!text.contains(old)) {
            throw new AssertionError("the template has no '" + old + "'");
        }
        return text.replace(old, replacement);
    }

    /**
     * Every submission of the generated class, by student: its text (or {@code null} for the binary one).
     *
     * @param correctCopies how many correct programs
     * @return the class
     */
    static Map<String, String> programs(int correctCopies) throws IOException {
        String ok = correct();
        Map<String, String> all = new LinkedHashMap<>();
        for (int k = 1; k <= correctCopies; k++) {
            all.put("correct-" + k, ok.replace("# Correct", "# Correct copy " + k));
        }
        all.put("sign", change(change(ok, "d_o1 = out_o1 - y1", "d_o1 = y1 - out_o1"), "d_o2 = out_o2 - y2",
                "d_o2 = y2 - out_o2"));
        all.put("factor", change(change(ok, "d_o1 = out_o1 - y1", "d_o1 = 2 * (out_o1 - y1)"), "d_o2 = out_o2 - y2",
                "d_o2 = 2 * (out_o2 - y2)"));
        all.put("published", change(change(ok, "d_w5 * w5 / out_h1 + d_w6 * w6 / out_h1", "d_w5 + d_w6"),
                "d_w7 * w7 / out_h2 + d_w8 * w8 / out_h2", "d_w7 + d_w8"));
        all.put("no-sigma", change(change(ok, "d_w5 = d_o1 * out_o1 * (1 - out_o1) * out_h1", "d_w5 = d_o1 * out_h1"),
                "d_w7 = d_o1 * out_o1 * (1 - out_o1) * out_h2", "d_w7 = d_o1 * out_h2"));
        all.put("wrong-weight", ok.replace("d_w5 * w5 / out_h1 + d_w6 * w6 / out_h1",
                "d_w5 * w5 / out_h1 + d_w6 * w7 / out_h1"));
        all.put("two-epochs", change(ok, "N = 3\n", "N = 2\n"));
        all.put("syntax-1", change(ok, "in_h1 = w1 * x1 + w3 * x2", "in_h1 = (w1 * x1 + w3 * x2"));
        all.put("syntax-2", change(ok, "def sigmoid(z):", "def sigmoid(z)"));
        all.put("loop-1", "x = 0\nwhile True:\n    x = x + 1\n");
        all.put("loop-2", change(change(ok, "for i in range(N):", "i = 0\nwhile error > 0:"), "N = 3\n", "N = 3\nerror = 1\n"));
        all.put("import-os", "import os\n" + ok);
        all.put("empty", "");
        all.put("binary", null);
        return all;
    }

    /**
     * Writes the class as a folder of {@code <student>.py} files.
     *
     * @param folder the folder
     * @param programs the class
     * @throws IOException if a file cannot be written
     */
    static void write(Path folder, Map<String, String> programs) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, String> e : programs.entrySet()) {
            Path file = folder.resolve(e.getKey() + ".py");
            if (e.getValue() == null) {
                Files.write(file, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, (byte) 0xff, (byte) 0xfe, 0, 0});
            } else {
                Files.writeString(file, e.getValue());
            }
        }
    }
}
