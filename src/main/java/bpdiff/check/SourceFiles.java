package bpdiff.check;

import bpdiff.BadInputException;
import bpdiff.InputFiles;
import bpdiff.program.notebook.NotebookProgram;
import bpdiff.program.notebook.NotebookReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads a file given to {@code bpdiff check}: UTF-8 text of at most 1 MiB (a notebook, whose JSON holds its outputs
 * too, of at most {@link NotebookReader#MAX_CHARACTERS} bytes), or one clear line saying why not.
 */
public final class SourceFiles {

    private SourceFiles() {}

    /**
     * @param file the file
     * @return its text, without a byte-order mark
     * @throws BadInputException if it is missing, unreadable, too large or not UTF-8 text
     */
    public static String read(Path file) {
        try {
            int limit = NotebookProgram.isNotebook(file.toString()) ? NotebookReader.MAX_CHARACTERS
                    : DerivationLimits.MAX_CHARACTERS;
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(InputFiles.read(file, limit)))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (InputFiles.TooLarge e) {
            throw new BadInputException(e.getMessage(), file.toString(), e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BadInputException("the file is not UTF-8 text (binary data?)", file.toString(), e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException("file not found", file.toString(), e);
        } catch (IOException e) {
            throw new BadInputException("cannot read the file: " + e.getMessage(), file.toString(), e);
        }
    }
}
