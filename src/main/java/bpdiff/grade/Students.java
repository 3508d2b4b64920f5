package bpdiff.grade;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Student names: from the folders platforms export, and as safe, distinct names of feedback files. */
final class Students {

    /** Moodle's suffix of a student's folder: {@code Ann Lee_123456_assignsubmission_file_}. */
    private static final Pattern MOODLE = Pattern.compile("_assignsubmission_[a-z]+_?$");
    /** What a file name keeps: letters and digits of any script, and {@code . _ -}. */
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");

    private Students() {}

    /**
     * @param folder a student's folder name
     * @return the student's name: the folder's, without Moodle's suffix
     */
    static String fromFolder(String folder) {
        String name = MOODLE.matcher(folder).replaceFirst("");
        return name.isEmpty() ? folder : name;
    }

    /**
     * The name of each student's feedback files: the student's name with anything but letters, digits,
     * {@code . _ -} replaced by {@code _}, never starting with a dot, at most 80 characters, distinct even where two
     * names differ only in case or in replaced characters ({@code -2}, {@code -3}, …).
     *
     * @param students the students, in order
     * @return each student's file name without extension
     */
    static Map<String, String> fileNames(List<String> students) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String student : students) {
            String base = UNSAFE.matcher(student).replaceAll("_").replaceAll("^[._]+", "");
            base = base.isEmpty() ? "student" : base.length() > 80 ? base.substring(0, 80) : base;
            String name = base;
            for (int k = 2; !taken.add(name.toLowerCase(Locale.ROOT)); k++) {
                name = base + "-" + k;
            }
            names.put(student, name);
        }
        return names;
    }
}
