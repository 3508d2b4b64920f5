package bpdiff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads what a user hands bpdiff (a program, a notebook, a network file, a submission) with a bound on its size that
 * holds whatever the file claims: a pipe ({@code bpdiff check <(…)}), {@code /dev/zero} or a file that grows while it
 * is read has no size to ask, so the bytes are counted as they come and reading stops one byte past the bound.
 */
public final class InputFiles {

    private InputFiles() {}

    /** A file or stream with more bytes than its reader takes. */
    public static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        /** @param limit the bound, in bytes */
        TooLarge(long limit) {
            super("the file is too large (larger than " + limit + " bytes)");
        }
    }

    /**
     * @param file the file
     * @param limit the most bytes taken
     * @return its bytes
     * @throws TooLarge if it has more than {@code limit} bytes
     * @throws IOException if it cannot be read
     */
    public static byte[] read(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, limit);
        }
    }

    /**
     * @param in a stream, read from where it stands
     * @param limit the most bytes taken
     * @return its bytes up to its end
     * @throws TooLarge if it has more than {@code limit} bytes
     * @throws IOException if it cannot be read
     */
    public static byte[] read(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new TooLarge(limit);
        }
        return bytes;
    }
}
