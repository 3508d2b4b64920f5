package bpdiff.grade;

import java.io.IOException;

/**
 * One student's submission, read only when it is checked, so that a class of any size is held in memory one
 * submission per thread at a time.
 *
 * @param student the student's name as the platform gave it (a file or folder name), which names the feedback
 * @param where the file, as messages name it ({@code class/alice.py}, {@code export.zip!Ann_1_assignsubmission_file_/hw2.py})
 * @param content reads the file's bytes, or {@code null} when there is nothing to read ({@link #missing})
 * @param missing why there is no file to check (a folder without a Python file), or {@code null}
 */
public record Submission(String student, String where, Content content, String missing) {

    /** Reads a submission's bytes, at most {@link Submissions#MAX_BYTES} of them. */
    @FunctionalInterface
    public interface Content {

        /**
         * @return the file's bytes
         * @throws IOException if it cannot be read or is larger than the limit
         */
        byte[] read() throws IOException;
    }
}
