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
 * Reads a file given to {@code bpdiff check}: text of at most 1 MiB, UTF-8 or the encoding a Python file declares
 * ({@link PythonEncoding}; a notebook, whose JSON holds its outputs too, UTF-8 of at most
 * {@link NotebookReader#MAX_CHARACTERS} bytes), or one clear line saying why not.
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
            boolean notebook = NotebookProgram.isNotebook(file.toString());
            byte[] bytes = InputFiles.read(file, notebook ? NotebookReader.MAX_CHARACTERS
                    : DerivationLimits.MAX_CHARACTERS);
            if (!notebook) {
                // a Python file is read as CPython reads it: UTF-8, or the encoding its first lines declare
                return PythonEncoding.decode(bytes, file.toString());
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
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
